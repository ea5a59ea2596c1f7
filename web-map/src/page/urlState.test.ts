import { describe, expect, test } from '@jest/globals';
import { readUrlState, writeUrlState } from './urlState';

describe('urlState', () => {
  test('when a state is written and read back, then location, place, year and language survive', () => {
    const state = { lng: 116.806847, lat: 35.685093, year: 2025, lang: 'en' as const, place: '幸福小区' };
    expect(readUrlState(writeUrlState(state))).toEqual(state);
  });

  test('when only one coordinate or a bad year is given, then neither location nor year is taken', () => {
    expect(readUrlState('?lng=116.8&year=20x6')).toEqual({ lng: null, lat: null, year: null, lang: 'zh', place: null });
  });

  test('when nothing is chosen, then the query string is empty', () => {
    expect(writeUrlState({ lng: null, lat: null, year: null, lang: 'zh', place: null })).toBe('');
  });
});
