import { fetchLogEntries } from '../api/fetchLogProofs';
import { t } from '../i18n/t';
import { el } from '../page/el';
import { renderVerification, renderVerificationPending } from '../verify/renderVerification';
import { checkSchoolRecords, sha256Hex, type SchoolPageRecord } from './checkSchoolRecords';
import type { SchoolPageContext } from './SchoolPageContext';

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** Fills in the hashes of records whose type serves none, from the content their service serves now (one request). */
async function fillServedHashes(context: SchoolPageContext, records: readonly SchoolPageRecord[], codes: Map<string, HTMLElement>): Promise<void> {
  const missing = records.filter((r) => r.contentHash === undefined).map((r) => r.recordId);
  if (!missing.length) return;
  const entries = await fetchLogEntries(context.gatewayUrl, missing, { withContent: true });
  for (const id of missing) {
    const content = entries.get(id)?.find((e) => e.admissionsContent)?.admissionsContent;
    const code = codes.get(id);
    if (content && code) {
      const hash = await sha256Hex(content);
      code.textContent = short(hash);
      code.title = hash;
    }
  }
}

/**
 * Every record the page shows with its content hash (12 hex digits, the full hash as the title), and
 * “核验”: the same check as the result slip (signed head, inclusion proofs, hash now against the logged
 * one), whose result replaces the list.
 */
export function renderRecords(context: SchoolPageContext, records: readonly SchoolPageRecord[]): HTMLElement {
  const codes = new Map<string, HTMLElement>();
  const list = el(
    'ul',
    { className: 'record-hashes' },
    ...records.map((r) => {
      const code = el('code', { className: 'hash', attrs: { title: r.contentHash ?? '' } }, r.contentHash ? short(r.contentHash) : '…');
      codes.set(r.recordId, code);
      return el('li', { attrs: { 'data-record-id': r.recordId } }, `${r.label}：`, code);
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
  void fillServedHashes(context, records, codes).catch(() => undefined);
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
