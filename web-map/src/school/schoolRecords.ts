import { t } from '../i18n/t';
import type { ShownRecord } from '../verify/shownRecords';
import type { SchoolPage } from './SchoolPage';

/**
 * Every published record the school page shows, with its log identity: the register entry, the zone
 * sets of its zones, plans, results, school rules, transfers, named lists and the policy documents
 * shown. One entry per recordId, each with the recordId and contentHash its service serves.
 */
export function schoolRecords(page: SchoolPage): ShownRecord[] {
  const { school } = page;
  const stage = (s: string) => t(`stage.${s}` as never);
  const records = new Map<string, ShownRecord>();
  const add = (recordId: string | null, contentHash: string | null, label: string) => {
    if (recordId && !records.has(recordId)) records.set(recordId, { recordId, contentHash, label });
  };
  add(school.recordId, school.contentHash, t('record.school', { version: school.version }));
  for (const z of school.catchments) add(z.recordId, z.contentHash, t('record.zone', { stage: stage(z.stage), version: z.version }));
  for (const p of school.enrolmentPlans) add(p.recordId, p.contentHash, t('record.plan', { year: p.year, stage: stage(p.stage) }));
  for (const r of school.admissions) add(r.recordId, r.contentHash, t('record.result', { year: r.year, stage: stage(r.stage) }));
  for (const r of school.schoolRules) add(r.recordId, r.contentHash, t('record.schoolRules', { year: r.year, stage: stage(r.stage) }));
  for (const r of school.transfers) add(r.recordId, r.contentHash, t('record.transfer', { year: r.year, term: t(`term.${r.term}`) }));
  for (const l of school.namedLists) add(l.recordId, l.contentHash, t('record.namedList', { title: l.title }));
  for (const d of page.policyDocuments) add(d.recordId, d.contentHash, t('record.policy', { number: d.documentNumber }));
  return [...records.values()];
}
