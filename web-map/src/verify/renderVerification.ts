import { t } from '../i18n/t';
import { el } from '../page/el';
import type { Verification } from './checkShownRecords';

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** The slip's integrity part while the checks run (they start once the answer is drawn). */
export function renderVerificationPending(): HTMLElement {
  return el('section', { className: 'verification', attrs: { 'data-state': 'checking' } }, el('h3', {}, t('verify.heading')), el('p', { className: 'muted' }, t('verify.checking')));
}

/**
 * What each shown record hashes to and whether the log proves it, and the signed head it was checked
 * against. Short hashes in the list; every full hash in a fold that print always shows.
 */
export function renderVerification(result: Verification | null | Error): HTMLElement {
  const section = (state: string, ...children: (HTMLElement | null)[]) =>
    el('section', { className: 'verification', attrs: { 'data-state': state } }, el('h3', {}, t('verify.heading')), ...children);
  if (result instanceof Error) return section('failed', el('p', { className: 'notice notice-warning' }, t('verify.error', { reason: result.message })));
  if (!result) return section('no-log', el('p', { className: 'muted' }, t('verify.noLog')));
  const { head, signatureValid, records } = result;
  const allGood = signatureValid && records.every((r) => r.status === 'VERIFIED');
  const headLine = el(
    'p',
    { className: 'tree-head', attrs: { 'data-tree-size': String(head.treeSize), 'data-signature': signatureValid ? 'valid' : 'invalid' } },
    t('verify.head', { district: head.districtCode, size: head.treeSize, root: short(head.rootHash), time: head.timestamp }),
    ' ',
    el('strong', {}, signatureValid ? t('verify.signatureValid') : t('verify.signatureInvalid')),
  );
  const rows = records.map((r) =>
    el(
      'li',
      { attrs: { 'data-record-id': r.recordId, 'data-status': r.status } },
      ...(typeof r.label === 'string' ? [r.label] : r.label),
      t('sep.colon'),
      el('code', { className: 'hash', attrs: { title: r.contentHash ?? '' } }, r.contentHash ? short(r.contentHash) : '—'),
      ' ',
      el('strong', {}, t(signatureValid ? `verify.${r.status}` : 'verify.UNPROVEN')),
    ),
  );
  const full = el(
    'details',
    { className: 'full-hashes' },
    el('summary', {}, t('verify.fullHashes')),
    el('ul', {}, el('li', {}, `${t('verify.root')}${t('sep.colon')}`, el('code', {}, head.rootHash)), ...records.map((r) => el('li', {}, `${r.recordId}${t('sep.colon')}`, el('code', {}, r.contentHash ?? '—')))),
  );
  return section(allGood ? 'verified' : 'failed', el('p', { className: allGood ? 'verify-summary' : 'verify-summary notice notice-warning' }, allGood ? t('verify.allGood') : t('verify.someFailed')), headLine, el('ul', { className: 'records' }, ...rows), full);
}
