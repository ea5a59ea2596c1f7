import { describe, expect, test } from '@jest/globals';
import { readUrlState, writeUrlState, type UrlState } from './urlState';

const none: UrlState = { lng: null, lat: null, year: null, district: null, lang: 'zh', place: null, entry: null, school: null };

describe('urlState', () => {
  test.each<[string, UrlState]>([
    ['a street address with its entry (the side of the street)', { ...none, place: '建设路16号', entry: '0a1b2c3d4e5f', year: 2026, district: '370812' }],
    ['a compound with its entry and point, in English', { ...none, place: '幸福华庭', entry: 'ffffffffffff', lng: 116.806847, lat: 35.685093, year: 2025, district: '370812', lang: 'en' }],
    ['a point', { ...none, lng: 116.8, lat: 35.6, year: 2026, district: '370812' }],
    ['a school page', { ...none, school: '2137081007', year: 2026, district: '370812' }],
  ])('when %s is written and read back, then every field survives', (_kind, state) => {
    expect(readUrlState(writeUrlState(state))).toEqual(state);
  });

  test('when a street address is written, then the URL carries the house number, not only the street', () => {
    const query = writeUrlState({ ...none, place: '建设路16号', entry: '0a1b2c3d4e5f', year: 2026, district: '370812' });
    expect(new URLSearchParams(query).get('place')).toBe('建设路16号');
    expect(query).toBe('?place=%E5%BB%BA%E8%AE%BE%E8%B7%AF16%E5%8F%B7&entry=0a1b2c3d4e5f&year=2026&district=370812');
  });

  test('when only one coordinate, a bad year, a bad district or a malformed entry is given, then that part is dropped', () => {
    expect(readUrlState('?lng=116.8&year=20x6&district=3708&entry=zz')).toEqual(none);
    expect(readUrlState('?place=幸福华庭&entry=not-an-id')).toEqual({ ...none, place: '幸福华庭' });
  });

  test('when an entry comes without the text it was matched from, then it is dropped', () => {
    expect(readUrlState('?entry=0a1b2c3d4e5f')).toEqual(none);
    expect(writeUrlState({ ...none, entry: '0a1b2c3d4e5f' })).toBe('');
  });

  test('when a school code is not 10 digits, then no school page is asked for', () => {
    expect(readUrlState('?school=2137081007x')).toEqual(none);
    expect(readUrlState('?school=123')).toEqual(none);
    expect(readUrlState('?school=2137081007&year=2026').school).toBe('2137081007');
  });

  test('when nothing is chosen, then the query string is empty', () => {
    expect(writeUrlState(none)).toBe('');
  });
});
