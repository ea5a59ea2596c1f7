import { PageError } from './PageError';
import { t } from './i18n/t';

/** Puts a failure in the page (not only the console), as text. */
export function showError(container: HTMLElement, error: unknown): void {
  console.error(error);
  container.textContent =
    error instanceof PageError ? error.message : t('error.page', { message: error instanceof Error ? error.message : String(error) });
  container.hidden = false;
}
