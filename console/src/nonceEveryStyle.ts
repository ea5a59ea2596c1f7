/**
 * Puts the page's CSP nonce on every <style> element the page creates. Ant Design's CSS-in-JS takes
 * the nonce from ConfigProvider, but some of its helpers (rc-util's scroll locker when a dialog opens,
 * its scrollbar measurement) create <style> elements without one, and under `style-src 'nonce-…'`
 * the browser drops them. Setting it at creation, before insertion, is what the CSP checks.
 */
export function nonceEveryStyle(nonce: string): void {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  } as typeof createElement;
}
