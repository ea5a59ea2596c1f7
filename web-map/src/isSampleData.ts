import type { DistrictMap } from './DistrictMap';

/** True when anything on the page is demonstration data, which must be labelled wherever it is shown. */
export function isSampleData({ district, schools }: DistrictMap): boolean {
  return district.sampleData || schools.some((school) => school.sampleData);
}
