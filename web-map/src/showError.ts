import { PageError } from './PageError';

/** Puts a failure in the page (not only the console), as text. */
export function showError(container: HTMLElement, error: unknown): void {
  console.error(error);
  container.textContent =
    error instanceof PageError ? error.message : `页面出错：${error instanceof Error ? error.message : String(error)}`;
  container.hidden = false;
}
