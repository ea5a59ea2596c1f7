import { describe, expect, test } from '@jest/globals';
import { MESSAGES } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('MESSAGES', () => {
  test('when a key has placeholders in Chinese, then the English text has the same ones', () => {
    for (const [key, zh] of Object.entries(MESSAGES.zh)) {
      expect([key, placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en])]).toEqual([key, placeholders(zh)]);
    }
  });
});
