import { describe, expect, it } from '@jest/globals';
import { importRowsComparison } from './importRowsComparison';

const row = (fields: Record<string, unknown>) => JSON.stringify({ schoolId: '2137081001', year: 2026, stage: 'PRIMARY', round: 1, plannedSeats: 180, applicants: 201, admitted: 180, ...fields });

describe('importRowsComparison', () => {
  it('when a corrected result is compared, then each figure stands beside the one in force', () => {
    const [compared] = importRowsComparison('ADMISSION_RESULT', [
      { recordKey: 'k', content: row({ plannedSeats: 200, admitted: 200 }), replacedContent: row({ version: 1 }), replacesVersion: 1, correctionReason: '计划数录入错误' },
    ])!;
    expect(compared).toMatchObject({ schoolId: '2137081001', year: 2026, stage: 'PRIMARY', round: 1, replacesVersion: 1, correctionReason: '计划数录入错误' });
    expect(compared!.figures).toEqual([
      { field: 'plannedSeats', label: '计划招生数', submitted: 200, inForce: 180 },
      { field: 'applicants', label: '报名人数', submitted: 201, inForce: 201 },
      { field: 'admitted', label: '录取人数', submitted: 200, inForce: 180 },
      { field: 'cutoffScore', label: '录取分数线', submitted: null, inForce: null },
    ]);
  });

  it('when a row is a first version, then nothing is in force; rows come sorted by school; another kind is not compared here', () => {
    const rows = importRowsComparison('ENROLMENT_PLAN', [
      { recordKey: 'b', content: JSON.stringify({ schoolId: '2137081002', year: 2026, stage: 'PRIMARY', plannedSeats: 90 }), replacedContent: null, replacesVersion: null, correctionReason: null },
      { recordKey: 'a', content: JSON.stringify({ schoolId: '2137081001', year: 2026, stage: 'PRIMARY', plannedSeats: 45, plannedClasses: 1 }), replacedContent: null, replacesVersion: null, correctionReason: null },
    ])!;
    expect(rows.map((r) => r.recordKey)).toEqual(['a', 'b']);
    expect(rows[1]!.figures).toEqual([
      { field: 'plannedSeats', label: '计划招生数', submitted: 90, inForce: undefined },
      { field: 'plannedClasses', label: '计划班数', submitted: null, inForce: undefined },
    ]);
    expect(importRowsComparison('NAMED_LIST', [])).toBeNull();
  });
});
