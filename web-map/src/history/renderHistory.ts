import type { AdmissionResult } from '../api/YearData';
import type { Stage } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { dataText, el } from '../page/el';
import { historyChart, SERIES } from './historyChart';

/** The three latest published years of one school and stage, oldest first. */
export function latestYears(results: readonly AdmissionResult[], schoolId: string, stage: Stage): AdmissionResult[] {
  return results
    .filter((r) => r.schoolId === schoolId && r.stage === stage)
    .sort((a, b) => b.year - a.year)
    .slice(0, 3)
    .reverse();
}

/**
 * Planned / applicants / admitted for up to three years: a chart and the same numbers as a table, the
 * cut-off score where one is published (senior high), and the published explanation where admitted ≠ planned.
 */
let charts = 0;

export function renderHistory(schoolName: string, rows: readonly AdmissionResult[]): HTMLElement {
  const section = el('section', { className: 'history' }, el('h6', {}, t('history.heading')));
  if (!rows.length) {
    section.append(el('p', { className: 'muted' }, t('history.none')));
    return section;
  }
  const withCutoff = rows.some((r) => r.cutoffScore !== null);
  const legend = el(
    'ul',
    { className: 'chart-legend', attrs: { 'aria-hidden': 'true' } },
    ...SERIES.map((s) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.backgroundColor = s.colour;
      return el('li', {}, swatch, t(s.label));
    }),
  );
  const head = el(
    'tr',
    {},
    ...[t('history.year'), t('history.planned'), t('history.applicants'), t('history.admitted'), withCutoff ? t('history.cutoff') : null]
      .filter((h): h is string => h !== null)
      .map((h) => el('th', { attrs: { scope: 'col' } }, h)),
  );
  const body = rows.flatMap((r) => {
    const cells = [String(r.plannedSeats), String(r.applicants), String(r.admitted), ...(withCutoff ? [r.cutoffScore === null ? '—' : String(r.cutoffScore)] : [])];
    const line = el('tr', {}, el('th', { attrs: { scope: 'row' } }, String(r.year)), ...cells.map((c) => el('td', {}, c)));
    if (!r.explanation || r.admitted === r.plannedSeats) return [line];
    const note = el('td', { className: 'explanation', attrs: { colspan: String(cells.length + 1) } }, `${t('history.explanation')}${t('sep.colon')}`, dataText(r.explanation.text));
    return [line, el('tr', { className: 'explanation-row' }, note)];
  });
  const labelId = `history-chart-${++charts}`;
  section.append(
    el('span', { className: 'visually-hidden', attrs: { id: labelId } }, ...tNodes('history.chart', { school: dataText(schoolName) })),
    historyChart(rows, labelId),
    legend,
    el('table', { className: 'history-table' }, el('caption', { className: 'visually-hidden' }, dataText(schoolName), ` ${t('history.heading')}`), el('thead', {}, head), el('tbody', {}, ...body)),
  );
  return section;
}
