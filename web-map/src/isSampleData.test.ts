import { describe, expect, test } from '@jest/globals';
import type { DistrictMap, MapSchool } from './DistrictMap';
import { isSampleData } from './isSampleData';

function districtMap(districtSample: boolean, schoolSamples: boolean[]): DistrictMap {
  const school = (sampleData: boolean, n: number): MapSchool => ({
    id: String(3708120000 + n),
    name: `第${n}小学`,
    shortName: null,
    stages: ['PRIMARY'],
    ownership: 'PUBLIC',
    address: '建设路',
    enquiryPhone: null,
    location: null,
    sampleData,
  });
  return {
    district: { code: '370812', name: '兖州区', sampleData: districtSample, boundary: null },
    schools: schoolSamples.map(school),
    zoneSets: [],
  };
}

describe('isSampleData', () => {
  test('when neither district nor schools are sample data, then the banner stays hidden', () => {
    expect(isSampleData(districtMap(false, [false, false]))).toBe(false);
  });

  test('when only the district is sample data, then the banner shows', () => {
    expect(isSampleData(districtMap(true, [false]))).toBe(true);
  });

  test('when one school among real ones is sample data, then the banner shows', () => {
    expect(isSampleData(districtMap(false, [false, true, false]))).toBe(true);
  });
});
