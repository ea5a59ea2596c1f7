import { AppError, type RowProblem } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import { parseDecidedOn } from '@zsgk/working-days';
import { contentHash, type ReviewItem } from '@zsgk/publication';
import { rulesKey, type EnrolmentRules, type RulesFields } from '../admissions/Admission';
import { parseRulesRow } from '../admissions/parseRows';
import { planImport } from '../admissions/planImport';
import { problemsError } from '../admissions/problemsError';
import type { BureauChangePayload, BureauChanges } from './BureauChanges';

export interface RulesFormDeps {
  changes: BureauChanges;
  findInForce: (keys: string[]) => Promise<Map<string, EnrolmentRules>>;
}

/**
 * One district's enrolment rules for a year and stage, saved from the console's form: the same checks
 * as a row of `importEnrolmentRules` (parseRulesRow, the interpretation required, a correction reason
 * when they change the rules in force), then one bureau change keyed by the rules themselves, so the
 * review queue names them (`ENROLMENT_RULES:370812:2026:PRIMARY#1`). The same form sent again while it
 * waits returns that change; a different one is CONFLICT, since approving either would silently drop
 * the other (the reviewer returns the waiting one first).
 */
export async function submitRulesForm(deps: RulesFormDeps, form: Record<string, unknown>, districtCode: string, identity: Identity): Promise<ReviewItem> {
  const { decidedOn: decidedOnInput, ...input } = form;
  const decidedOn = parseDecidedOn(decidedOnInput, 'input.decidedOn');
  const spec = { parse: (raw: unknown, row: number) => parseRulesRow(raw, row, districtCode), keyOf: rulesKey, findInForce: deps.findInForce };
  const plan = await planImport<RulesFields>(spec, [input]);
  if (!plan.report.accepted) throw problemsError(plan.report.problems.map(asFormField));
  const [change] = plan.changes;
  if (!change) {
    const [inForce] = (await deps.findInForce([rulesKey({ districtCode, year: input.year as number, stage: input.stage as RulesFields['stage'] })])).values();
    throw new AppError('BAD_USER_INPUT', `与已公布的第 ${inForce?.version ?? ''} 版完全相同，没有需要审核的修改`, { path: 'input' });
  }
  const payload: BureauChangePayload = { changes: [change] };
  const waiting = (await deps.changes.list(districtCode, 'SUBMITTED', identity)).find((item) => item.kind === 'ENROLMENT_RULES' && item.recordKey === change.key);
  if (waiting) {
    if (sameChange(payloadOf(waiting), change)) return waiting;
    throw new AppError('CONFLICT', `${change.fields.year} 年${change.fields.title}已有一份修改（${waiting.id}）在等待审核；请等审核人通过，或请其退回后再提交`, {
      path: 'input', details: { waiting: waiting.id },
    });
  }
  const summary = change.previous
    ? `更正 ${change.fields.title}（第 ${change.previous.version} 版 → 第 ${change.previous.version + 1} 版）：${change.correctionReason}`
    : `发布 ${change.fields.title}`;
  return deps.changes.submit('ENROLMENT_RULES', { recordKey: change.key, districtCode, payload, summary, decidedOn }, identity);
}

const payloadOf = (item: ReviewItem) => (item.payload as BureauChangePayload).changes[0];

/** Same fields, reason and base version (the stored payload lost its `undefined`s, so compare what matters). */
function sameChange(a: BureauChangePayload['changes'][number] | undefined, b: BureauChangePayload['changes'][number]): boolean {
  const essence = (c: typeof b) => contentHash({ fields: c.fields, correctionReason: c.correctionReason ?? null, previous: c.previous?.id ?? null });
  return a !== undefined && essence(a) === essence(b);
}

/** A problem's field as the form names it: `timetable.0.startsOn` → `timetable[0].startsOn` (fieldLabel: 招生日程第1项「开始日期」). */
function asFormField(problem: RowProblem): RowProblem {
  return { ...problem, field: problem.field?.replace(/\.(\d+)(?=\.|$)/g, '[$1]') ?? null };
}
