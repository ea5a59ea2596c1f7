import type { RowProblem } from '@zsgk/errors';
import { planKey, resultKey, schoolRulesKey, transferKey, type Published } from '../admissions/Admission';
import type { Correction, Parsed } from '../admissions/parseRows';
import { parseResultRow } from '../admissions/parseRows';
import { parsePlanRow, parseSchoolRulesRow, parseTransferRow } from '../admissions/parseSchoolRows';
import type { SubmissionFieldsByKind, SubmissionKind } from './Submission';

/** What the workflow reads of the store a kind is published to (the Publisher writes it). */
export interface PublishTarget<F> {
  findInForce(keys: string[]): Promise<Map<string, F & Published>>;
}

export interface KindSpec<K extends SubmissionKind> {
  parse(raw: unknown, row: number, districtCode: string): Parsed<SubmissionFieldsByKind[K] & Correction>;
  keyOf(fields: SubmissionFieldsByKind[K]): string;
  stageOf(fields: SubmissionFieldsByKind[K]): string | null;
  /** Checks needing the database, as row problems of row 1 (e.g. cited policy documents). */
  check(fields: SubmissionFieldsByKind[K]): Promise<RowProblem[]>;
  target: PublishTarget<SubmissionFieldsByKind[K]>;
}

export type KindSpecs = { [K in SubmissionKind]: KindSpec<K> };

/** The per-kind parts of the workflow: parsing, record key, where it is published. */
export function createKindSpecs(
  targets: { [K in SubmissionKind]: PublishTarget<SubmissionFieldsByKind[K]> },
  checkResult: (fields: SubmissionFieldsByKind['ADMISSION_RESULT']) => Promise<RowProblem[]>,
  checkPlan: (fields: SubmissionFieldsByKind['ENROLMENT_PLAN']) => Promise<RowProblem[]>,
): KindSpecs {
  const none = async () => [];
  return {
    ADMISSION_RESULT: { parse: parseResultRow, keyOf: resultKey, stageOf: (f) => f.stage, check: checkResult, target: targets.ADMISSION_RESULT },
    TRANSFER: { parse: parseTransferRow, keyOf: transferKey, stageOf: () => null, check: none, target: targets.TRANSFER },
    SCHOOL_RULES: { parse: parseSchoolRulesRow, keyOf: schoolRulesKey, stageOf: (f) => f.stage, check: none, target: targets.SCHOOL_RULES },
    ENROLMENT_PLAN: { parse: parsePlanRow, keyOf: planKey, stageOf: (f) => f.stage, check: checkPlan, target: targets.ENROLMENT_PLAN },
  };
}
