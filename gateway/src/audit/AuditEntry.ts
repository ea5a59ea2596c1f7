/** One audited mutation: who, what, when, and how it ended. */
export interface AuditEntry {
  at: Date;
  role: 'PUBLIC' | 'SCHOOL' | 'BUREAU';
  subject: string | null;
  /** The caller's district (BUREAU) or the district the mutation named (input.districtCode). */
  districtCode: string | null;
  /** Other districts the mutation's arguments name (districtCode, input.districtCode): it is filed under each of them too. */
  namedDistrictCodes: string[];
  schoolId: string | null;
  operationName: string | null;
  /** Root mutation fields called, e.g. ["importSchools"]. */
  fields: string[];
  outcome: 'OK' | 'ERROR';
  /** Error codes returned, when any. */
  errorCodes: string[];
  clientAddress: string | null;
}
