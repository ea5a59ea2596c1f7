import { describe, expect, test } from '@jest/globals';
import { OPEN_DATA_EN, OPEN_DATA_ZH } from './openDataMessages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('OPEN_DATA messages', () => {
  test('when a key has placeholders in Chinese, then the English text has the same ones and is not left in Chinese', () => {
    for (const [key, zh] of Object.entries(OPEN_DATA_ZH)) {
      const en = OPEN_DATA_EN[key as keyof typeof OPEN_DATA_EN];
      expect([key, placeholders(en)]).toEqual([key, placeholders(zh)]);
      if (key !== 'od.lang.switch') expect([key, /[\u4e00-\u9fff]{3,}/.test(en.replace(/（[^）]*）|四至/g, ''))]).toEqual([key, false]);
    }
  });
});
