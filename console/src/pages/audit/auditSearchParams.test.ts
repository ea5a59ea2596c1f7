import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { auditSearchParams } from './auditSearchParams';

describe('auditSearchParams', () => {
  it('when only a page is asked, then only page and pageSize are sent', () => {
    expect(auditSearchParams({}, 2, 50).toString()).toBe('page=2&pageSize=50');
  });

  it('when every filter is set, then each is sent and the last day is included up to the next midnight', () => {
    const params = auditSearchParams({ who: ' officer1 ', operation: 'updateSchool', outcome: 'ERROR', dates: [dayjs('2026-06-01T15:00:00'), dayjs('2026-06-03T09:00:00')] }, 1, 50);
    expect(params.get('who')).toBe('officer1');
    expect(params.get('operation')).toBe('updateSchool');
    expect(params.get('outcome')).toBe('ERROR');
    expect(params.get('from')).toBe(dayjs('2026-06-01T00:00:00').toISOString());
    expect(params.get('to')).toBe(dayjs('2026-06-04T00:00:00').toISOString());
  });
});
