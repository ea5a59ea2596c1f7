import { describe, expect, it } from '@jest/globals';
import { enrolmentRulesComparison } from './enrolmentRulesComparison';

const rules = {
  year: 2026, stage: 'PRIMARY' as const, title: '2026年兖州区小学招生工作方案', documentNumber: '兖教发〔2026〕3号', issuedOn: '2026-04-01', body: '正文', interpretation: '解读',
  sourceUrl: null, interpretationUrl: null, eligibility: ['户籍在学区内'], papers: ['户口簿', '房产证'], migrantEligibility: [], migrantPapers: [],
  timetable: [{ phase: 'REGISTRATION' as const, startsOn: '2026-06-01', endsOn: '2026-06-10' }], admissionMethod: '划片就近入学', consultationPhone: '0537-3412345',
  supervisionPhone: null, petitionAddress: null,
};

describe('enrolmentRulesComparison', () => {
  it('when a paper is added and a phase moved, then those rows differ and the title does not', () => {
    const proposed = { ...rules, papers: ['户口簿', '房产证', '居住证'], timetable: [{ ...rules.timetable[0]!, endsOn: '2026-06-12' }], correctionReason: '延长报名', replacesVersion: 1 };
    const inForce = { ...rules, id: 'r1', status: 'PUBLISHED' as const, version: 1, correctionReason: null, publishedAt: '2026-04-02T00:00:00Z' } as never;
    const changed = enrolmentRulesComparison(proposed, inForce).filter((f) => String(f.inForce ?? '') !== String(f.submitted ?? '')).map((f) => f.label);
    expect(changed).toEqual(['招生日程', '证件要求']);
  });

  it('when nothing is in force, then every in-force cell is empty', () => {
    expect(enrolmentRulesComparison({ ...rules, correctionReason: null, replacesVersion: null }, null).every((f) => f.inForce === null)).toBe(true);
  });
});
