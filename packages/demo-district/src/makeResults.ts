import type { Random } from './createRandom';
import type { AdmissionResultRow, SchoolRow, Stage } from './DemoDistrict';

export interface MakeResultsOptions {
  schools: SchoolRow[];
  /** Schools in a multi-school zone: oversubscribed, places drawn by lottery (电脑派位). */
  lotterySchoolIds: ReadonlySet<string>;
  years: number[];
  districtName: string;
  random: Random;
}

const CLASS_SIZE: Record<Stage, number> = { PRIMARY: 45, JUNIOR: 50, SENIOR: 50 };
// Births have fallen since 2017, so primary intakes shrink a little each year.
const YEARLY_DECLINE: Record<Stage, number> = { PRIMARY: 0.04, JUNIOR: 0.01, SENIOR: 0 };

/**
 * Round-1 admission numbers for every school × year × stage it offers. Most schools admit exactly
 * their plan; some village schools are under-applied; some add policy-preference pupils; lottery
 * schools sometimes lose a few drawn pupils who decline. Every gap between plan and admissions
 * carries an explanation, and only a gap does. Seniors get a cut-off score (out of 750).
 *
 * @example makeResults({ schools, lotterySchoolIds, years: [2026], districtName: '兖州区', random })[0]
 * // { schoolId: '2137081001', year: 2026, stage: 'PRIMARY', plannedSeats: 270, admitted: 270, explanation: null, … }
 */
export function makeResults({ schools, lotterySchoolIds, years, districtName, random }: MakeResultsOptions): AdmissionResultRow[] {
  const rows: AdmissionResultRow[] = [];
  let seniorRank = 0;
  for (const school of schools) {
    const lottery = lotterySchoolIds.has(school.id) || school.ownership === 'PRIVATE';
    const rank = school.stages.includes('SENIOR') ? seniorRank++ : 0;
    for (const stage of school.stages) {
      const classes = stage === 'PRIMARY' ? random.int(2, 8) : stage === 'JUNIOR' ? random.int(4, 16) : random.int(8, 18);
      // About one school in seven (a shrinking village school) fails to fill; lottery schools never do.
      const popularity = lottery
        ? random.between(1.25, 2.4)
        : stage === 'SENIOR'
          ? random.between(1.3, 2.2)
          : random.chance(0.15)
            ? random.between(0.7, 0.95)
            : random.between(1.1, 1.45);
      const cutoffBase = Math.max(480, 655 - rank * 45);
      years.forEach((year, y) => {
        const planClasses = Math.max(2, classes - (random.chance(0.15) ? 1 : 0));
        const plannedSeats = planClasses * CLASS_SIZE[stage];
        const demand = popularity * (1 - YEARLY_DECLINE[stage] * y) * random.between(0.95, 1.05);
        const settled = settle({ stage, plannedSeats, applicants: Math.round(plannedSeats * demand), lottery, districtName, random });
        rows.push({
          schoolId: school.id,
          year,
          stage,
          round: 1,
          plannedSeats,
          applicants: settled.applicants,
          admitted: settled.admitted,
          cutoffScore: stage === 'SENIOR' ? Math.min(700, Math.max(450, cutoffBase + random.int(-12, 12))) : null,
          explanation: settled.explanation,
          sampleData: true,
        });
      });
    }
  }
  return rows;
}

type Settled = Pick<AdmissionResultRow, 'applicants' | 'admitted' | 'explanation'>;

function settle({ stage, plannedSeats, applicants, lottery, districtName, random }: { stage: Stage; plannedSeats: number; applicants: number; lottery: boolean; districtName: string; random: Random }): Settled {
  if (applicants < plannedSeats) {
    return {
      applicants,
      admitted: applicants,
      explanation: {
        reasonCode: 'UNDER_APPLIED',
        text: `报名${applicants}人，少于招生计划${plannedSeats}人；符合条件的报名学生已全部录取，空余学位${plannedSeats - applicants}个。（示例数据）`,
      },
    };
  }
  if (stage === 'SENIOR') return { applicants, admitted: plannedSeats, explanation: null };
  const roll = random.next();
  if (roll < 0.1) {
    const extra = random.int(1, 4);
    return {
      applicants: Math.max(applicants, plannedSeats + extra),
      admitted: plannedSeats + extra,
      explanation: {
        reasonCode: 'POLICY_PREFERENCE',
        text: `依据《${districtName}义务教育阶段政策性照顾学生入学办法》（示例），在计划外安排军人子女、优抚对象子女等政策性照顾学生${extra}人。（示例数据）`,
      },
    };
  }
  if (lottery && roll < 0.3) {
    const declined = random.int(1, 5);
    return {
      applicants,
      admitted: plannedSeats - declined,
      explanation: {
        reasonCode: 'OVER_APPLIED_LOTTERY',
        text: `报名${applicants}人，超过招生计划${plannedSeats}人，经电脑派位录取；派位后${declined}名学生放弃入学资格，按方案不再递补。（示例数据）`,
      },
    };
  }
  if (roll > 0.98) {
    const size = CLASS_SIZE[stage];
    return {
      applicants,
      admitted: plannedSeats - size,
      explanation: { reasonCode: 'OTHER', text: `因教学楼加固改造未按期完工，核减1个教学班（${size}人），已报名学生经协调到就近学校就读。（示例数据）` },
    };
  }
  return { applicants, admitted: plannedSeats, explanation: null };
}
