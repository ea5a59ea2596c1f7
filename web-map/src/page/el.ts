type Child = Node | string | null | undefined | false;

/**
 * Creates an element whose text children become text nodes: API values can never become markup here.
 *
 * @example el('p', { className: 'note' }, '地址：', school.address)
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

/** A telephone number as a tel: link (digits and + only in the href), or null when there is none. */
export function phoneLink(phone: string | null | undefined): HTMLAnchorElement | null {
  if (!phone) return null;
  return el('a', { attrs: { href: `tel:${phone.replace(/[^\d+]/g, '')}` } }, phone);
}

/** A list of API text items (marked as data: Chinese in English mode too), or nothing for an empty list. */
export function textList(items: readonly string[], ordered = false, className?: string): HTMLElement | null {
  if (!items.length) return null;
  return el(ordered ? 'ol' : 'ul', { className }, ...items.map((item) => el('li', {}, dataText(item))));
}

/** A date or ISO time as YYYY-MM-DD (the API gives both forms). */
export function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

/**
 * API data (names, addresses, rule text) stays Chinese in English mode; there it is marked
 * `lang="zh-CN"` so a screen reader reads it as Chinese.
 */
export function dataText(text: string, className?: string): HTMLSpanElement {
  return el('span', { className, attrs: document.documentElement.lang === 'en' ? { lang: 'zh-CN' } : {} }, text);
}

/** An http(s) link from API data, or the text alone when it is not one (never a javascript: or data: href). */
export function webLink(url: string | null | undefined, text = url ?? ''): HTMLElement | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? el('a', { attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, text) : dataText(text);
}
