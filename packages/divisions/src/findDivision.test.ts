import { findDivision } from './findDivision';

describe('findDivision', () => {
  it('when asked for county-level codes from two provinces, then both are known by name', () => {
    expect(findDivision('370812')).toEqual({ code: '370812', name: '兖州区', level: 'COUNTY' });
    expect(findDivision('120116')).toEqual({ code: '120116', name: '滨海新区', level: 'COUNTY' });
  });

  it('when asked for a prefecture-level city, then it is known as a prefecture', () => {
    expect(findDivision('370800')).toMatchObject({ name: '济宁市', level: 'PREFECTURE' });
  });

  it('when the code is well-formed but unassigned, a province, or malformed, then it is null', () => {
    expect(findDivision('370899')).toBeNull();
    expect(findDivision('370000')).toBeNull();
    expect(findDivision('37081')).toBeNull();
    expect(findDivision('3708120')).toBeNull();
  });
});
