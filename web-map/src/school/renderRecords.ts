import { t } from '../i18n/t';
import { el } from '../page/el';
import { renderVerification, renderVerificationPending } from '../verify/renderVerification';
import type { ShownRecord } from '../verify/shownRecords';
import { checkSchoolRecords } from './checkSchoolRecords';
import type { SchoolPageContext } from './SchoolPageContext';

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/**
 * Every record the page shows with its content hash (12 hex digits, the full hash as the title), and
 * “核验”: the same check as the result slip (signed head, inclusion proofs, hash now against the logged
 * one), whose result replaces the list.
 */
export function renderRecords(context: SchoolPageContext, records: readonly ShownRecord[]): HTMLElement {
  const list = el(
    'ul',
    { className: 'record-hashes' },
    ...records.map((r) => {
      const code = el('code', { className: 'hash', attrs: { title: r.contentHash ?? '' } }, r.contentHash ? short(r.contentHash) : '—');
      return el('li', { attrs: { 'data-record-id': r.recordId } }, ...(typeof r.label === 'string' ? [r.label] : r.label),
      t('sep.colon'), code);
    }),
  );
  const button = el('button', { className: 'link-button verify-records', attrs: { type: 'button' } }, t('schoolPage.verify'));
  const result = el('div', { className: 'verification-result' });
  button.addEventListener('click', () => {
    const pending = renderVerificationPending();
    result.replaceChildren(pending);
    const show = (outcome: Parameters<typeof renderVerification>[0]) => {
      if (pending.isConnected) pending.replaceWith(renderVerification(outcome));
    };
    checkSchoolRecords(context.gatewayUrl, context.districtCode, records).then(show, (error: Error) => show(error));
  });
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'records' } },
    el('h4', {}, t('schoolPage.records')),
    el('p', { className: 'muted' }, t('schoolPage.recordsNote')),
    list,
    el('p', {}, button),
    result,
  );
}
