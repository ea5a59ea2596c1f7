import type { Lang } from './errorMessages';
import { fieldLabels, ROW_LISTS } from './fieldLabels';

type Segment = { name: string } | { index: number };

/** Path roots that name the argument, not a field the user filled in. */
const ROOTS = new Set(['input', 'args', 'variables']);

/**
 * A field path from an error (`extensions.field`, a row problem's `field`) as the user sees it:
 * the field's label, with the row or item it is in counted from 1. Unknown paths come back as is,
 * so nothing is ever hidden.
 *
 * @example fieldLabel('input.admitted') // '录取人数'
 * @example fieldLabel('input.rows[3].phone') // '第4行「联系电话」'
 * @example fieldLabel('input.preferential[1].count') // '政策性照顾录取第2项「照顾录取人数」'
 */
export function fieldLabel(path: string, lang: Lang = 'zh-CN'): string {
  const segments = parsePath(path);
  if (!segments) return path;
  const names = segments.filter((s): s is { name: string } => 'name' in s).map((s) => s.name);
  const last = segments[segments.length - 1];
  const leaf = last && 'name' in last ? labelOf(names, lang) : null;
  if (last && 'name' in last && leaf === null) return path;

  const places: string[] = [];
  segments.forEach((segment, i) => {
    if (!('index' in segment)) return;
    const list = segments[i - 1];
    const listName = list && 'name' in list ? list.name : null;
    places.push(listName !== null && ROW_LISTS.has(listName) ? rowWords(segment.index, lang) : itemWords(listName, segment.index, names, lang));
  });
  if (leaf === null) return places.length ? places.join(lang === 'en' ? ', ' : '') : path;
  if (!places.length) return leaf;
  return lang === 'en' ? `${places.join(', ')}, “${leaf}”` : `${places.join('')}「${leaf}」`;
}

/** Splits `input.rows[3].phone` into names and indices; null when it is not such a path. */
function parsePath(path: string): Segment[] | null {
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/.test(path)) return null;
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    segments.push(match[1] !== undefined ? { name: match[1] } : { index: Number(match[2]) });
  }
  const first = segments[0];
  if (first && 'name' in first && ROOTS.has(first.name) && segments.length > 1) segments.shift();
  return segments;
}

/** The label of the last name, looked up as `parent.field` first, then `field`. */
function labelOf(names: string[], lang: Lang): string | null {
  const field = names[names.length - 1];
  if (field === undefined) return null;
  const parent = names[names.length - 2];
  const entry = (parent !== undefined ? fieldLabels[`${parent}.${field}`] : undefined) ?? (Object.hasOwn(fieldLabels, field) ? fieldLabels[field] : undefined);
  return entry ? entry[lang] : null;
}

function rowWords(index: number, lang: Lang): string {
  return lang === 'en' ? `row ${index + 1}` : `第${index + 1}行`;
}

function itemWords(listName: string | null, index: number, names: string[], lang: Lang): string {
  const upTo = listName === null ? null : labelOf(names.slice(0, names.indexOf(listName) + 1), lang);
  const list = upTo ?? listName ?? '';
  return lang === 'en' ? `${list} item ${index + 1}`.trim() : `${list}第${index + 1}项`;
}
