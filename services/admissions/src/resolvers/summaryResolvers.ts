import { AppError } from '@zsgk/errors';
import { rulesKey, type Stage, type Term } from '../admissions/Admission';
import { roundClosedOn } from '../admissions/timetableStatus';
import { clockAdmissionsChanges, type AdmissionsClockItem } from '../deadlines/clockAdmissionsChanges';
import { findOverdue, type OverdueItem } from '../deadlines/findOverdue';
import type { ExcludedSchool } from '../schoolsApi/SchoolDirectory';
import { summarizeAdmissions, type GroupBy, type SchoolFigures } from '../summary/summarizeAdmissions';
import { summarizeTransfers } from '../summary/summarizeTransfers';
import { OPEN_STATUSES } from '../workflow/Submission';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDate, checkFirst, checkYear, dateOrToday, requireBureauReader } from './args';

interface SummaryArgs {
  districtCode: string;
  year: number;
  stage: Stage;
  groupBy?: GroupBy | null;
  asOf?: string | null;
  first?: number | null;
}

const school = (id: string) => ({ __typename: 'School', id });
const page = <T>(items: T[], first: number) => ({ count: items.length, schools: items.slice(0, first) });

/** What the bureau reads about its district: figures, gaps, reviews waiting, deadlines. */
export const summaryResolvers = {
  Query: {
    admissionsSummary: async (_: unknown, args: SummaryArgs, ctx: Ctx) => {
      requireBureauReader(ctx.identity, args.districtCode);
      checkYear(args.year);
      const first = checkFirst(args.first, 10_000);
      const state = await loadAdmissionsState(ctx, args);
      const figures = summarizeAdmissions(state.results, state.roster, new Set(state.open.map((s) => s.schoolId)), args.groupBy ?? 'NONE');
      return {
        districtCode: args.districtCode,
        year: args.year,
        stage: args.stage,
        asOf: state.asOf,
        rosterSource: ctx.directory.source,
        totals: figures.totals,
        groups: figures.groups,
        oversubscribed: page(figures.oversubscribed, first),
        undersubscribed: page(figures.undersubscribed, first),
        explainedDiscrepancies: figures.explainedDiscrepancies,
        unexplainedDiscrepancies: page(figures.unexplainedDiscrepancies, first),
        schoolsWithoutSubmission: page(figures.withoutSubmission.map(school), first),
        awaitingReview: state.open.filter((s) => s.status === 'SUBMITTED').slice(0, first),
        overdue: state.overdue().slice(0, first),
        overdueChanges: async () => (await clockChanges(ctx, args.districtCode, state.asOf)).filter((c) => c.state === 'OVERDUE').slice(0, first),
        excludedSchools: state.excluded,
        // A school without the stage has no checklist for it; closed and not-yet-open ones are listed, marked.
        disclosureChecklist: [...state.roster, ...state.excluded.filter((e) => e.reason !== 'STAGE_NOT_OFFERED').map((e) => e.schoolId)].sort().slice(0, first).map(school),
      };
    },
    overduePublications: async (_: unknown, args: SummaryArgs, ctx: Ctx) => {
      requireBureauReader(ctx.identity, args.districtCode);
      checkYear(args.year);
      return (await loadAdmissionsState(ctx, args)).overdue();
    },
    overdueAdmissionsChanges: async (_: unknown, args: { districtCode: string; asOf?: string | null }, ctx: Ctx) => {
      requireBureauReader(ctx.identity, args.districtCode);
      const asOf = dateOrToday(args.asOf, 'asOf');
      const clocks = await clockChanges(ctx, args.districtCode, asOf);
      return {
        districtCode: args.districtCode, asOf, workingDays: ctx.publicationWorkingDays,
        overdue: clocks.filter((c) => c.state === 'OVERDUE'), publishedLate: clocks.filter((c) => c.state === 'PUBLISHED_LATE'),
      };
    },
    transfersSummary: async (_: unknown, args: { districtCode: string; year: number; term: Term; first?: number | null }, ctx: Ctx) => {
      requireBureauReader(ctx.identity, args.districtCode);
      checkYear(args.year);
      const first = checkFirst(args.first, 10_000);
      const [reports, roster] = await Promise.all([
        ctx.stores.transfers.findInForceFields({ districtCode: args.districtCode, year: args.year, term: args.term }, ['schoolId', 'transfersIn', 'transfersOut']),
        ctx.directory.schoolsOf(args.districtCode),
      ]);
      const figures = summarizeTransfers(reports, roster);
      return { ...args, ...figures, schoolsWithoutReport: page(figures.withoutReport.map(school), first) };
    },
    publicationDeadline: (_: unknown, args: { from: string; workingDays?: number | null }, ctx: Ctx) => {
      const from = checkDate(args.from, 'from');
      const workingDays = args.workingDays ?? ctx.publicationWorkingDays;
      if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > 366) throw new AppError('BAD_USER_INPUT', 'Must be 0 … 366.', { path: 'workingDays' });
      const due = ctx.calendar.addWorkingDays(from, workingDays);
      return { from, workingDays, dueOn: due.date, calendarCovered: due.covered, missingCalendarYears: due.missingYears };
    },
  },
  SchoolFigures: { school: (s: SchoolFigures) => school(s.schoolId), explanationReason: (s: SchoolFigures) => s.reasonCode },
  ExcludedSchool: { school: (e: ExcludedSchool) => school(e.schoolId) },
  AdmissionsClockItem: {
    school: (c: AdmissionsClockItem) => (c.schoolId ? school(c.schoolId) : null),
  },
  OverdueItem: {
    school: (o: OverdueItem) => school(o.schoolId),
    submission: (o: OverdueItem, _: unknown, ctx: Ctx) => (o.submissionId ? ctx.stores.submissions.findById(o.submissionId) : null),
  },
};

/** Every admissions decision of the district (bureau changes and school submissions) on its clock on `asOf`. */
async function clockChanges(ctx: Ctx, districtCode: string, asOf: string): Promise<AdmissionsClockItem[]> {
  const [changes, submissions] = await Promise.all([ctx.changes.list(districtCode, undefined, ctx.identity), ctx.stores.submissions.find({ districtCode })]);
  return clockAdmissionsChanges(changes, submissions, asOf, ctx.calendar, ctx.publicationWorkingDays);
}

/** Published results, roster, open submissions and rules of a district, year and stage, read at once. */
async function loadAdmissionsState(ctx: Ctx, args: SummaryArgs) {
  const asOf = dateOrToday(args.asOf, 'asOf');
  const filter = { districtCode: args.districtCode, year: args.year, stage: args.stage };
  const [results, { schools: roster, excluded }, open, rules] = await Promise.all([
    ctx.stores.results.figuresFor(filter),
    ctx.directory.rosterOf(args.districtCode, args.stage, args.year),
    ctx.stores.submissions.find({ ...filter, kind: 'ADMISSION_RESULT', status: OPEN_STATUSES }),
    ctx.stores.rules.find({ key: rulesKey(filter) }),
  ]);
  const overdue = () =>
    findOverdue(
      {
        roundClosedOn: rules[0] ? roundClosedOn(rules[0].timetable) : null,
        roster,
        published: new Set(results.map((r) => r.schoolId)),
        pending: open,
        today: asOf,
      },
      ctx.calendar,
      ctx.publicationWorkingDays,
    );
  return { asOf, results, roster, excluded, open, overdue };
}
