import type { RowProblem } from '@zsgk/errors';
import { planKey, type PlanFields, type Published, type ResultFields } from '../admissions/Admission';
import { beijingDate } from '../calendar/WorkingDayCalendar';
import type { AdmissionRound } from '../policy/admissionRound';

export interface PlanCheckSources {
  /** The plans in force, by planKey. */
  findInForce(keys: string[]): Promise<Map<string, PlanFields & Published>>;
  roundOf(districtCode: string, year: number, stage: string): Promise<AdmissionRound>;
  /** Today in Beijing (YYYY-MM-DD); injectable for tests. */
  today?: () => string;
}

/**
 * The two checks of the enrolment plan (招生计划):
 * - a plan, and any correction of it, is published before registration opens (the first day of the
 *   year and stage's round: the rules' timetable, else 1 June); checked on saving, importing and
 *   again on approval, so a plan approved after registration opened is refused too;
 * - a main-round (round 1) result is compared with the published plan: its plannedSeats must be the
 *   plan's, so "admitted differs from plannedSeats" (which needs an explanation) keys off the plan.
 *   Later rounds fill what is left and carry their own plannedSeats.
 */
export function createPlanChecks(sources: PlanCheckSources) {
  const today = sources.today ?? (() => beijingDate());
  return {
    async plan(fields: Pick<PlanFields, 'districtCode' | 'year' | 'stage'>, row = 1): Promise<RowProblem[]> {
      const round = await sources.roundOf(fields.districtCode, fields.year, fields.stage);
      if (today() < round.opensOn) return [];
      const when = round.source === 'DEFAULT' ? '（未公布招生日程，按 6 月 1 日计）' : '';
      return [{
        row, field: 'year',
        reason: `registration for ${fields.year} ${fields.stage} opened on ${round.opensOn}${when}: an enrolment plan is published, or corrected, before registration opens; the result's plannedSeats now stands for it`,
      }];
    },
    async result(fields: Pick<ResultFields, 'schoolId' | 'year' | 'stage' | 'round' | 'plannedSeats'>, row = 1): Promise<RowProblem[]> {
      if (fields.round !== 1) return [];
      const key = planKey(fields);
      const plan = (await sources.findInForce([key])).get(key);
      if (!plan || plan.plannedSeats === fields.plannedSeats) return [];
      return [{
        row, field: 'plannedSeats',
        reason: `is ${fields.plannedSeats}, but the published enrolment plan ${plan.id} has ${plan.plannedSeats} seats: the result is compared with the plan (explain admitted ≠ ${plan.plannedSeats})`,
      }];
    },
  };
}
export type PlanChecks = ReturnType<typeof createPlanChecks>;
