import type { SchoolFields } from './School';

/** What a bureau officer asked for; the review item's kind of change. */
export const REGISTER_ACTIONS = ['IMPORT', 'CREATE', 'UPDATE', 'CLOSE', 'REOPEN'] as const;
export type RegisterAction = (typeof REGISTER_ACTIONS)[number];

/** The kind under which school register entries are versioned, reviewed and logged. */
export const SCHOOL_KIND = 'SCHOOL';

/**
 * One school's planned change: the fields it will have once approved, computed against the version
 * in force when it was submitted. Publishing applies it on top of that version only (see rebaseChange).
 */
export interface SchoolChange {
  schoolId: string;
  /** The version the change was computed against; null when it registers a new school. */
  baseVersion: number | null;
  /** The school's maintained fields once the change is published. */
  next: SchoolFields;
  /** Fields that differ from the base version (every field for a new school). */
  changedFields: string[];
  /** Values of the changed fields in the base version (empty for a new school): the diff a reviewer reads. */
  before: Partial<SchoolFields>;
  /** Spreadsheet row of an import, else null. */
  row: number | null;
}

/** What a register change item carries for review (its payload). The changes themselves may be stored apart (large imports). */
export interface RegisterChangePayload {
  action: RegisterAction;
  /** Where the change list is kept (see data/RegisterChangeSets): imports can exceed one document. */
  changeSetId: string;
  changeCount: number;
  /** The schools touched, for listing (at most the first 50; changeCount says how many). */
  schoolIds: string[];
  warnings: string[];
  /** Import rows the bureau confirmed despite a conflict. */
  confirmedRows: number[];
}

/** What publishing a change did, recorded on the review item when it is PUBLISHED. */
export interface RegisterChangeResult {
  /** Versions published: record ids `SCHOOL:<id>@v<n>`. */
  published: string[];
  /** Schools whose change was not applied because another change published the same fields first. */
  conflicts: { schoolId: string; fields: string[]; publishedBy: string }[];
}
