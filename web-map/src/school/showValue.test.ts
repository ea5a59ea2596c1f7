import { describe, expect, test } from '@jest/globals';
import { showValue } from './renderVersion';

describe('showValue (how a field is compared between two versions of a record)', () => {
  test('when the value is a list of counts by reason, then it is their sum', () => {
    expect(showValue([{ reason: 'FAMILY_MOVE', count: 3 }, { reason: 'PARENT_JOB', count: 1 }])).toBe('4');
  });

  test('when it is a list of texts, an explanation, a number or nothing, then it reads as the page shows it', () => {
    expect(showValue(['户口簿', '房产证'])).toBe('户口簿、房产证');
    expect(showValue({ reasonCode: 'OTHER', text: '校舍改造' })).toBe('校舍改造');
    expect(showValue(93)).toBe('93');
    expect(showValue(null)).toBe('—');
    expect(showValue([])).toBe('—');
  });
});
