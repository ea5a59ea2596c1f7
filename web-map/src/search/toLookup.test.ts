import { describe, expect, test } from '@jest/globals';
import type { AddressCandidate } from '../api/geocodeAddress';
import type { MapSchool } from '../DistrictMap';
import { describeMatch, choiceReason } from './describeMatch';
import { matchedPlace } from './matchedPlace';
import { rankSchools } from './rankSchools';
import { toLookup } from './toLookup';

const candidate = (fields: Partial<AddressCandidate>): AddressCandidate => ({
  id: '0a1b2c3d4e5f', kind: 'STREET_RANGE', name: '建设路', matchedName: '建设路', match: 'NUMBER_IN_RANGE', houseNumber: 16, score: 1,
  lng: null, lat: null, fromNumber: 2, toNumber: 98, parity: 'EVEN', zones: [], yearChanges: [], ...fields,
});
const school = (id: string, name: string, shortName: string | null = null): MapSchool => ({
  id, name, shortName, stages: ['PRIMARY'], ownership: 'PUBLIC', address: '兖州区', enquiryPhone: null, location: null, sampleData: true,
});
const schools = [school('1', '兖州区实验小学', '实验小学'), school('2', '兖州区第一中学', '一中'), school('3', '龙城小学')];

describe('toLookup: whether Enter answers or asks', () => {
  test('when geocode calls its first candidate clear and no school is named like the text, then Enter answers it', () => {
    const lookup = toLookup({ candidates: [candidate({})], clearMatch: true }, []);
    expect(lookup).toEqual({ suggestions: [{ kind: 'ADDRESS', candidate: candidate({}) }], clear: true });
  });

  test('when geocode is not clear (建设路, both sides), then Enter asks', () => {
    const sides = [candidate({ match: 'STREET_WITHOUT_NUMBER', houseNumber: null, score: 0.5 }), candidate({ parity: 'ODD', match: 'STREET_WITHOUT_NUMBER', houseNumber: null, score: 0.5 })];
    expect(toLookup({ candidates: sides, clearMatch: false }, []).clear).toBe(false);
  });

  test('when a school is named like the text, then it rivals a clear address and Enter asks; the better score goes first', () => {
    const compound = candidate({ kind: 'COMPOUND', name: '实验小区', match: 'NAME', score: 1 });
    const lookup = toLookup({ candidates: [compound], clearMatch: true }, rankSchools('实验小学', schools));
    expect(lookup.clear).toBe(false);
    expect(lookup.suggestions.map((s) => s.kind)).toEqual(['ADDRESS', 'SCHOOL']);
    const weak = toLookup({ candidates: [candidate({ kind: 'COMPOUND', name: '实验花园', match: 'SIMILAR_NAME', score: 0.4 })], clearMatch: false }, rankSchools('实验小学', schools));
    expect(weak.suggestions.map((s) => s.kind)).toEqual(['SCHOOL', 'ADDRESS']);
  });
});

describe('rankSchools', () => {
  test('when the text is a short name, part of a name, inside a sentence, or nothing like one, then the scores say so', () => {
    expect(rankSchools('实验小学', schools).map((s) => [s.school.id, s.score])).toEqual([['1', 1]]);
    expect(rankSchools('第一中学', schools).map((s) => [s.school.id, s.score])).toEqual([['2', 0.9]]);
    expect(rankSchools('我家孩子想上龙城小学，怎么报名', schools).map((s) => s.school.id)).toEqual(['3']);
    expect(rankSchools('幸福华庭', schools)).toEqual([]);
    expect(rankSchools('小', schools)).toEqual([]);
  });
});

describe('matchedPlace and describeMatch', () => {
  test('when a street range holds the typed number, then the place keeps the number and the words name the side', () => {
    expect(matchedPlace(candidate({}))).toBe('建设路16号');
    expect(describeMatch(candidate({})).join('')).toBe('按区教育局地址库匹配：建设路16号，属于路段 建设路 2–98号（双号）');
  });

  test('when the number lies outside the range or is missing, then the place is only the street', () => {
    expect(matchedPlace(candidate({ match: 'NUMBER_OUTSIDE_RANGE', houseNumber: 500, score: 0.4 }))).toBe('建设路');
    expect(matchedPlace(candidate({ match: 'STREET_WITHOUT_NUMBER', houseNumber: null }))).toBe('建设路');
    expect(choiceReason(candidate({ match: 'NUMBER_OUTSIDE_RANGE', houseNumber: 500, score: 0.4 }))?.join('')).toContain('500');
  });

  test('when a compound matched by its alias, then the words say which alias', () => {
    const c = candidate({ kind: 'COMPOUND', name: '幸福华庭', matchedName: '幸福', match: 'NAME', houseNumber: null, fromNumber: null, toNumber: null, parity: null });
    expect(matchedPlace(c)).toBe('幸福华庭');
    expect(describeMatch(c).join('')).toBe('按区教育局地址库匹配：小区 幸福华庭（您输入的是别名“幸福”）');
    expect(choiceReason(c)).toBeNull();
  });
});
