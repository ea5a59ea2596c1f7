import { fieldLabel } from '@zsgk/messages';

/** Where the admissions service reports a missing explanation (BAD_USER_INPUT, extensions.field). */
export const EXPLANATION_FIELD = 'input.explanation';

/**
 * The admissions service's rule (services/admissions/src/admissions/parseRows.ts, resultSchema), checked
 * on the spot: an explanation is required exactly when admitted differs from plannedSeats. Answers the
 * problem in Chinese, or null. The service checks again on saving and refuses with BAD_USER_INPUT at
 * `input.explanation`, so a form that skipped this check still cannot publish unexplained figures.
 * @example explanationProblem({ plannedSeats: 270, admitted: 265, explanation: null }) // '录取人数（265）与计划招生数（270）不同，必须填写差异说明'
 */
export function explanationProblem(figures: { plannedSeats?: number | null; admitted?: number | null; explanation?: { reasonCode?: string | null; text?: string | null } | null }): string | null {
  const { plannedSeats, admitted, explanation } = figures;
  if (plannedSeats == null || admitted == null || admitted === plannedSeats) return null;
  if (explanation?.reasonCode && explanation.text?.trim()) return null;
  return `${fieldLabel('input.admitted')}（${admitted}）与${fieldLabel('input.plannedSeats')}（${plannedSeats}）不同，必须填写${fieldLabel(EXPLANATION_FIELD)}`;
}
