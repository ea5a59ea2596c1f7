import { MESSAGES, type Language, type MessageKey } from './messages';
import type { SchoolMessageKey } from './schoolMessages';

let current: Language = 'zh';
/** Text added by a lazily loaded part of the page (the school page's chunk), by language. */
const added: Record<Language, Record<string, string>> = { zh: {}, en: {} };
/** Every key `t()` knows: the page's own, and those a lazily loaded part adds before it uses them. */
export type TextKey = MessageKey | SchoolMessageKey;

/** Adds a lazily loaded part's text to the catalogue (called once, when its chunk loads). */
export function addMessages(messages: Record<Language, Record<string, string>>): void {
  Object.assign(added.zh, messages.zh);
  Object.assign(added.en, messages.en);
}

/** The page's own catalogues: Chinese always; English once `setLanguage('en')` (pageLanguage) has loaded its chunk. */
const catalogues: Partial<Record<Language, Record<string, string>>> = { zh: MESSAGES.zh };

const lookUp = (key: string): string | undefined => catalogues[current]?.[key] ?? added[current][key];

/**
 * Makes `language` the current one, with its catalogue when it is loaded now (pageLanguage's
 * `setLanguage` loads English and marks the document; this module stays free of the DOM, so code the
 * server side type-checks, such as postGraphql, can use t()).
 */
export function useLanguage(language: Language, catalogue?: Record<string, string>): void {
  if (catalogue) catalogues[language] = catalogue;
  current = language;
}

/** True when the page's catalogue for `language` is loaded. */
export function hasCatalogue(language: Language): boolean {
  return catalogues[language] !== undefined;
}

export function language(): Language {
  return current;
}

/**
 * The page text for a key in the current language, with `{name}` placeholders filled in. The result
 * is plain text: callers put it in the DOM with textContent.
 *
 * @example t('zone.yours', { stage: '小学', zone: '实验小学学区' }) // '所属小学学区：实验小学学区'
 */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  // A key whose chunk has not loaded yet shows as itself rather than breaking the page.
  return (lookUp(key) ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * t() as DOM children: a value given as a Node (API data wrapped by `dataText`, marked `lang="zh-CN"` in
 * English mode) stays that node, so a sentence that names a school or a zone keeps the name's language.
 *
 * @example el('p', {}, ...tNodes('zone.yours', { stage: '小学', zone: dataText(zone.name) }))
 */
export function tNodes<N extends object = never>(key: TextKey, values: Record<string, string | number | N> = {}): (string | N)[] {
  const parts: (string | N)[] = [];
  const text = lookUp(key) ?? key;
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    parts.push(text.slice(last, match.index));
    const value = values[name]!;
    parts.push(typeof value === 'object' ? value : String(value));
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

/**
 * The label of an API enum value (`category.MILITARY_FAMILY` → 军人子女); the value itself when the catalogue
 * has no such key, so a value added to the schema later shows as its name rather than breaking the page.
 *
 * @example label('transfer', 'FAMILY_MOVE') // '家庭搬迁'
 */
export function label(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return lookUp(key) === undefined ? value : t(key as TextKey);
}
