import { catchmentDisclosure } from './catchmentDisclosure';

describe('catchmentDisclosure', () => {
  it('when a published zone with 四至 text names the school, then CATCHMENT is present', () => {
    const result = catchmentDisclosure(2026, [{ name: '实验小学学区', boundaryText: '东至…', stage: 'PRIMARY' }]);
    expect(result).toMatchObject({ year: 2026, missing: [], items: [{ item: 'CATCHMENT', present: true, source: 'catchments' }] });
  });

  it('when no zone names the school, or one lacks its 四至 text, then CATCHMENT is missing and the detail says why', () => {
    expect(catchmentDisclosure(2026, []).items[0]!.detail).toContain('no published 2026 zone');
    const noText = catchmentDisclosure(2026, [{ name: '一区', boundaryText: null, stage: 'JUNIOR' }]);
    expect(noText.missing).toEqual(['CATCHMENT']);
    expect(noText.items[0]!.detail).toContain('一区');
  });

  it('when a stage is given, then only that stage counts', () => {
    expect(catchmentDisclosure(2026, [{ name: '一区', boundaryText: 'x', stage: 'JUNIOR' }], 'PRIMARY').missing).toEqual(['CATCHMENT']);
  });
});
