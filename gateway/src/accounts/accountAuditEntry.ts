import type { AccountEvent, AuditEntry } from '../audit/AuditEntry';
import type { AccountRecord } from './Account';

/**
 * The audit-log entry of an account event, filed under the account's district (so its bureau's
 * GET /audit shows it). `actor` is who acted: the account itself for sign-ins, a bureau officer for
 * account changes, nobody (PUBLIC) for a failed sign-in. An unknown username has no district.
 */
export function accountAuditEntry(
  event: AccountEvent,
  account: Pick<AccountRecord, 'username' | 'districtCode' | 'schoolId'> | { username: string; districtCode: null; schoolId: null },
  actor: Pick<AccountRecord, 'username' | 'role' | 'schoolId'> | null,
  clientAddress: string | undefined,
  failed = false,
): AuditEntry {
  return {
    at: new Date(),
    role: actor?.role ?? 'PUBLIC',
    subject: actor?.username ?? null,
    districtCode: account.districtCode,
    namedDistrictCodes: [],
    schoolId: actor ? actor.schoolId : account.schoolId,
    operationName: null,
    fields: [event],
    outcome: failed ? 'ERROR' : 'OK',
    errorCodes: failed ? [event] : [],
    clientAddress: clientAddress ?? null,
    event,
    account: account.username,
  };
}
