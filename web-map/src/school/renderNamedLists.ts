import { label, t } from '../i18n/t';
import { dataText, el } from '../page/el';
import { renderVersion, type ComparedField } from './renderVersion';
import type { NamedList, SchoolPage } from './SchoolPage';

const FIELDS: ComparedField[] = [
  { key: 'title', label: 'field.title' },
  { key: 'entryCount', label: 'field.entryCount' },
];

/** One masked entry's cell: the service masks names and ID numbers for the public; the page asks for nothing more. */
const cell = (text: string | null, masked: boolean) => el('td', { attrs: { 'data-masked': String(masked) } }, text ? dataText(text) : '—');

function renderList(list: NamedList, page: SchoolPage): HTMLElement {
  const head = el('tr', {}, ...(['list.col.name', 'list.col.idNumber', 'list.col.category'] as const).map((k) => el('th', { attrs: { scope: 'col' } }, t(k))));
  return el(
    'div',
    { className: 'named-list', attrs: { 'data-record-id': list.id } },
    el('h5', {}, dataText(list.title)),
    el('p', { className: 'muted' }, t('schoolPage.listMeta', { kind: t(`namedList.${list.kind}`), year: list.year, stage: t(`stage.${list.stage}`), n: list.entryCount })),
    el(
      'table',
      { className: 'named-list-table' },
      el('caption', { className: 'visually-hidden' }, dataText(list.title)),
      el('thead', {}, head),
      el(
        'tbody',
        {},
        ...list.entries.map((e) =>
          el('tr', {}, cell(e.name, e.masked), cell(e.idNumber, e.masked), el('td', {}, e.category ? label('category', e.category) : '—')),
        ),
      ),
    ),
    renderVersion(list, page.previous.get(list.id), FIELDS, list as never),
  );
}

/** Published named lists of the school (政策照顾名单, a popular school's admitted list), masked as the service serves them. */
export function renderNamedLists(page: SchoolPage): HTMLElement {
  const lists = [...page.school.namedLists].sort((a, b) => b.year - a.year);
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'named-lists' } },
    el('h4', {}, t('schoolPage.namedLists')),
    lists.length ? el('p', { className: 'muted' }, t('schoolPage.maskedNote')) : el('p', { className: 'muted' }, t('schoolPage.namedListsNone')),
    ...lists.map((list) => renderList(list, page)),
  );
}
