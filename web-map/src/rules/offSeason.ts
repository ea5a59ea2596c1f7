import type { EnrolmentRules, RulesDate } from '../api/YearData';

/** What the page can truthfully say about next year's rules once this year's procedure is over. */
export type NextRules =
  /** Next year's rules are published already (the zones may not be yet). */
  | { kind: 'PUBLISHED'; year: number; date: string }
  /** Not published; this year's and last year's were both issued in the same month, so the data supports "usually in month M". */
  | { kind: 'USUALLY'; year: number; month: number; years: [number, number] }
  /** Not published, and the data gives no pattern: say only that, and when this year's were published. */
  | { kind: 'NOT_YET'; year: number; lastPublished: string };

export interface OffSeason {
  /** The last day of this year's timetable (YYYY-MM-DD). */
  endedOn: string;
  next: NextRules;
}

/** The day a version of the rules was issued (文件印发), else published, as YYYY-MM-DD. */
const issued = (rules: Pick<RulesDate, 'issuedOn' | 'publishedAt'>) => (rules.issuedOn ?? rules.publishedAt).slice(0, 10);

/**
 * Off-season: every phase of the year's timetable has ended (Beijing date `today`). Then the rules
 * shown are the previous season's, and the page says when next year's are expected, only as far as
 * the data supports it: published (with the date), "usually in month M" when this year's and last
 * year's rules were both issued in that month, else not yet published. Null while the season runs.
 *
 * @example offSeason(rules2026, { previous: rules2025, next: null }, '2026-12-03') // { endedOn: '2026-07-20', next: { kind: 'USUALLY', year: 2027, month: 5, years: [2025, 2026] } }
 */
export function offSeason(
  rules: Pick<EnrolmentRules, 'year' | 'timetable' | 'issuedOn' | 'publishedAt'> | null,
  calendar: { previous: RulesDate | null; next: RulesDate | null },
  today: string,
): OffSeason | null {
  if (!rules || !rules.timetable.length) return null;
  const endedOn = rules.timetable.map((p) => p.endsOn).sort().at(-1)!;
  if (endedOn >= today) return null;
  const year = rules.year + 1;
  if (calendar.next) return { endedOn, next: { kind: 'PUBLISHED', year, date: issued(calendar.next) } };
  const month = (date: string) => Number(date.slice(5, 7));
  const thisMonth = month(issued(rules));
  if (calendar.previous && month(issued(calendar.previous)) === thisMonth) {
    return { endedOn, next: { kind: 'USUALLY', year, month: thisMonth, years: [calendar.previous.year, rules.year] } };
  }
  return { endedOn, next: { kind: 'NOT_YET', year, lastPublished: issued(rules) } };
}
