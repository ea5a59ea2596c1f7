import { SCHOOL_MESSAGES } from '../i18n/schoolMessages';
import { addMessages, t } from '../i18n/t';
import { el } from '../page/el';
import { fetchMatchedRules } from './fetchMatchedRules';
import { fetchSchoolPage } from './fetchSchoolPage';
import type { MatchedRule } from './renderSchoolZones';
import { renderSchoolPage } from './renderSchoolPage';
import type { SchoolPage } from './SchoolPage';
import type { SchoolPageContext } from './SchoolPageContext';

addMessages(SCHOOL_MESSAGES);

export interface OpenSchoolPageOptions extends Omit<SchoolPageContext, 'openDocument'> {
  panel: HTMLElement;
  schoolId: string;
  /** The school year whose zones and school rules are shown. */
  year: number;
  /** The address the parent looked up before opening the school, to mark the address rule it matched; null otherwise. */
  address: string | null;
  /** False once the panel shows something else: the page is then not drawn. */
  isCurrent(): boolean;
}

/** A school page on screen: the data, and a way to draw it again (after a language switch) without asking the gateway. */
export interface OpenedSchoolPage {
  page: SchoolPage;
  render(): void;
}

/**
 * The school page's entry (loaded on demand, so the first load does not carry it): says it is loading,
 * asks the gateway for everything published about the school (and, for a looked-up address, which
 * address rule matched), then draws it in the panel. Null when the panel moved on meanwhile. Throws a
 * PageError when the school cannot be shown (unknown, another district, gateway down).
 */
export async function openSchoolPage(options: OpenSchoolPageOptions): Promise<OpenedSchoolPage | null> {
  const { panel } = options;
  panel.setAttribute('aria-busy', 'true');
  panel.replaceChildren(el('p', { className: 'muted' }, t('schoolPage.loading')));
  try {
    const [page, rules] = await Promise.all([
      fetchSchoolPage(options.gatewayUrl, options.districtCode, options.schoolId, options.year),
      options.address ? fetchMatchedRules(options.gatewayUrl, options.districtCode, options.address, options.year) : Promise.resolve<MatchedRule[]>([]),
    ]);
    if (!options.isCurrent()) return null;
    const context: SchoolPageContext = { ...options, openDocument: (id) => openDocument(panel, id) };
    const render = () => renderSchoolPage(panel, page, context, { rules, address: options.address });
    render();
    return { page, render };
  } finally {
    if (options.isCurrent()) panel.removeAttribute('aria-busy');
  }
}

/** Opens a policy document's fold on the page, scrolls to it and moves the focus there (keyboard and screen-reader users follow). */
function openDocument(panel: HTMLElement, documentId: string): void {
  const fold = [...panel.querySelectorAll<HTMLDetailsElement>('details.policy-document')].find((d) => d.dataset.documentId === documentId);
  if (!fold) return;
  fold.open = true;
  const summary = fold.querySelector('summary');
  summary?.focus();
  fold.scrollIntoView({ block: 'start' });
}
