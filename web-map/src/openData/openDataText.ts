import { OPEN_DATA_EN, OPEN_DATA_ZH, type OpenDataKey } from './openDataMessages';

// The page's own language state: importing the map page's i18n/t would pull its whole catalogue into this page.
let current: 'zh' | 'en' = 'zh';

export function openDataLanguage(): 'zh' | 'en' {
  return current;
}

export function setOpenDataLanguage(language: 'zh' | 'en'): void {
  current = language;
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
}

/** The open-data page's text in the current language, `{name}` filled in; plain text for textContent. */
export function openDataText(key: OpenDataKey, values: Record<string, string | number> = {}): string {
  const text = (current === 'en' ? OPEN_DATA_EN : OPEN_DATA_ZH)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Fills every element marked data-od="key" (text, key without its `od.` prefix) or data-od-label (aria-label). */
export function applyOpenDataText(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-od]')) element.textContent = openDataText(`od.${element.dataset.od}` as OpenDataKey);
  for (const element of root.querySelectorAll<HTMLElement>('[data-od-label]')) {
    element.setAttribute('aria-label', openDataText(`od.${element.dataset.odLabel}` as OpenDataKey));
  }
}
