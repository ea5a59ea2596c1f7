import type { RowProblem } from '@zsgk/errors';
import { enumLabels } from '@zsgk/messages';
import { planKey, type PlanFields, type Published, type ResultFields } from '../admissions/Admission';
import { beijingDate } from '@zsgk/working-days';
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
        reason: `${fields.year} 年${enumLabels[fields.stage] ?? fields.stage}已于 ${round.opensOn} 开始报名${when}；招生计划须在报名开始前公布或更正，现在以录取数据中的“计划招生数”为准`,
      }];
    },
    async result(fields: Pick<ResultFields, 'schoolId' | 'year' | 'stage' | 'round' | 'plannedSeats'>, row = 1): Promise<RowProblem[]> {
      if (fields.round !== 1) return [];
      const key = planKey(fields);
      const plan = (await sources.findInForce([key])).get(key);
      if (!plan || plan.plannedSeats === fields.plannedSeats) return [];
      return [{
        row, field: 'plannedSeats',
        reason: `填的是 ${fields.plannedSeats}，但已公布的招生计划（${plan.id}）为 ${plan.plannedSeats} 个学位；第一轮录取数据要与招生计划一致（录取人数与 ${plan.plannedSeats} 不同时请写明说明）`,
      }];
    },
  };
}
export type PlanChecks = ReturnType<typeof createPlanChecks>;
