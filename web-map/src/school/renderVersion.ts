import { t, tNodes, type TextKey } from '../i18n/t';
import { dataText, day, el } from '../page/el';
import type { EarlierVersion, Published } from './SchoolPage';

/** A field compared between versions: where it is on the record and its label. */
export interface ComparedField {
  key: string;
  label: TextKey;
}

/** One value as the page shows it: counts by reason summed, lists joined, nothing as "—". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && 'count' in v)) return String(value.reduce((n, v: { count: number }) => n + v.count, 0));
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、') || '—';
  }
  if (typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  return String(value);
}

/**
 * The version line of a published record: "version n, published on …"; for a correction, its published
 * reason and what changed against the version before (when the page has it).
 *
 * @example renderVersion(result, previous, [{ key: 'admitted', label: 'field.admitted' }], result) // 第 2 版为更正（…），更正原因：…  与第 1 版相比：录取 92 → 93
 */
export function renderVersion(record: Published, previous: EarlierVersion | undefined, fields: readonly ComparedField[], current: Record<string, unknown>): HTMLElement {
  const date = day(record.publishedAt);
  if (record.version <= 1 || !record.correctionReason) {
    return el('p', { className: 'muted record-version' }, t('schoolPage.version', { version: record.version, date }));
  }
  const changes = previous
    ? fields.flatMap((f) => {
        const [from, to] = [showValue(previous[f.key]), showValue(current[f.key])];
        return from === to ? [] : [t('schoolPage.change', { field: t(f.label), from, to })];
      })
    : null;
  return el(
    'div',
    { className: 'correction notice', attrs: { 'data-version': String(record.version) } },
    el('p', {}, ...tNodes('schoolPage.correction', { version: record.version, date, reason: dataText(record.correctionReason) })),
    changes === null || !previous
      ? null
      : el('p', {}, changes.length ? t('schoolPage.changes', { version: previous.version, changes: changes.join('；') }) : t('schoolPage.noChanges', { version: previous.version })),
  );
}
