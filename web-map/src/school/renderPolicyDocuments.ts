import { label, t, tNodes } from '../i18n/t';
import { dataText, day, el, webLink } from '../page/el';
import type { PolicyDocument, SchoolPage } from './SchoolPage';

/** The ids of the documents the school's figures cite. */
export function citedDocumentIds(page: SchoolPage): Set<string> {
  return new Set(page.school.admissions.flatMap((r) => r.preferential.flatMap((p) => (p.policyDocument ? [p.policyDocument.id] : []))));
}

/** Cited first, then in force before expired, then newest first. */
const STATUS_ORDER: Record<string, number> = { IN_FORCE: 0, NOT_YET_IN_FORCE: 1, EXPIRED: 2, DRAFT: 3 };

/** One document as a fold: number, title and status (已失效 marked) in the summary; dates, categories, text and interpretation inside. */
function renderDocument(doc: PolicyDocument, cited: boolean): HTMLElement {
  const status = el('span', { className: `tag tag-${doc.status === 'EXPIRED' ? 'expired' : 'status'}` }, label('policy', doc.status));
  return el(
    'details',
    { className: 'policy-document', attrs: { 'data-document-id': doc.id, 'data-status': doc.status, 'data-record-id': doc.recordId ?? '' } },
    el('summary', {}, dataText(doc.documentNumber), ' ', dataText(`《${doc.title}》`), ' ', status, cited ? el('span', { className: 'tag' }, t('schoolPage.cited')) : null),
    doc.status === 'EXPIRED' && doc.effectiveUntil ? el('p', { className: 'notice notice-warning' }, t('policy.expiredNote', { date: doc.effectiveUntil })) : null,
    el('p', {}, t('policy.issuer', { issuer: doc.issuer })),
    el('p', {}, t('policy.effective', { from: doc.effectiveFrom, until: doc.effectiveUntil ?? t('policy.untilOpen') })),
    el('p', {}, t('policy.categories', { categories: doc.categories.map((c) => label('category', c)).join(t('sep.list')) })),
    el('p', { className: 'muted' }, t('policy.version', { version: doc.version, published: day(doc.publishedAt), date: day(doc.versionPublishedAt) })),
    doc.correctionReason && doc.version > 1 ? el('p', { className: 'correction notice' }, ...tNodes('schoolPage.correction', { version: doc.version, date: day(doc.versionPublishedAt), reason: dataText(doc.correctionReason) })) : null,
    el('h5', {}, t('policy.body')),
    el('p', { className: 'document-text' }, doc.body ? dataText(doc.body) : t('policy.noBody')),
    doc.interpretation || doc.interpretationUrl ? el('h5', {}, t('policy.interpretation')) : null,
    doc.interpretation ? el('p', { className: 'document-text' }, dataText(doc.interpretation)) : null,
    doc.interpretationUrl ? el('p', {}, webLink(doc.interpretationUrl, t('policy.interpretationLink'))) : null,
  );
}

/**
 * The district's published policy documents (expired ones stay, marked 已失效), those the school's
 * figures cite first; each opens in place, and a citation in the figures opens its document here.
 */
export function renderPolicyDocuments(page: SchoolPage): HTMLElement {
  const cited = citedDocumentIds(page);
  const docs = [...page.policyDocuments].sort(
    (a, b) =>
      Number(cited.has(b.id)) - Number(cited.has(a.id)) ||
      (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
      (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
  );
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'policies' } },
    el('h4', {}, t('schoolPage.policies')),
    el('p', { className: 'muted' }, docs.length ? t('schoolPage.policiesNote') : t('schoolPage.policiesNone')),
    ...docs.map((doc) => renderDocument(doc, cited.has(doc.id))),
  );
}
