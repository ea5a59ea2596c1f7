import type { ReviewItem } from '@zsgk/publication';
import { DATE_WINDOWS, parseCalendarDate } from '@zsgk/validation';
import { beijingDate, reviewItemClocks, type ReviewItemClock, type WorkingDayCalendar } from '@zsgk/working-days';
import type { RegisterChangePayload } from '../register/RegisterChange';
import { checkDistrictCode } from './checkArguments';
import { officerOf } from './districtScope';
import type { SchoolsContext as Ctx } from './SchoolsContext';

/** The calendar and the working days a register change (新增/修改/撤销/重新开办) may wait for publication. */
export interface RegisterDeadlines {
  calendar: WorkingDayCalendar;
  /** PUBLICATION_WORKING_DAYS (policy: 20). */
  workingDays: number;
}

type Clock = ReviewItemClock<ReviewItem>;

/**
 * `overdueRegisterChanges`: the district's register changes not published within the working days of
 * their decidedOn, and those published late, for the district's bureau only. A register change is
 * the decision itself (opening, changing, closing or reopening a school), so closed or planned schools
 * are not excluded here: closing one is exactly what must be published.
 */
export const deadlineResolvers = {
  Query: {
    overdueRegisterChanges: async (_: unknown, args: { districtCode: string; asOf?: string | null }, ctx: Ctx) => {
      officerOf(ctx, checkDistrictCode(args.districtCode, 'districtCode'), `${args.districtCode} 区的名册变更期限`, 'districtCode');
      const asOf = args.asOf == null ? beijingDate() : parseCalendarDate(args.asOf, 'asOf', DATE_WINDOWS.asked);
      const clocks = reviewItemClocks(await ctx.publisher.list(args.districtCode), asOf, ctx.deadlines.calendar, ctx.deadlines.workingDays);
      return {
        districtCode: args.districtCode, asOf, workingDays: ctx.deadlines.workingDays,
        overdue: clocks.filter((c) => c.state === 'OVERDUE'), publishedLate: clocks.filter((c) => c.state === 'PUBLISHED_LATE'),
      };
    },
  },
  RegisterChangeClock: {
    change: (c: Clock) => c.item,
    action: (c: Clock) => (c.item.payload as RegisterChangePayload).action,
    label: (c: Clock) => c.item.summary,
    schoolIds: (c: Clock) => (c.item.payload as RegisterChangePayload).schoolIds,
  },
};
