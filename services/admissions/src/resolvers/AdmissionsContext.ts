import type { RequestContext } from '@zsgk/subgraph-host';
import DataLoader from 'dataloader';
import type { RowProblem } from '@zsgk/errors';
import type { AdmissionResult, EnrolmentPlan, EnrolmentRules, ResultFields, SchoolRules, TransferReport } from '../admissions/Admission';
import type { WorkingDayCalendar } from '@zsgk/working-days';
import type { AdmissionStores } from '../data/AdmissionModels';
import type { NamedListFields } from '../namedLists/NamedList';
import type { PolicyDocument } from '../policy/PolicyDocument';
import type { SchoolDirectory } from '../schoolsApi/SchoolDirectory';
import type { Published } from '../admissions/Admission';
import type { SubmissionWorkflow } from '../workflow/SubmissionWorkflow';
import type { PlanChecks } from '../plans/checkPlans';
import type { PolicyChanges } from '../policy/PolicyChanges';
import type { Publisher } from '../publication/Publisher';
import type { PublishedKind, StoredVersion } from '../publication/VersionChange';
import type { BureauChanges } from '../review/BureauChanges';
import type { DistrictScope } from '../scope/DistrictScope';

/** What lives for the whole process: stores, workflows, directory, calendar. */
export interface AdmissionsServices {
  stores: AdmissionStores;
  workflow: SubmissionWorkflow;
  directory: SchoolDirectory;
  calendar: WorkingDayCalendar;
  /** Working days a decision may wait for publication (config PUBLICATION_WORKING_DAYS). */
  publicationWorkingDays: number;
  /** District scope of bureau writes (refusals audited under the targeted district). */
  scope: DistrictScope;
  /** Review of bureau publications. */
  changes: BureauChanges;
  policyChanges: PolicyChanges;
  publisher: Publisher;
  /** Checks a result's preferential admissions against the published policy documents, and its plannedSeats against the published plan. */
  checkResult: (fields: ResultFields, row?: number) => Promise<RowProblem[]>;
  /** Checks a plan is published before registration opens. */
  checkPlan: PlanChecks['plan'];
}

export interface AdmissionsContext extends RequestContext, AdmissionsServices {
  /** Published results per school id, batched: one query for every School in a response. */
  resultsBySchool: DataLoader<string, AdmissionResult[]>;
  /** Rules in force per district code, batched. */
  rulesByDistrict: DataLoader<string, EnrolmentRules[]>;
  transfersBySchool: DataLoader<string, TransferReport[]>;
  schoolRulesBySchool: DataLoader<string, SchoolRules[]>;
  plansBySchool: DataLoader<string, EnrolmentPlan[]>;
  namedListsBySchool: DataLoader<string, (NamedListFields & Published)[]>;
  /** Policy documents by `${districtCode}/${documentNumber}`. */
  policyById: DataLoader<string, PolicyDocument | null>;
  /**
   * Stored published versions by kind and record id, batched: the verifier asks for hundreds of log
   * entries at once, and FerretDB 1.x scans the collection for every read, even by `_id` (200 entries
   * one read each: 15 s under load; batched: one read per kind). Batches of 200 ids, as FerretDB checks
   * a long `$in` element by element. Behind `admissionsContent` and the records' `contentHash`.
   */
  versions: DataLoader<{ kind: PublishedKind; recordId: string }, StoredVersion<object> | null, string>;
}

type Loaders = Omit<AdmissionsContext, keyof RequestContext | keyof AdmissionsServices>;

const bySchool = <T extends { schoolId: string | null }>(find: (filter: Record<string, unknown>) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const rows = await find({ schoolId: { $in: [...ids] } });
    return ids.map((id) => rows.filter((r) => r.schoolId === id));
  });

export function createLoaders(stores: AdmissionStores, publisher: Publisher): Loaders {
  return {
    versions: new DataLoader((refs) => publisher.findVersions(refs), { cacheKeyFn: (ref) => `${ref.kind} ${ref.recordId}`, maxBatchSize: 200 }),
    resultsBySchool: bySchool((f) => stores.results.find(f)),
    transfersBySchool: bySchool((f) => stores.transfers.find(f)),
    schoolRulesBySchool: bySchool((f) => stores.schoolRules.find(f)),
    plansBySchool: bySchool((f) => stores.plans.find(f)),
    namedListsBySchool: bySchool((f) => stores.namedLists.find(f)),
    rulesByDistrict: new DataLoader(async (codes) => {
      const rules = await stores.rules.find({ districtCode: { $in: [...codes] } });
      return codes.map((code) => rules.filter((r) => r.districtCode === code));
    }),
    policyById: new DataLoader(async (ids) => {
      const docs = await stores.policies.findByIds(ids);
      return ids.map((id) => docs.get(id) ?? null);
    }),
  };
}
