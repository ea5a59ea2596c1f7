import type { RequestContext } from '@zsgk/subgraph-host';
import DataLoader from 'dataloader';
import type { AdmissionResult, EnrolmentRules } from '../admissions/Admission';
import type { AdmissionStores } from '../data/AdmissionModels';

export interface AdmissionsContext extends RequestContext {
  stores: AdmissionStores;
  /** Published results per school id, batched: one query for every School in a response. */
  resultsBySchool: DataLoader<string, AdmissionResult[]>;
  /** Rules in force per district code, batched. */
  rulesByDistrict: DataLoader<string, EnrolmentRules[]>;
}

export function createLoaders(stores: AdmissionStores): Pick<AdmissionsContext, 'resultsBySchool' | 'rulesByDistrict'> {
  return {
    resultsBySchool: new DataLoader(async (ids) => {
      const results = await stores.results.find({ schoolId: { $in: [...ids] } });
      return ids.map((id) => results.filter((r) => r.schoolId === id));
    }),
    rulesByDistrict: new DataLoader(async (codes) => {
      const rules = await stores.rules.find({ districtCode: { $in: [...codes] } });
      return codes.map((code) => rules.filter((r) => r.districtCode === code));
    }),
  };
}
