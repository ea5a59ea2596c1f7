import { bigramSimilarity } from './bigramSimilarity';
import type { GazetteerEntry } from './GazetteerEntry';
import { GazetteerIndex, rangeHolds } from './GazetteerIndex';
import { normalizeAddress } from './normalizeAddress';

const YANZHOU = { districtCode: '370812', districtName: '兖州区' };
let row = 1;
const entry = (fields: Partial<GazetteerEntry>): GazetteerEntry => ({
  row: ++row, kind: 'COMPOUND', name: '', aliases: [], fromNumber: null, toNumber: null, parity: null, point: [116.8, 35.55], assignments: [], ...fields,
});
const index = new GazetteerIndex(
  [
    entry({ name: '幸福小区', aliases: ['幸福里'] }),
    entry({ name: '幸福家园' }),
    entry({ name: '龙城花园' }),
    entry({ kind: 'ADDRESS', name: '建设路15号' }),
    entry({ kind: 'STREET_RANGE', name: '建设路', fromNumber: 1, toNumber: 99, parity: 'ODD', point: null }),
    entry({ kind: 'STREET_RANGE', name: '建设路', fromNumber: 2, toNumber: 98, parity: 'EVEN', point: null }),
    entry({ kind: 'STREET_RANGE', name: '九州大街', fromNumber: 1, toNumber: 200, parity: 'ALL' }),
  ],
  YANZHOU,
);
const search = (text: string, limit = 5) => index.search(normalizeAddress(text, YANZHOU), limit).map((m) => [m.entry.name, m.score, m.entry.parity]);

describe('GazetteerIndex', () => {
  it('when a house number is odd, then the 单号 range of that street answers, not the 双号 one', () => {
    expect(search('建设路37号')).toEqual([['建设路', 1, 'ODD']]);
    expect(search('建设路38号')).toEqual([['建设路', 1, 'EVEN']]);
  });

  it('when the house number is outside every range, then no range answers', () => {
    expect(search('建设路101号')).toEqual([]);
  });

  it('when the street is written 九州街 for 九州大街 with full-width digits, then its range answers exactly', () => {
    expect(search('兖州区九州街１２０号')).toEqual([['九州大街', 1, 'ALL']]);
  });

  it('when a street is named without a number, then each range is offered at half confidence', () => {
    const ranges = search('建设路').filter(([, , parity]) => parity !== null);
    expect(ranges.map(([, score]) => score)).toEqual([0.5, 0.5]);
  });

  it('when the text names an exact compound, then it ranks first with score 1 and similar compounds follow lower', () => {
    const found = search('幸福小区5栋2单元');
    expect(found[0]).toEqual(['幸福小区', 1, null]);
    expect(found.map(([name]) => name)).toContain('幸福家园');
    expect(found[1]![1]).toBeLessThan(1);
  });

  it('when an alias is typed, then its compound is found', () => {
    expect(search('幸福里')[0]).toEqual(['幸福小区', 1, null]);
  });

  it('when a typo changes one character, then the compound is still the best candidate', () => {
    expect(search('龙成花园')[0]![0]).toBe('龙城花园');
  });

  it('when the address contains a compound name after the street, then both the address row and the compound are candidates', () => {
    const names = search('建设路15号龙城花园').map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['建设路15号', '龙城花园', '建设路']));
  });

  it('when nothing is similar, then there are no candidates', () => {
    expect(search('人民医院')).toEqual([]);
  });
});

describe('rangeHolds and bigramSimilarity', () => {
  it('when numbers are checked against 单号/双号/全部 ranges, then parity and bounds both count', () => {
    expect(rangeHolds({ fromNumber: 1, toNumber: 99, parity: 'ODD' }, 99)).toBe(true);
    expect(rangeHolds({ fromNumber: 1, toNumber: 99, parity: 'ODD' }, 98)).toBe(false);
    expect(rangeHolds({ fromNumber: 2, toNumber: 98, parity: 'EVEN' }, 100)).toBe(false);
    expect(rangeHolds({ fromNumber: 2, toNumber: 98, parity: 'ALL' }, 3)).toBe(true);
  });

  it('when two names share some bigrams, then the similarity is the Dice coefficient', () => {
    expect(bigramSimilarity('幸福小区', '幸福小区')).toBe(1);
    expect(bigramSimilarity('幸福小区', '幸福家园')).toBeCloseTo(1 / 3);
    expect(bigramSimilarity('幸福', '龙城')).toBe(0);
  });
});
