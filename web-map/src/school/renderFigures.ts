import { label, t, tNodes } from '../i18n/t';
import { dataText, el } from '../page/el';
import { renderVersion, type ComparedField } from './renderVersion';
import type { SchoolPage, SchoolAdmission } from './SchoolPage';
import type { SchoolPageContext } from './SchoolPageContext';

const PLAN_FIELDS: ComparedField[] = [
  { key: 'plannedSeats', label: 'field.plannedSeats' },
  { key: 'plannedClasses', label: 'field.plannedClasses' },
];
const RESULT_FIELDS: ComparedField[] = [
  { key: 'plannedSeats', label: 'field.plannedSeats' },
  { key: 'applicants', label: 'field.applicants' },
  { key: 'admitted', label: 'field.admitted' },
  { key: 'cutoffScore', label: 'field.cutoffScore' },
  { key: 'preferential', label: 'field.preferential' },
  { key: 'explanation', label: 'field.explanation' },
];

const newestFirst = <T extends { year: number; stage: string }>(rows: readonly T[]) => [...rows].sort((a, b) => b.year - a.year || a.stage.localeCompare(b.stage));

/** The preferential admissions of a result, each citing its policy document: a button that opens the document on this page. */
function preferential(result: SchoolAdmission, page: SchoolPage, context: SchoolPageContext): HTMLElement | null {
  if (!result.preferential.length) return null;
  return el(
    'ul',
    { className: 'preferential' },
    ...result.preferential.map((p) => {
      const doc = p.policyDocument ? page.policyDocuments.find((d) => d.id === p.policyDocument!.id) : undefined;
      const cite = doc
        ? el('button', { className: 'link-button cited-document', attrs: { type: 'button', 'data-document-id': doc.id } }, dataText(t('schoolPage.openDocument', { number: doc.documentNumber, title: doc.title })))
        : el('span', {}, ...tNodes('schoolPage.documentMissing', { number: dataText(p.policyDocumentNumber) }));
      if (doc) cite.addEventListener('click', () => context.openDocument(doc.id));
      return el('li', {}, t('schoolPage.preferential', { category: label('category', p.category), count: p.count }), cite, doc?.status === 'EXPIRED' ? el('span', { className: 'tag tag-expired' }, t('policy.EXPIRED')) : null);
    }),
  );
}

/** Published enrolment plans (招生计划), newest year first, each with its version or correction. */
export function renderPlans(page: SchoolPage): HTMLElement {
  const plans = newestFirst(page.school.enrolmentPlans);
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'plans' } },
    el('h4', {}, t('schoolPage.plans')),
    plans.length
      ? el(
          'ul',
          { className: 'record-list' },
          ...plans.map((plan) =>
            el(
              'li',
              { attrs: { 'data-record-id': plan.id } },
              el('p', {}, t('schoolPage.plan', { year: plan.year, stage: t(`stage.${plan.stage}`), seats: plan.plannedSeats }), plan.plannedClasses === null ? '' : t('schoolPage.planClasses', { classes: plan.plannedClasses })),
              renderVersion(plan, page.previous.get(plan.id), PLAN_FIELDS, plan as never),
            ),
          ),
        )
      : el('p', { className: 'muted' }, t('schoolPage.plansNone')),
  );
}

/**
 * Every published admission result (all years, newest first): planned, applicants, admitted, the cut-off
 * score, the published explanation where admitted ≠ planned, the preferential admissions with the
 * document each cites (openable here), and for a correction its reason and what changed.
 */
export function renderFigures(page: SchoolPage, context: SchoolPageContext): HTMLElement {
  const results = newestFirst(page.school.admissions);
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'figures' } },
    el('h4', {}, t('schoolPage.figures')),
    results.length
      ? el(
          'ul',
          { className: 'record-list' },
          ...results.map((r) =>
            el(
              'li',
              { attrs: { 'data-record-id': r.id, 'data-year': String(r.year) } },
              el(
                'p',
                { className: 'figure-row' },
                t('schoolPage.figureRow', {
                  year: r.year,
                  stage: t(`stage.${r.stage}`),
                  round: r.round > 1 ? t('schoolPage.round', { round: r.round }) : '',
                  planned: r.plannedSeats,
                  applicants: r.applicants,
                  admitted: r.admitted,
                }),
                r.cutoffScore === null ? '' : t('schoolPage.cutoff', { score: r.cutoffScore }),
              ),
              r.explanation
                ? el('p', { className: 'explanation' }, ...tNodes('schoolPage.explanation', { reason: label('discrepancy', r.explanation.reasonCode), text: dataText(r.explanation.text) }))
                : null,
              preferential(r, page, context),
              renderVersion(r, page.previous.get(r.id), RESULT_FIELDS, r as never),
            ),
          ),
        )
      : el('p', { className: 'muted' }, t('schoolPage.figuresNone')),
  );
}
