import type { SchoolChange } from './RegisterChange';
import type { School } from './School';
import type { SchoolRecord } from './SchoolRecord';

/** The published versions of schools (data/SchoolRepository). */
export interface RecordStore {
  findRecords(schoolIds: readonly string[]): Promise<Map<string, SchoolRecord[]>>;
  findRecordsOfReview(reviewId: string): Promise<SchoolRecord[]>;
  /** Versions by record id (`SCHOOL:<id>@v<n>`), as stored. */
  findRecordsById(recordIds: readonly string[]): Promise<Map<string, SchoolRecord>>;
  /** Inserts with deterministic ids; returns the ids already taken. */
  insertRecords(records: SchoolRecord[]): Promise<string[]>;
  markSuperseded(marks: { recordId: string; at: Date; by: string }[]): Promise<void>;
  /** Tells the register (revision, catalog) that these schools are now in force. */
  noteWrite(written: School[] | null): Promise<void>;
  migrateLegacy(): Promise<SchoolRecord[]>;
  markMigrated(): Promise<void>;
}

/** Where a change's school list is kept apart from its review item (data/RegisterChangeSets). */
export interface ChangeSetStore {
  save(changes: SchoolChange[]): Promise<string>;
  load(setId: string, count: number): Promise<SchoolChange[]>;
}

/** The steps of approving and publishing a register change, in order; a test's fault hook may fail after any. */
export const PUBLICATION_STEPS = ['approved', 'versionsInserted', 'previousSuperseded', 'logged', 'markedPublished'] as const;
export type PublicationStep = (typeof PUBLICATION_STEPS)[number];

/** Test-only: called after each step; throwing there simulates a crash at that point. Production passes none. */
export type FaultHook = (step: PublicationStep, reviewId: string) => void | Promise<void>;
