import { t, tNodes } from '../i18n/t';
import { dataText, el, phoneLink } from '../page/el';
import { choiceReason } from '../search/describeMatch';
import { suggestionLabel, type Suggestion } from '../search/SearchBox';

/**
 * "Which did you mean?": every plausible suggestion as a button with why it is only a possibility
 * (no house number, a number past the listed range, a similar name, a school). Nothing is answered
 * until one is chosen.
 */
export function renderChoices(container: HTMLElement, text: string, suggestions: readonly Suggestion[], choose: (suggestion: Suggestion) => void): void {
  container.replaceChildren(
    el(
      'section',
      { className: 'choices', attrs: { 'data-state': 'choose', 'aria-labelledby': 'choices-heading' } },
      el('p', { className: 'notice', attrs: { id: 'choices-heading' } }, ...tNodes('choose.heading', { text: dataText(text) })),
      el(
        'ul',
        { className: 'choice-list' },
        ...suggestions.map((suggestion) => {
          const attrs: Record<string, string> = { type: 'button', 'data-kind': suggestion.kind };
          if (suggestion.kind === 'ADDRESS') attrs['data-match'] = suggestion.candidate.match;
          const button = el('button', { className: 'choice', attrs }, ...suggestionLabel(suggestion));
          button.addEventListener('click', () => choose(suggestion));
          const why = suggestion.kind === 'ADDRESS' ? choiceReason(suggestion.candidate, dataText) : suggestion.kind === 'SCHOOL' ? [t('why.school')] : null;
          return el('li', {}, button, why ? el('span', { className: 'why' }, ...why) : null);
        }),
      ),
    ),
  );
}

/** Nothing matched: what to try, and whom to call (the bureau's published phone); `slip` heads it on paper. */
export function renderNotFound(container: HTMLElement, text: string, contact: { department: string | Node; phone: string | null }, slip: HTMLElement): void {
  container.replaceChildren(
    slip,
    el(
      'section',
      { className: 'not-found', attrs: { 'data-state': 'not-found' } },
      el('p', { className: 'notice notice-warning' }, ...tNodes('notFound.heading', { text: dataText(text) })),
      el('p', {}, t('notFound.try')),
      el(
        'ul',
        {},
        el('li', {}, ...tNodes('notFound.tryNumber', { example: dataText('××路16号') })),
        el('li', {}, ...tNodes('notFound.tryCompound', { a: dataText('××花园'), b: dataText('××小区') })),
        el('li', {}, t('notFound.tryMap')),
      ),
      el('p', { className: 'call' }, ...tNodes('notFound.call', { department: contact.department }), phoneLink(contact.phone) ?? t('school.none')),
    ),
  );
}
