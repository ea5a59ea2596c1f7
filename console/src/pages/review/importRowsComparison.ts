import { fieldLabel } from '@zsgk/messages';

/** One figure of an imported row: the submitted value, and the value in force (undefined for a first version). */
export interface ComparedFigure {
  field: string;
  label: string;
  submitted: number | null;
  inForce: number | null | undefined;
}

/** A row of a result or plan import as the reviewer compares it with the version it replaces. */
export interface ImportRowComparison {
  recordKey: string;
  schoolId: string;
  year: number;
  stage: string;
  round: number | null;
  /** The version it replaces; null for a first publication. */
  replacesVersion: number | null;
  correctionReason: string | null;
  figures: ComparedFigure[];
}

/** The figures compared per kind, in the order the 导入数据 templates list them. */
const FIGURES: Record<string, string[]> = {
  ADMISSION_RESULT: ['plannedSeats', 'applicants', 'admitted', 'cutoffScore'],
  ENROLMENT_PLAN: ['plannedSeats', 'plannedClasses'],
};

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * The rows of a result or plan import (`BureauChange.items`: content and replacedContent are the
 * canonical JSON the service publishes and logged), each figure beside the one in force; null for
 * another kind of change.
 *
 * @example importRowsComparison('ENROLMENT_PLAN', [{ content: '{"plannedSeats":90,…}', replacedContent: '{"plannedSeats":80,…}', … }])
 *   // [{ …, figures: [{ field: 'plannedSeats', label: '计划招生数', submitted: 90, inForce: 80 }, …] }]
 */
export function importRowsComparison(
  kind: string,
  items: readonly { recordKey: string; content: string; replacedContent: string | null; replacesVersion: number | null; correctionReason: string | null }[],
): ImportRowComparison[] | null {
  const fields = FIGURES[kind];
  if (!fields) return null;
  return items
    .map((item) => {
      const submitted = JSON.parse(item.content) as Record<string, unknown>;
      const inForce = item.replacedContent ? (JSON.parse(item.replacedContent) as Record<string, unknown>) : null;
      return {
        recordKey: item.recordKey,
        schoolId: String(submitted.schoolId ?? ''),
        year: Number(submitted.year),
        stage: String(submitted.stage ?? ''),
        round: numberOrNull(submitted.round),
        replacesVersion: item.replacesVersion,
        correctionReason: item.correctionReason,
        figures: fields.map((field) => ({ field, label: fieldLabel(field), submitted: numberOrNull(submitted[field]), inForce: inForce ? numberOrNull(inForce[field]) : undefined })),
      };
    })
    .sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.year - b.year || a.stage.localeCompare(b.stage) || (a.round ?? 0) - (b.round ?? 0));
}
