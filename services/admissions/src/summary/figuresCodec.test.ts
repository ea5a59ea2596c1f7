import { decodeFigures, encodeFigures, mergeFigures, type ResultFigures } from './figuresCodec';

const row = (schoolId: string, admitted: number, reasonCode: string | null = null): ResultFigures => ({ schoolId, round: 1, plannedSeats: 180, applicants: 200, admitted, reasonCode });

describe('figuresCodec', () => {
  it('when figures are packed and unpacked, then they come back equal, with and without a reason', () => {
    const rows = [row('2137081001', 180), row('2137081002', 150, 'UNDER_APPLIED')];
    expect(decodeFigures(encodeFigures(rows))).toEqual(rows);
    expect(decodeFigures(encodeFigures([]))).toEqual([]);
  });

  it('when a correction is merged, then it replaces the school’s figures and adds new schools in id order', () => {
    const merged = mergeFigures([row('2137081002', 150, 'UNDER_APPLIED'), row('2137081003', 180)], [row('2137081002', 180), row('2137081001', 180)]);
    expect(merged.map((r) => [r.schoolId, r.admitted, r.reasonCode])).toEqual([
      ['2137081001', 180, null],
      ['2137081002', 180, null],
      ['2137081003', 180, null],
    ]);
  });
});
