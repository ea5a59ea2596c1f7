/** A failure whose message is written for the parent reading the page (in the page's language, from the catalogue) and says where it happened. */
export class PageError extends Error {
  override name = 'PageError';
}
