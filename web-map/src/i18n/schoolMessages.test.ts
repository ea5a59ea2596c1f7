import { describe, expect, test } from '@jest/globals';
import { SCHOOL_MESSAGES } from './schoolMessages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('SCHOOL_MESSAGES', () => {
  test('when a school page key has placeholders in Chinese, then the English text has the same ones', () => {
    for (const [key, zh] of Object.entries(SCHOOL_MESSAGES.zh)) {
      expect([key, placeholders(SCHOOL_MESSAGES.en[key as keyof typeof SCHOOL_MESSAGES.en])]).toEqual([key, placeholders(zh)]);
    }
  });
});
