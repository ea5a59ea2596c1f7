/** A failure whose message is written for the parent reading the page (zh-CN) and says where it happened. */
export class PageError extends Error {
  override name = 'PageError';
}
