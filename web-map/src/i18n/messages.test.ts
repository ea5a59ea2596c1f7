import { describe, expect, test } from '@jest/globals';
import { MESSAGES as ZH_ONLY } from './messages';
import { MESSAGES_EN } from './messagesEn';
import { SCHOOL_MESSAGES } from './schoolMessages';

const MESSAGES = { zh: ZH_ONLY.zh, en: MESSAGES_EN };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Han characters and CJK / full-width punctuation: what must not appear in the English catalogue. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** The one English text that is Chinese on purpose: the button that switches back to Chinese (marked lang="zh-CN"). */
const CHINESE_ON_PURPOSE = new Set(['lang.switch']);

describe('MESSAGES', () => {
  test('when a key has placeholders in Chinese, then the English text has the same ones', () => {
    for (const [key, zh] of Object.entries(MESSAGES.zh)) {
      expect([key, placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en])]).toEqual([key, placeholders(zh)]);
    }
  });

  test('when the page and school page catalogues are read, then every key has a non-empty text in both languages and the English has no Chinese', () => {
    for (const catalogue of [MESSAGES, SCHOOL_MESSAGES] as Record<'zh' | 'en', Record<string, string>>[]) {
      expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.zh).sort());
      for (const [key, zh] of Object.entries(catalogue.zh)) {
        const en = catalogue.en[key]!;
        expect([key, zh.length > 0, en.length > 0]).toEqual([key, true, true]);
        if (!CHINESE_ON_PURPOSE.has(key)) expect([key, CJK.test(en)]).toEqual([key, false]);
      }
    }
  });
});
