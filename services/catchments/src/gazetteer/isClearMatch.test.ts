import { describe, expect, it } from '@jest/globals';
import { editSimilarity } from './editSimilarity';
import { gazetteerEntryId } from './gazetteerEntryId';
import { GazetteerIndex } from './GazetteerIndex';
import type { GazetteerEntry } from './GazetteerEntry';
import { isClearMatch } from './isClearMatch';
import { normalizeAddress } from './normalizeAddress';

const YANZHOU = { districtCode: '370812', districtName: '兖州区' };
let row = 1;
const entry = (fields: Partial<GazetteerEntry>): GazetteerEntry => ({
  row: ++row, kind: 'COMPOUND', name: '', aliases: [], fromNumber: null, toNumber: null, parity: null, point: [116.8, 35.55], assignments: [], ...fields,
});
const index = new GazetteerIndex(
  [
    entry({ name: '幸福华庭', aliases: ['幸福'] }),
    entry({ name: '龙城家园', aliases: ['龙城'] }),
    entry({ name: '九州花园' }),
    entry({ kind: 'STREET_RANGE', name: '建设路', fromNumber: 1, toNumber: 99, parity: 'ODD', point: null }),
    entry({ kind: 'STREET_RANGE', name: '建设路', fromNumber: 2, toNumber: 98, parity: 'EVEN', point: null }),
    entry({ kind: 'STREET_RANGE', name: '府前街', fromNumber: 1, toNumber: 60, parity: 'ALL', point: null }),
    entry({ kind: 'STREET_RANGE', name: '九州路', fromNumber: 2, toNumber: 46, parity: 'EVEN', point: null }),
    entry({ name: '九州公寓', aliases: ['九州'] }),
    entry({ kind: 'STREET_RANGE', name: '太白路', fromNumber: 2, toNumber: 40, parity: 'EVEN', point: null }),
    entry({ kind: 'STREET_RANGE', name: '太白东路', fromNumber: 2, toNumber: 40, parity: 'EVEN', point: null }),
    entry({ kind: 'STREET_RANGE', name: '府前街', fromNumber: 50, toNumber: 80, parity: 'ALL', point: null }),
  ],
  YANZHOU,
);
const clear = (text: string) => isClearMatch(index.search(normalizeAddress(text, YANZHOU), 5));

describe('isClearMatch', () => {
  it.each(['建设路16号', '建设路15号', '山东省济宁市兖州区建设路１６号3单元501室', '幸福华庭', '幸福', '龙城家园2栋', '九州路8号', '太白东路16号', '太白路16号'])(
    'when the text is %s (an exact name or a number inside exactly one range; an alias inside the street does not count), then it is a clear match',
    (text) => expect(clear(text)).toBe(true),
  );

  it.each([
    ['建设路', 'a street without a number: both sides'],
    ['幸福小区', 'only the alias 幸福 is inside it, 幸福华庭 is another name'],
    ['龙城花园', 'only the alias 龙城 is inside it'],
    ['建设路16', 'no 号'],
    ['建设15号', 'no 路'],
    ['建设露16号', 'a typo'],
    ['建设路500号', 'a number past every range'],
    ['我家住在建设路16号请问对口哪所学校', 'a pasted sentence'],
    ['府前街55号', 'two ranges hold 55'],
    ['建设路16号九州花园', 'a street number and a compound: two places'],
    ['九州路8号九州公寓', 'a street number and a compound named after the street'],
    ['实验小学', 'nothing in the gazetteer'],
  ])('when the text is %s (%s), then it is not a clear match', (text) => expect(clear(text)).toBe(false));

  it('when the best is exact and the runner-up scores just under 0.8, then it is clear; at 0.8, not', () => {
    expect(isClearMatch([{ score: 1, match: 'NAME' }, { score: 0.799, match: 'SIMILAR_NAME' }])).toBe(true);
    expect(isClearMatch([{ score: 1, match: 'NAME' }, { score: 0.8, match: 'NAME_IN_TEXT' }])).toBe(false);
    expect(isClearMatch([{ score: 1, match: 'EXTERNAL' }])).toBe(false);
    expect(isClearMatch([])).toBe(false);
  });
});

describe('gazetteerEntryId and editSimilarity', () => {
  it('when an entry is re-imported at another row with another zone, then its id stays; another range gets another id', () => {
    const even = entry({ kind: 'STREET_RANGE', name: '建设路', fromNumber: 2, toNumber: 98, parity: 'EVEN' });
    const moved: GazetteerEntry = { ...even, row: 99, assignments: [{ stage: 'PRIMARY', zone: '东区' }] };
    expect(gazetteerEntryId(moved)).toBe(gazetteerEntryId(even));
    expect(gazetteerEntryId(even)).toMatch(/^[0-9a-f]{12}$/);
    expect(gazetteerEntryId({ ...even, parity: 'ODD' })).not.toBe(gazetteerEntryId(even));
  });

  it('when one character of three differs, then the edit similarity is 2/3', () => {
    expect(editSimilarity('建设露', '建设路')).toBeCloseTo(2 / 3);
    expect(editSimilarity('建设', '建设路')).toBeCloseTo(2 / 3);
    expect(editSimilarity('九州路', '九州路')).toBe(1);
    expect(editSimilarity('', '')).toBe(0);
  });
});
