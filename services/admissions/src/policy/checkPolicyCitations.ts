import type { RowProblem } from '@zsgk/errors';
import { withEnumLabel } from '@zsgk/messages';
import type { PreferentialAdmission, ResultFields } from '../admissions/Admission';
import { beijingDate } from '@zsgk/working-days';
import type { AdmissionRound } from './admissionRound';
import type { PolicyDocument } from './PolicyDocument';

export interface CitationProblem {
  /** Index into `preferential`. */
  index: number;
  field: 'policyDocumentNumber' | 'category';
  reason: string;
}

/**
 * Preferential admissions may only apply a policy (issue 10, item 9) that was published before the
 * admission round opened, is in force over the whole round, and covers the category. Each refusal
 * names the document and the dates.
 */
export function checkPolicyCitations(preferential: PreferentialAdmission[], round: AdmissionRound, documents: Map<string, PolicyDocument>): CitationProblem[] {
  const span = `${round.opensOn} 至 ${round.closesOn}${round.source === 'DEFAULT' ? '（未公布招生日程，按 6 月 1 日至 9 月 1 日计）' : ''}`;
  return preferential.flatMap((p, index): CitationProblem[] => {
    const number = p.policyDocumentNumber;
    const doc = documents.get(number);
    const problem = (reason: string, field: CitationProblem['field'] = 'policyDocumentNumber') => [{ index, field, reason }];
    if (!doc) return problem(`引用的 ${number} 不是本区已登记的政策文件`);
    if (!doc.publishedAt) return problem(`引用的 ${number}（${doc.title}）尚未公布：政策性照顾须先公布政策，才能适用`);
    const publishedOn = beijingDate(doc.publishedAt);
    if (publishedOn >= round.opensOn) {
      return problem(`引用的 ${number}（${doc.title}）公布于 ${publishedOn}，未早于招生开始日 ${round.opensOn}（招生期 ${span}）`);
    }
    if (doc.effectiveFrom > round.opensOn) return problem(`引用的 ${number}（${doc.title}）自 ${doc.effectiveFrom} 起施行，晚于招生开始日（招生期 ${span}）`);
    if (doc.effectiveUntil !== null && doc.effectiveUntil < round.closesOn) {
      return problem(`引用的 ${number}（${doc.title}）已失效：${doc.effectiveUntil} 失效，早于招生结束日（招生期 ${span}）`);
    }
    return doc.categories.includes(p.category) ? [] : problem(`${number}（${doc.title}）不适用于 ${withEnumLabel(p.category)}`, 'category');
  });
}

export interface CitationSources {
  findByNumbers(districtCode: string, numbers: string[]): Promise<Map<string, PolicyDocument>>;
  roundOf(districtCode: string, year: number, stage: string): Promise<AdmissionRound>;
}

/**
 * The check for one result: looks the cited documents and the round up and reports problems as row
 * problems with field paths (`preferential.0.policyDocumentNumber`), for imports and submissions alike.
 */
export function createCitationCheck(sources: CitationSources) {
  return async (fields: Pick<ResultFields, 'districtCode' | 'year' | 'stage' | 'preferential'>, row = 1): Promise<RowProblem[]> => {
    if (fields.preferential.length === 0) return [];
    const [found, round] = await Promise.all([
      sources.findByNumbers(fields.districtCode, fields.preferential.map((p) => p.policyDocumentNumber)),
      sources.roundOf(fields.districtCode, fields.year, fields.stage),
    ]);
    return checkPolicyCitations(fields.preferential, round, found).map((p) => ({ row, field: `preferential.${p.index}.${p.field}`, reason: p.reason }));
  };
}
