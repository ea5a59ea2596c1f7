/** What happened to an account of the embedded directory (an entry without `event` is a GraphQL mutation). */
export type AccountEvent =
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'ACCOUNT_LOCKED'
  | 'REFRESH_REUSED'
  | 'SIGN_OUT'
  | 'PASSWORD_CHANGED'
  | 'ACCOUNT_CREATED'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_ENABLED'
  | 'PASSWORD_RESET';

/** One audited mutation or account event: who, what, when, and how it ended. */
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
  /** Account events only: what happened (also in `fields`), and the account it happened to. */
  event?: AccountEvent;
  account?: string;
}
