import {
  DECISION_LABELS, KIND_LABELS, KIND_ORDER, type AnnualReport, type KindFigures, type ReportConsultation, type ReportCorrection, type ReportLate, type ReportLog, type ReportPublication,
} from './AnnualReport';
import { beijingDateOf, beijingYearStart, type LoggedVersion } from './LoggedVersion';

export interface AnnualReportInput {
  districtCode: string;
  year: number;
  /** When the report is made (ISO): a year not over yet is reported as partial. */
  asOf: string;
  head: ReportLog['head'];
  /** Every log entry from 0 to the year's end (or the head), in index order. */
  entries: LoggedVersion[];
  /** The log's root at the year's end and the consistency path from there to `head`. */
  yearEnd: { treeSize: number; rootHash: string; path: string[] };
  /** The deadline of each decision date met in the year's publications (publicationDeadline). */
  deadlines: Map<string, { dueOn: string; calendarCovered: boolean }>;
  workingDays: number;
  /** The district's school names by id (versions of school figures name only the school's id). */
  schoolNames: Map<string, string>;
}

const INTERPRETED_KINDS = new Set(['ENROLMENT_RULES', 'POLICY_DOCUMENT']);

/**
 * The annual report from the publication log and the served content of each logged version: pure,
 * so the same log gives the same report (and bytes) on every gateway replica.
 *
 * @example buildAnnualReport({ districtCode: '370812', year: 2026, asOf, head, entries, yearEnd, deadlines, workingDays: 20 }).kinds
 */
export function buildAnnualReport(input: AnnualReportInput): AnnualReport {
  const from = beijingYearStart(input.year).toISOString();
  const to = beijingYearStart(input.year + 1).toISOString();
  const inYear = input.entries.filter((e) => e.at >= from && e.at < to);
  const published = inYear.filter((e) => e.event === 'PUBLISHED');
  const publicationOf = describer(input.schoolNames);
  const publications = published.map(publicationOf);
  const corrected = correctedVersions(inYear);
  const corrections: ReportCorrection[] = published
    .filter((e) => corrected.has(`${e.kind} ${recordKeyOf(e.recordId)} ${e.version - 1}`))
    .map((e) => ({ ...publicationOf(e), reason: textOr(e.content?.correctionReason) }));
  const interpreted = published.filter((e) => INTERPRETED_KINDS.has(e.kind));
  const withoutInterpretation = interpreted.filter((e) => !textOr(e.content?.interpretation) && !textOr(e.content?.interpretationUrl));
  return {
    districtCode: input.districtCode,
    year: input.year,
    period: { from, to },
    partial: input.asOf < to,
    log: {
      head: input.head,
      entriesInYear: inYear.length,
      yearEnd: { treeSize: input.yearEnd.treeSize, rootHash: input.yearEnd.rootHash },
      consistencyPath: input.yearEnd.path,
      eventsByKind: countEvents(inYear),
    },
    kinds: kindFigures(inYear, corrections),
    publications,
    corrections,
    interpretations: { published: interpreted.length, withInterpretation: interpreted.length - withoutInterpretation.length, without: withoutInterpretation.map(publicationOf) },
    consultations: consultationsOf(published),
    timeliness: timelinessOf(published, input.deadlines, input.workingDays, publicationOf),
    notIncluded: [
      '尚未公开的逾期事项（已过 20 个工作日仍未公开的变更）：接口只向本区教育局提供，不在公开报告中；见工作台“信息公开合规”。',
      ...(published.some((e) => e.content === null) ? [`${published.filter((e) => e.content === null).length} 个已发布版本的内容现已无法读取，其标题、更正原因与决定日期未计入。`] : []),
    ],
  };
}

/**
 * A correction is a new version whose predecessor the log marks CORRECTED (the services log CORRECTED
 * when the new version gives a correction reason); a new version that closes a consultation or sets an
 * expiry replaces its predecessor as SUPERSEDED or EXPIRED and is no correction.
 */
function correctedVersions(entries: LoggedVersion[]): Set<string> {
  return new Set(entries.filter((e) => e.event === 'CORRECTED').map((e) => `${e.kind} ${recordKeyOf(e.recordId)} ${e.version}`));
}

/** `KIND:key@v3` → `KIND:key`: the record across its versions (versionId in @zsgk/publication). */
function recordKeyOf(recordId: string): string {
  return recordId.replace(/@v\d+$/, '');
}

const STAGE_LABELS: Record<string, string> = { KINDERGARTEN: '幼儿园', PRIMARY: '小学', JUNIOR: '初中', SENIOR: '高中' };
const TERM_LABELS: Record<string, string> = { AUTUMN: '秋季学期', SPRING: '春季学期' };

/** A version as the report lists it, named for people: its title or name, else its school, year, stage and term, else its id. */
function describer(schoolNames: Map<string, string>): (e: LoggedVersion) => ReportPublication {
  const titleOf = (e: LoggedVersion): string => {
    const c = e.content ?? {};
    const named = textOr(c.title) ?? textOr(c.name);
    if (named) return named;
    const school = typeof c.schoolId === 'string' ? (schoolNames.get(c.schoolId) ?? c.schoolId) : null;
    const parts = [school, typeof c.year === 'number' ? `${c.year}年` : null, STAGE_LABELS[String(c.stage)] ?? null, TERM_LABELS[String(c.term)] ?? null].filter((p) => p !== null);
    return parts.length ? parts.join(' ') : e.recordId;
  };
  return (e) => ({ index: e.index, kind: e.kind, recordId: e.recordId, version: e.version, title: titleOf(e), on: beijingDateOf(e.at), at: e.at, contentHash: e.contentHash });
}

function textOr(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function countEvents(entries: LoggedVersion[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const e of [...entries].sort((a, b) => rank(a.kind) - rank(b.kind))) {
    const kind = (counts[e.kind] ??= {});
    kind[e.event] = (kind[e.event] ?? 0) + 1;
  }
  return counts;
}

function kindFigures(inYear: LoggedVersion[], corrections: ReportCorrection[]): KindFigures[] {
  const kinds = [...new Set(inYear.map((e) => e.kind))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return kinds.map((kind) => {
    const of = inYear.filter((e) => e.kind === kind);
    const published = of.filter((e) => e.event === 'PUBLISHED');
    const corrected = corrections.filter((c) => c.kind === kind);
    return {
      kind,
      label: KIND_LABELS[kind] ?? kind,
      published: published.length,
      firstVersions: published.filter((e) => e.version === 1).length,
      corrections: corrected.length,
      otherNewVersions: published.length - published.filter((e) => e.version === 1).length - corrected.length,
      correctionsWithReason: corrected.filter((c) => c.reason !== null).length,
      expired: of.filter((e) => e.event === 'EXPIRED').length,
      withdrawn: of.filter((e) => e.event === 'WITHDRAWN').length,
    };
  });
}

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}

interface FeedbackContent {
  commentsReceived?: number;
  finalRecordId?: string;
  closedOn?: string;
  groups?: { receipts?: string[]; summary?: string; decision?: string; reason?: string }[];
}

/** Each consultation published in the year, as its latest version in the year tells it. */
function consultationsOf(published: LoggedVersion[]): ReportConsultation[] {
  const latest = new Map<string, LoggedVersion>();
  for (const e of published) if (e.kind === 'CONSULTATION' && e.content) latest.set(String(e.content.consultationId ?? e.recordId), e);
  return [...latest.entries()].map(([consultationId, e]) => {
    const c = e.content!;
    const feedback = (c.feedback ?? null) as FeedbackContent | null;
    const groups = (feedback?.groups ?? []).map((g) => ({
      summary: g.summary ?? '', decision: g.decision ?? '', decisionLabel: DECISION_LABELS[g.decision ?? ''] ?? String(g.decision), reason: g.reason ?? '', comments: g.receipts?.length ?? 0,
    }));
    const adoption = { ADOPTED: 0, PARTLY_ADOPTED: 0, NOT_ADOPTED: 0 };
    for (const g of groups) if (g.decision in adoption) adoption[g.decision as keyof typeof adoption] += 1;
    const opensOn = String(c.opensOn ?? '');
    const closesOn = String(c.closesOn ?? '');
    return {
      consultationId,
      title: String(c.title ?? consultationId),
      subjectKind: String(c.subjectKind ?? ''),
      opensOn,
      closesOn,
      windowDays: Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${opensOn}T00:00:00Z`)) / 86_400_000) + 1,
      shortWindowReason: textOr(c.shortWindowReason),
      phase: feedback ? 'CLOSED' : 'OPEN',
      commentsReceived: feedback?.commentsReceived ?? null,
      groups,
      adoption,
      finalRecordId: feedback?.finalRecordId ?? null,
      closedOn: feedback?.closedOn ?? null,
    };
  });
}

function timelinessOf(
  published: LoggedVersion[], deadlines: AnnualReportInput['deadlines'], workingDays: number, publicationOf: (e: LoggedVersion) => ReportPublication,
): AnnualReport['timeliness'] {
  const late: ReportLate[] = [];
  const withoutDecisionDate: Record<string, number> = {};
  let withDecisionDate = 0;
  for (const e of [...published].sort((a, b) => rank(a.kind) - rank(b.kind) || a.index - b.index)) {
    const decidedOn = decidedOnOf(e);
    const deadline = decidedOn ? deadlines.get(decidedOn) : undefined;
    if (!decidedOn || !deadline) {
      withoutDecisionDate[e.kind] = (withoutDecisionDate[e.kind] ?? 0) + 1;
      continue;
    }
    withDecisionDate += 1;
    const publication = publicationOf(e);
    if (publication.on > deadline.dueOn) late.push({ ...publication, decidedOn, dueOn: deadline.dueOn, calendarCovered: deadline.calendarCovered });
  }
  return { workingDays, withDecisionDate, onTime: withDecisionDate - late.length, late, withoutDecisionDate };
}

/** The decision date (产生/变动/失效) a version records, when its kind records one. */
export function decidedOnOf(e: LoggedVersion): string | null {
  const value = e.content?.decidedOn;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
