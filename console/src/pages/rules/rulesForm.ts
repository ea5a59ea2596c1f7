import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { EnrolmentRulesInput, RulesFieldsFragment, Stage } from '../../api/generated/graphql';

/** One timetable phase as the form holds it: its name and the RangePicker's two days. */
export interface PhaseValue {
  phase?: string;
  dates?: [Dayjs, Dayjs];
}

/** The 招生规则 form's values: the API's fields, lists as one input per item, dates as dayjs. */
export interface RulesValues {
  year: number;
  stage: Stage;
  title?: string;
  documentNumber?: string;
  issuedOn?: Dayjs;
  sourceUrl?: string;
  body?: string;
  timetable: PhaseValue[];
  eligibility: string[];
  papers: string[];
  migrantEligibility: string[];
  migrantPapers: string[];
  admissionMethod?: string;
  consultationPhone?: string;
  supervisionPhone?: string;
  petitionAddress?: string;
  interpretation?: string;
  interpretationUrl?: string;
  correctionReason?: string;
}

/** The content of rules, published (EnrolmentRules) or waiting for review (ProposedEnrolmentRules). */
type RulesContent = Omit<RulesFieldsFragment, 'id' | 'year' | 'stage' | 'status' | 'version' | 'correctionReason' | 'publishedAt' | '__typename'>;

const DAY = 'YYYY-MM-DD';

/**
 * The form's values from published rules. With `shiftYears` (复制上一年) every date moves by that many
 * years, so last year's 7月1日 is this year's 7月1日, and the title's year is replaced, so a clerk
 * checks the copy instead of retyping it.
 */
export function rulesToValues(rules: RulesContent, shiftYears = 0): Omit<RulesValues, 'year' | 'stage'> {
  const day = (d: string | null | undefined) => (d ? dayjs(d).add(shiftYears, 'year') : undefined);
  const title = shiftYears ? rules.title.replace(/(20\d\d)/g, (y) => String(Number(y) + shiftYears)) : rules.title;
  return {
    title,
    documentNumber: shiftYears ? undefined : rules.documentNumber ?? undefined,
    issuedOn: shiftYears ? undefined : day(rules.issuedOn),
    sourceUrl: shiftYears ? undefined : rules.sourceUrl ?? undefined,
    body: rules.body ?? undefined,
    timetable: rules.timetable.map((p) => ({ phase: p.phase, dates: [day(p.startsOn)!, day(p.endsOn)!] })),
    eligibility: [...rules.eligibility],
    papers: [...rules.papers],
    migrantEligibility: [...rules.migrantEligibility],
    migrantPapers: [...rules.migrantPapers],
    admissionMethod: rules.admissionMethod,
    consultationPhone: rules.consultationPhone ?? undefined,
    supervisionPhone: rules.supervisionPhone ?? undefined,
    petitionAddress: rules.petitionAddress ?? undefined,
    // A new year's interpretation is written for it; the old one is no explanation of the new rules.
    interpretation: shiftYears ? undefined : rules.interpretation ?? undefined,
    interpretationUrl: shiftYears ? undefined : rules.interpretationUrl ?? undefined,
    correctionReason: undefined,
  };
}

/** Empty values for a year and stage with no rules yet. */
export function emptyRulesValues(): Omit<RulesValues, 'year' | 'stage'> {
  return { timetable: [{ phase: '网上报名', dates: undefined }], eligibility: [], papers: [], migrantEligibility: [], migrantPapers: [] };
}

const text = (value: string | undefined | null) => value?.trim() || null;
const list = (values: (string | undefined)[] | undefined) => (values ?? []).map((v) => v?.trim() ?? '').filter(Boolean);

/** What the service is sent: blanks as null, empty list items dropped, phases as YYYY-MM-DD (a phase without dates is kept, for the service to name). */
export function valuesToInput(values: RulesValues, districtCode: string): EnrolmentRulesInput {
  return {
    districtCode,
    year: values.year,
    stage: values.stage,
    title: values.title?.trim() ?? '',
    documentNumber: text(values.documentNumber),
    issuedOn: values.issuedOn ? values.issuedOn.format(DAY) : null,
    sourceUrl: text(values.sourceUrl),
    body: text(values.body),
    timetable: (values.timetable ?? [])
      .filter((p) => p.phase?.trim() || p.dates)
      .map((p) => ({ phase: p.phase?.trim() ?? '', startsOn: p.dates?.[0]?.format(DAY) ?? '', endsOn: p.dates?.[1]?.format(DAY) ?? '' })),
    eligibility: list(values.eligibility),
    papers: list(values.papers),
    migrantEligibility: list(values.migrantEligibility),
    migrantPapers: list(values.migrantPapers),
    admissionMethod: values.admissionMethod?.trim() ?? '',
    consultationPhone: text(values.consultationPhone),
    supervisionPhone: text(values.supervisionPhone),
    petitionAddress: text(values.petitionAddress),
    interpretation: text(values.interpretation),
    interpretationUrl: text(values.interpretationUrl),
    correctionReason: text(values.correctionReason),
  };
}

/** The phases in date order, for the calendar and the timeline (those without both dates left out). */
export function datedPhases(timetable: PhaseValue[] | undefined): { phase: string; startsOn: string; endsOn: string }[] {
  return (timetable ?? [])
    .filter((p): p is { phase?: string; dates: [Dayjs, Dayjs] } => Boolean(p?.dates?.[0] && p.dates[1]))
    .map((p) => ({ phase: p.phase?.trim() || '（未命名阶段）', startsOn: p.dates[0].format(DAY), endsOn: p.dates[1].format(DAY) }))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
}
