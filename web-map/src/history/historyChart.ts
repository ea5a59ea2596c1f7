import type { AdmissionResult } from '../api/YearData';

const SVG = 'http://www.w3.org/2000/svg';
/** Series drawn per year, with colours that meet 3:1 against white (WCAG non-text contrast). */
export const SERIES = [
  { key: 'plannedSeats', label: 'history.planned', colour: '#495057' },
  { key: 'applicants', label: 'history.applicants', colour: '#1864ab' },
  { key: 'admitted', label: 'history.admitted', colour: '#2b8a3e' },
] as const;

const WIDTH = 300;
const HEIGHT = 130;
const AXIS = 18;
const BAR = 20;
const GAP = 4;

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A small hand-made grouped bar chart: per year, planned / applicants / admitted, values written above
 * the bars, named by the element `labelledBy`. Presentation attributes only (no style attribute), which the page's CSP allows.
 */
export function historyChart(rows: readonly AdmissionResult[], labelledBy: string): SVGSVGElement {
  // Named by an element of the page (aria-labelledby), so the school's name in it keeps its lang mark.
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': labelledBy, class: 'history-chart' });
  const max = Math.max(1, ...rows.flatMap((r) => SERIES.map((s) => r[s.key])));
  const groupWidth = WIDTH / Math.max(rows.length, 1);
  const plotHeight = HEIGHT - AXIS - 14;
  rows.forEach((row, i) => {
    const left = i * groupWidth + (groupWidth - (SERIES.length * (BAR + GAP) - GAP)) / 2;
    SERIES.forEach((series, j) => {
      const value = row[series.key];
      const height = Math.round((value / max) * plotHeight);
      const x = left + j * (BAR + GAP);
      const y = HEIGHT - AXIS - height;
      svg.append(node('rect', { x, y, width: BAR, height, fill: series.colour }));
      svg.append(node('text', { x: x + BAR / 2, y: y - 3, 'text-anchor': 'middle', class: 'value' }, String(value)));
    });
    svg.append(node('text', { x: i * groupWidth + groupWidth / 2, y: HEIGHT - 4, 'text-anchor': 'middle', class: 'year' }, String(row.year)));
  });
  svg.append(node('line', { x1: 0, x2: WIDTH, y1: HEIGHT - AXIS, y2: HEIGHT - AXIS, stroke: '#495057' }));
  return svg;
}
