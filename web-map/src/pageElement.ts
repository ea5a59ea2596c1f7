/** Looks up an element index.html must contain; a missing one is a build mistake, so say which. */
export function pageElement<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as T;
}
