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

  it('when the house number is past every range, then the ranges are offered as suggestions, same parity first, none exact', () => {
    const found = index.search(normalizeAddress('建设路101号', YANZHOU), 5);
    expect(found.map((m) => [m.entry.parity, m.match, m.houseNumber, m.score])).toEqual([
      ['ODD', 'NUMBER_OUTSIDE_RANGE', 101, 0.4],
      ['EVEN', 'NUMBER_OUTSIDE_RANGE', 101, 0.3],
    ]);
  });

  it('when one range holds the number, then the other side of the street is not offered', () => {
    expect(index.search(normalizeAddress('建设路16号', YANZHOU), 5).map((m) => [m.entry.parity, m.match, m.houseNumber])).toEqual([['EVEN', 'NUMBER_IN_RANGE', 16]]);
  });

  it.each([
    ['建设路16', 'no 号', 0.75],
    ['建设16号', 'no 路', 0.5],
    ['建设露16号', 'a typo', 0.5],
    ['请问我家住在建设路16号对口哪所小学', 'a pasted sentence', 0.7],
  ])('when the text is %s (%s), then the 双号 range is offered with number 16 below score 1', (text, _why, score) => {
    const [best] = index.search(normalizeAddress(text, YANZHOU), 5);
    expect([best!.entry.name, best!.entry.parity, best!.match, best!.houseNumber]).toEqual(['建设路', 'EVEN', 'NUMBER_IN_RANGE', 16]);
    expect(best!.score).toBeCloseTo(score, 2);
  });

  it('when a street name is mistyped without a number, then its ranges are offered as streets without number', () => {
    expect(index.search(normalizeAddress('建设露', YANZHOU), 5).map((m) => [m.entry.name, m.match])).toEqual([
      ['建设路', 'STREET_WITHOUT_NUMBER'],
      ['建设路', 'STREET_WITHOUT_NUMBER'],
    ]);
  });

  it('when the text is a known street, then a shorter street inside it is not offered as well', () => {
    const streets = new GazetteerIndex(
      [entry({ kind: 'STREET_RANGE', name: '中御桥路', fromNumber: 1, toNumber: 9, parity: 'ALL', point: null }), entry({ kind: 'STREET_RANGE', name: '御桥路', fromNumber: 1, toNumber: 9, parity: 'ALL', point: null })],
      YANZHOU,
    );
    expect(streets.search(normalizeAddress('中御桥路5号', YANZHOU), 5).map((m) => [m.entry.name, m.score])).toEqual([['中御桥路', 1]]);
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

  it('when a compound\'s alias is inside a longer name, then it matches as a name in the text, not as the name', () => {
    const [best] = index.search(normalizeAddress('幸福里花园', YANZHOU), 5);
    expect([best!.entry.name, best!.match]).toEqual(['幸福小区', 'NAME_IN_TEXT']);
    expect(best!.score).toBeLessThan(1);
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
