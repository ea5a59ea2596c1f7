import { label, t } from '../i18n/t';
import { el } from '../page/el';
import { renderVersion, type ComparedField } from './renderVersion';
import type { SchoolPage, TransferReport } from './SchoolPage';

const FIELDS: ComparedField[] = [
  { key: 'transfersIn', label: 'field.transfersIn' },
  { key: 'transfersOut', label: 'field.transfersOut' },
];
const TERM_ORDER = { SPRING: 0, AUTUMN: 1 } as const;

/** "转入 4 人（家庭搬迁 3 人，父母工作调动 1 人）". */
function counts(key: 'schoolPage.transfersIn' | 'schoolPage.transfersOut', rows: TransferReport['transfersIn']): string {
  const total = rows.reduce((n, r) => n + r.count, 0);
  const reasons = rows.map((r) => t('schoolPage.byReason', { reason: label('transfer', r.reason), n: r.count }));
  return reasons.length ? `${t(key, { n: total })}${t('sep.paren', { text: reasons.join(t('sep.list')) })}` : t(key, { n: total });
}

/** Published transfers (转学) per term, newest first, with the reasons and, for a correction, what changed and why. */
export function renderTransfers(page: SchoolPage): HTMLElement {
  const reports = [...page.school.transfers].sort((a, b) => b.year - a.year || TERM_ORDER[b.term] - TERM_ORDER[a.term]);
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'transfers' } },
    el('h4', {}, t('schoolPage.transfers')),
    reports.length
      ? el(
          'ul',
          { className: 'record-list' },
          ...reports.map((r) =>
            el(
              'li',
              { attrs: { 'data-record-id': r.id, 'data-term': `${r.year}:${r.term}` } },
              el('p', {}, el('strong', {}, t('schoolPage.term', { year: r.year, term: t(`term.${r.term}`) })), t('sep.colon'), counts('schoolPage.transfersIn', r.transfersIn), t('sep.clause'), counts('schoolPage.transfersOut', r.transfersOut)),
              renderVersion(r, page.previous.get(r.id), FIELDS, r as never),
            ),
          ),
        )
      : el('p', { className: 'muted' }, t('schoolPage.transfersNone')),
  );
}
