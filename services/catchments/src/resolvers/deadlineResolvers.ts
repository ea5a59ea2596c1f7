import { requireBureau } from '@zsgk/identity';
import type { ReviewItem } from '@zsgk/publication';
import { DATE_WINDOWS, parseCalendarDate } from '@zsgk/validation';
import { beijingDate, reviewItemClocks, type ReviewItemClock, type WorkingDayCalendar } from '@zsgk/working-days';
import { ZONE_SET } from '../publication/CatchmentPublisher';
import { checkDistrictCode } from './checkArguments';
import type { CatchmentsContext as Ctx } from './CatchmentsContext';

/** The calendar and the working days a zone set decision may wait for publication. */
export interface ZoneSetDeadlines {
  calendar: WorkingDayCalendar;
  /** PUBLICATION_WORKING_DAYS (policy: 20). */
  workingDays: number;
}

type Clock = ReviewItemClock<ReviewItem>;

/**
 * `overdueZoneSets`: the district's zone sets (划片方案) submitted for publication and not published
 * within the working days of their decidedOn, and those published late; for the district's bureau.
 * Consultation drafts, boundaries and gazetteers are not clocked here.
 */
export const deadlineResolvers = {
  Query: {
    overdueZoneSets: async (_: unknown, args: { districtCode: string; asOf?: string | null }, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      requireBureau(ctx.identity, args.districtCode);
      const asOf = args.asOf == null ? beijingDate() : parseCalendarDate(args.asOf, 'asOf', DATE_WINDOWS.asked);
      const items = (await ctx.publisher.list(args.districtCode)).filter((i) => i.kind === ZONE_SET);
      const clocks = reviewItemClocks(items, asOf, ctx.deadlines.calendar, ctx.deadlines.workingDays);
      return {
        districtCode: args.districtCode, asOf, workingDays: ctx.deadlines.workingDays,
        overdue: clocks.filter((c) => c.state === 'OVERDUE'), publishedLate: clocks.filter((c) => c.state === 'PUBLISHED_LATE'),
      };
    },
  },
  ZoneSetClock: {
    change: (c: Clock) => c.item,
    setId: (c: Clock) => (c.item.payload as { setId: string }).setId,
    label: (c: Clock) => c.item.summary,
  },
};
