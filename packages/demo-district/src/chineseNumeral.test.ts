import { chineseNumeral } from './chineseNumeral';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [2030, '二千零三十'],
  ])('when given %i, then it writes %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('when given 0, then it throws', () => {
    expect(() => chineseNumeral(0)).toThrow(/1 to 9999/);
  });
});
