import { describe, expect, it } from '@jest/globals';
import type { AuditEntry } from './AuditEntry';
import { filterAuditEntries } from './filterAuditEntries';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  at: '2026-06-01T08:00:00.000Z', role: 'BUREAU', subject: 'officer1', districtCode: '370812', schoolId: null,
  operationName: null, fields: ['importSchools'], outcome: 'OK', errorCodes: [], clientAddress: null, ...over,
});

describe('filterAuditEntries', () => {
  const entries = [
    entry({}),
    entry({ subject: null, role: 'PUBLIC', fields: ['SIGN_IN_FAILED'], event: 'SIGN_IN_FAILED', account: 'clerk7', outcome: 'ERROR', at: '2026-06-03T08:00:00.000Z' }),
    entry({ subject: 'officer2', fields: ['approveRegisterChange'], at: '2026-05-01T08:00:00.000Z' }),
  ];

  it('when filtered by who, then the account an event happened to counts as well as the actor', () => {
    expect(filterAuditEntries(entries, { who: 'CLERK' }).map((e) => e.fields[0])).toEqual(['SIGN_IN_FAILED']);
  });

  it('when filtered by outcome and start date, then only refused attempts since then remain', () => {
    expect(filterAuditEntries(entries, { outcome: 'ERROR', from: '2026-06-02T00:00:00.000Z' })).toHaveLength(1);
    expect(filterAuditEntries(entries, { from: '2026-05-15T00:00:00.000Z' })).toHaveLength(2);
  });

  it('when filtered by operation, then only that mutation is listed', () => {
    expect(filterAuditEntries(entries, { operation: 'approveRegisterChange' }).map((e) => e.subject)).toEqual(['officer2']);
  });
});
