import type { DemoDistrict, GenerateDistrictOptions } from './DemoDistrict';
import { generateDistrict } from './generateDistrict';

export type GenerateSyntheticDistrictOptions = Omit<GenerateDistrictOptions, 'primary' | 'junior' | 'senior'> & {
  /** PRIMARY zones wanted; at least 5. */
  zones: number;
};

/**
 * A district sized by its number of PRIMARY zones, for benchmarks and load runs: zones + 3 primary
 * schools (one private has no zone, two pairs share a zone), 40 % as many junior schools and 10 %
 * as many senior ones. Spacing between schools shrinks below 800 m as needed to fit them in.
 *
 * @example generateSyntheticDistrict({ boundary, districtCode: '370812', districtName: '兖州区', zones: 2000 })
 * // catchments.PRIMARY has exactly 2,000 features
 */
export function generateSyntheticDistrict({ zones, ...options }: GenerateSyntheticDistrictOptions): DemoDistrict {
  if (!Number.isInteger(zones) || zones < 5) throw new Error(`zones must be an integer of at least 5; got ${zones}`);
  return generateDistrict({
    ...options,
    primary: zones + 3,
    junior: Math.max(1, Math.round(zones * 0.4)),
    senior: Math.max(1, Math.round(zones * 0.1)),
  });
}
