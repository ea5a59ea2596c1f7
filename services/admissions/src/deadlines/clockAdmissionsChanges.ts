import type { ReviewItem } from '@zsgk/publication';
import { reviewItemClocks, type PublicationClock, type WorkingDayCalendar } from '@zsgk/working-days';
import type { Submission } from '../workflow/Submission';

/** One admissions decision past its publication deadline (OVERDUE) or published after it (PUBLISHED_LATE). */
export interface AdmissionsClockItem extends PublicationClock {
  /** ENROLMENT_RULES, ADMISSION_RESULT, ENROLMENT_PLAN, NAMED_LIST, POLICY_DOCUMENT, CONSULTATION (bureau changes); TRANSFER, SCHOOL_RULES too (school submissions). */
  kind: string;
  recordKey: string;
  /** The bureau change or school submission carrying the decision. */
  changeId: string;
  /** What it is, as the reviewer reads it. */
  label: string;
  /** The school it is about, for a school submission (null for a bureau change). */
  schoolId: string | null;
  /** Where its review stands (SUBMITTED, RETURNED, APPROVED, PUBLISHED; DRAFT for a school's unsent draft). */
  reviewStatus: string;
}

/**
 * The clock of every admissions decision of a district: its bureau changes (every kind goes through
 * review) and its schools' submissions. A submission's clock starts on its `decidedOn`, else the day
 * its draft was created (as before decidedOn was recorded); published on its approval date.
 */
export function clockAdmissionsChanges(
  changes: ReviewItem[],
  submissions: Submission[],
  today: string,
  calendar: WorkingDayCalendar,
  workingDays: number,
): AdmissionsClockItem[] {
  const fromSubmissions = submissions.map((s) => ({
    id: s.id, kind: s.kind, recordKey: s.key, status: s.status, submittedAt: s.createdAt.toISOString(),
    reviewedAt: s.status === 'PUBLISHED' && s.reviewedAt ? s.reviewedAt.toISOString() : null, decidedOn: s.decidedOn ?? null,
    label: `${s.kind} ${s.schoolId} ${s.year}${s.stage ? ` ${s.stage}` : ''}`, schoolId: s.schoolId as string | null,
  }));
  const fromChanges = changes.map((c) => ({ ...c, label: c.summary, schoolId: null as string | null }));
  return reviewItemClocks([...fromChanges, ...fromSubmissions], today, calendar, workingDays).map(({ item, ...clock }) => ({
    ...clock, kind: item.kind, recordKey: item.recordKey, changeId: item.id, label: item.label, schoolId: item.schoolId, reviewStatus: item.status,
  }));
}
