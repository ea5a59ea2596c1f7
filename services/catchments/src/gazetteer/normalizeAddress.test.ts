import { chineseToNumber } from './chineseDigits';
import { compoundCore, normalizeAddress } from './normalizeAddress';

const YANZHOU = { districtCode: '370812', districtName: '兖州区' };

describe('normalizeAddress', () => {
  it('when an address has full-width digits, Chinese numerals and its own province, city and district, then they are normalised and stripped', () => {
    expect(normalizeAddress('山东省济宁市兖州区建设路１５号幸福小区三号楼２单元501室', YANZHOU)).toEqual({
      text: '建设路15号幸福小区3栋2单元501室',
      place: '建设路15号幸福小区',
      street: '建设路',
      houseNumber: 15,
      building: '3',
      unit: 2,
      room: '501',
    });
  });

  it.each([
    ['幸福小区3幢', '幸福小区3栋'],
    ['幸福小区3号楼', '幸福小区3栋'],
    ['幸福小区3#楼', '幸福小区3栋'],
    ['ＡＢＣ花园ａ座', 'ABC花园A栋'],
    ['幸福小区第十二栋', '幸福小区12栋'],
    ['建设大街23号', '建设街23号'],
    ['红旗胡同5号院', '红旗巷5号'],
    ['  幸福 小区（东区） ', '幸福小区东区'],
  ])('when the text is %s, then it reads %s', (raw, normalized) => {
    expect(normalizeAddress(raw, YANZHOU).text).toBe(normalized);
  });

  it('when the district is written without 区 or the city without the district, then only its own names are stripped', () => {
    expect(normalizeAddress('兖州建设路3号', YANZHOU).street).toBe('建设路');
    expect(normalizeAddress('济宁市兖州区九州花园', YANZHOU).text).toBe('九州花园');
    // Another district of the same city is not ours: kept, so it cannot match by accident.
    expect(normalizeAddress('济宁市任城区九州花园', YANZHOU).text).toBe('济宁市任城区九州花园');
  });

  it('when a street address follows a subdistrict (街道), then the street alone is read', () => {
    expect(normalizeAddress('鼓楼街道建设路15号', YANZHOU)).toMatchObject({ street: '建设路', houseNumber: 15 });
  });

  it('when building, unit and room are written 3-2-501 after a compound, then they are read as such', () => {
    expect(normalizeAddress('幸福小区3-2-501', YANZHOU)).toMatchObject({ place: '幸福小区', building: '3', unit: 2, room: '501' });
  });

  it('when the district name is unknown, then only the province is stripped', () => {
    expect(normalizeAddress('山东省兖州区建设路3号', { districtCode: '370812' }).text).toBe('兖州区建设路3号');
  });
});

describe('compoundCore and chineseToNumber', () => {
  it('when a compound name ends in a generic suffix, then the core drops it but never goes below two characters', () => {
    expect(compoundCore('幸福小区')).toBe('幸福');
    expect(compoundCore('福小区')).toBe('福小区');
  });

  it.each([['十二', 12], ['二十', 20], ['一百零五', 105], ['二〇五', 205], ['两', 2], ['十里', NaN]])('when %s is read, then it is %s', (text, n) => {
    expect(chineseToNumber(text)).toBe(n);
  });
});
