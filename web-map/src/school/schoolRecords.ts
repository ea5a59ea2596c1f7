import { t } from '../i18n/t';
import type { SchoolPageRecord } from './checkSchoolRecords';
import type { SchoolPage } from './SchoolPage';

/**
 * Every published record the school page shows, with its log identity: the register entry, the zone
 * sets of its zones, plans, results, school rules, transfers, named lists and the policy documents
 * shown. One entry per recordId. For records the admissions service names by `id` (= the recordId)
 * without a served hash, `contentHash` is left undefined: the check hashes the served content.
 */
export function schoolRecords(page: SchoolPage): SchoolPageRecord[] {
  const { school } = page;
  const stage = (s: string) => t(`stage.${s}` as never);
  const records = new Map<string, SchoolPageRecord>();
  const add = (recordId: string | null, contentHash: string | null | undefined, label: string) => {
    if (recordId && !records.has(recordId)) records.set(recordId, { recordId, contentHash, label });
  };
  add(school.recordId, school.contentHash, t('record.school', { version: school.version }));
  for (const z of school.catchments) add(z.recordId, z.contentHash ?? null, t('record.zone', { stage: stage(z.stage), version: z.version }));
  for (const p of school.enrolmentPlans) add(p.recordId, p.contentHash ?? null, t('record.plan', { year: p.year, stage: stage(p.stage) }));
  for (const r of school.admissions) add(r.recordId, r.contentHash ?? null, t('record.result', { year: r.year, stage: stage(r.stage) }));
  for (const r of school.schoolRules) add(r.id, undefined, t('record.schoolRules', { year: r.year, stage: stage(r.stage) }));
  for (const r of school.transfers) add(r.id, undefined, t('record.transfer', { year: r.year, term: t(`term.${r.term}`) }));
  for (const l of school.namedLists) add(l.id, undefined, t('record.namedList', { title: l.title }));
  for (const d of page.policyDocuments) add(d.recordId, undefined, t('record.policy', { number: d.documentNumber }));
  return [...records.values()];
}
