import { createHash } from 'node:crypto';

/** One example the open-data page shows as curl commands: the query, its variables and its SHA-256 (for GET). */
export interface ApiExample {
  id: 'post' | 'persisted' | 'head' | 'schools';
  query: string;
  variables: Record<string, unknown>;
  sha256: string;
}

const example = (id: ApiExample['id'], query: string, variables: Record<string, unknown>): ApiExample => ({
  id,
  query,
  variables,
  sha256: createHash('sha256').update(query).digest('hex'),
});

/**
 * The public API examples for a district and year. Variables carry every value, so the query text
 * (and its persisted-query hash) is the same for every district and the JSON needs no shell quoting.
 */
export function apiExamples(districtCode: string, year: number): ApiExample[] {
  return [
    example(
      'post',
      'query Results($districtCode: String!, $year: Int!) { admissionResults(districtCode: $districtCode, year: $year) { school { id name } stage plannedSeats applicants admitted explanation { text } contentHash } }',
      { districtCode, year },
    ),
    example(
      'persisted',
      'query Zones($districtCode: String!, $year: Int!) { catchments(districtCode: $districtCode, year: $year, stage: PRIMARY) { id name boundaryText schools { id name } version } }',
      { districtCode, year },
    ),
    example('head', 'query Head($districtCode: String!) { publicationLogHead(districtCode: $districtCode) { treeSize rootHash timestamp signature } }', { districtCode }),
    example(
      'schools',
      'query Schools($districtCode: String!, $after: String) { schools(filter: { districtCode: $districtCode }, first: 500, after: $after) { nodes { id name address enquiryPhone } endCursor hasNextPage } }',
      { districtCode, after: null },
    ),
  ];
}
