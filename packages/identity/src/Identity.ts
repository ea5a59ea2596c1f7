/**
 * Who is calling. PUBLIC is anonymous and reads published data only; SCHOOL acts for one school;
 * BUREAU acts for one district (6-digit division code).
 */
export type Identity =
  | { role: 'PUBLIC' }
  | { role: 'SCHOOL'; subject: string; schoolId: string }
  | { role: 'BUREAU'; subject: string; districtCode: string };

export const PUBLIC: Identity = Object.freeze({ role: 'PUBLIC' });

/** Header the gateway sets; subgraphs ignore it unless its signature verifies. */
export const IDENTITY_HEADER = 'x-zsgk-identity';
