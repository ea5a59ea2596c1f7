import type { ZonedStage } from '../DistrictMap';
import { postGraphql } from './postGraphql';

/** A published version's log identity as its service serves it now (recordId, contentHash). */
export interface RecordHash {
  recordId: string;
  /** Null when the service could not read the stored version. */
  contentHash: string | null;
}

/** The log identities of everything the year's answer can show, by the ids the page already holds. */
export interface RecordHashes {
  /** By zone id: the zone set version it belongs to. */
  zones: Map<string, RecordHash>;
  /** By rules id (the rules' id is their recordId). */
  rules: Map<string, RecordHash>;
  /** By school id: the register entry in force. */
  schools: Map<string, RecordHash>;
  /** By `${schoolId}:${year}:${stage}`: every round's result. */
  results: Map<string, RecordHash[]>;
}

const HASH = 'recordId contentHash';
export const RECORD_HASHES_QUERY = `query RecordHashes($districtCode: String!, $year: Int!, $y1: Int!, $y2: Int!) {
  primaryZones: catchments(districtCode: $districtCode, year: $year, stage: PRIMARY) { id ${HASH} }
  juniorZones: catchments(districtCode: $districtCode, year: $year, stage: JUNIOR) { id ${HASH} }
  primaryRules: enrolmentRules(districtCode: $districtCode, year: $year, stage: PRIMARY) { id ${HASH} }
  juniorRules: enrolmentRules(districtCode: $districtCode, year: $year, stage: JUNIOR) { id ${HASH} }
  results0: admissionResults(districtCode: $districtCode, year: $year) { school { id } year stage ${HASH} }
  results1: admissionResults(districtCode: $districtCode, year: $y1) { school { id } year stage ${HASH} }
  results2: admissionResults(districtCode: $districtCode, year: $y2) { school { id } year stage ${HASH} }
  schools(filter: { districtCode: $districtCode }, first: 500) { nodes { id ${HASH} } }
}`;

type WithId = RecordHash & { id: string };
type Result = RecordHash & { school: { id: string }; year: number; stage: ZonedStage };
type Answer = Partial<Record<'primaryZones' | 'juniorZones' | 'primaryRules' | 'juniorRules', WithId[] | null>> &
  Partial<Record<'results0' | 'results1' | 'results2', Result[] | null>> & { schools?: { nodes: WithId[] } | null };

const byId = (rows: (WithId[] | null | undefined)[]) => new Map(rows.flatMap((list) => list ?? []).map(({ id, recordId, contentHash }) => [id, { recordId, contentHash }]));

/**
 * The recordId and contentHash of the year's zones, rules, results and the district's schools, in one
 * request sent after the answer is drawn (never on its critical path). A part that fails is left empty:
 * its records then show as not checked.
 */
export async function fetchRecordHashes(gatewayUrl: string, districtCode: string, year: number): Promise<RecordHashes> {
  const data = await postGraphql<Answer>(gatewayUrl, RECORD_HASHES_QUERY, { districtCode, year, y1: year - 1, y2: year - 2 }, { partial: true });
  const results = new Map<string, RecordHash[]>();
  for (const r of [data.results0, data.results1, data.results2].flatMap((list) => list ?? [])) {
    const key = `${r.school.id}:${r.year}:${r.stage}`;
    results.set(key, [...(results.get(key) ?? []), { recordId: r.recordId, contentHash: r.contentHash }]);
  }
  return {
    zones: byId([data.primaryZones, data.juniorZones]),
    rules: byId([data.primaryRules, data.juniorRules]),
    schools: byId([data.schools?.nodes]),
    results,
  };
}
