import type { Language, MessageKey } from './messages';
import { hasCatalogue, t, useLanguage } from './t';

/**
 * Switches the page's language, loading the English catalogue the first time (a chunk of its own: a
 * Chinese first load does not carry it), and sets `<html lang>`. Callers redraw once it resolves.
 */
export async function setLanguage(language: Language): Promise<void> {
  const root = document.documentElement;
  const before = root.lang;
  // Marked at once (the page says what it is switching to, and the keyboard test reads it straight away); undone if the chunk fails to load.
  root.lang = language === 'en' ? 'en' : 'zh-CN';
  try {
    if (language === 'en' && !hasCatalogue('en')) useLanguage('en', (await import('./messagesEn')).MESSAGES_EN);
    else useLanguage(language);
  } catch (error) {
    root.lang = before;
    throw error;
  }
}

/** Fills every element marked data-i18n="key" (text) or data-i18n-placeholder / data-i18n-label (attributes). */
export function applyStaticText(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n as MessageKey);
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    element.setAttribute('placeholder', t(element.dataset.i18nPlaceholder as MessageKey));
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel as MessageKey));
  }
}
