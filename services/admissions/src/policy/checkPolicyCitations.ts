import type { RowProblem } from '@zsgk/errors';
import type { PreferentialAdmission, ResultFields } from '../admissions/Admission';
import { enrolmentDay, policyStatus, type PolicyDocument } from './PolicyDocument';

export interface CitationProblem {
  /** Index into `preferential`. */
  index: number;
  field: 'policyDocumentNumber' | 'category';
  reason: string;
}

/**
 * Preferential admissions may only apply a policy that is published and in force on the school
 * year's enrolment day, and that covers the category. Each refusal names the document.
 */
export function checkPolicyCitations(
  preferential: PreferentialAdmission[],
  year: number,
  documents: Map<string, PolicyDocument>,
): CitationProblem[] {
  const day = enrolmentDay(year);
  return preferential.flatMap((p, index): CitationProblem[] => {
    const number = p.policyDocumentNumber;
    const doc = documents.get(number);
    const problem = (reason: string, field: CitationProblem['field'] = 'policyDocumentNumber') => [{ index, field, reason }];
    if (!doc) return problem(`cites ${number}, which this district has not filed as a policy document`);
    switch (policyStatus(doc, day)) {
      case 'DRAFT':
        return problem(`cites ${number} (${doc.title}), which is not published: a preferential policy must be published before it is applied`);
      case 'EXPIRED':
        return problem(`cites ${number} (${doc.title}), which expired (已失效) on ${doc.effectiveUntil}, before ${day}`);
      case 'NOT_YET_IN_FORCE':
        return problem(`cites ${number} (${doc.title}), which takes effect only on ${doc.effectiveFrom}, after ${day}`);
      case 'IN_FORCE':
        return doc.categories.includes(p.category) ? [] : problem(`${number} (${doc.title}) does not cover ${p.category}`, 'category');
    }
  });
}

/**
 * The check for one result: looks the cited documents up and reports problems as row problems with
 * field paths (`preferential.0.policyDocumentNumber`), for imports and submissions alike.
 */
export function createCitationCheck(documents: { findByNumbers(districtCode: string, numbers: string[]): Promise<Map<string, PolicyDocument>> }) {
  return async (fields: Pick<ResultFields, 'districtCode' | 'year' | 'preferential'>, row = 1): Promise<RowProblem[]> => {
    if (fields.preferential.length === 0) return [];
    const found = await documents.findByNumbers(fields.districtCode, fields.preferential.map((p) => p.policyDocumentNumber));
    return checkPolicyCitations(fields.preferential, fields.year, found).map((p) => ({ row, field: `preferential.${p.index}.${p.field}`, reason: p.reason }));
  };
}
