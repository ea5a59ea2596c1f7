import { maskIdNumber, maskName, maskPerson } from './maskPerson';

describe('maskName', () => {
  it.each([
    ['张三明', '张*明'],
    ['李四', '李*'],
    ['欧阳娜娜', '欧**娜'],
    ['王', '*'],
  ])('when %s is masked, then it reads %s', (name, masked) => expect(maskName(name)).toBe(masked));
});

describe('maskIdNumber', () => {
  it('when an 18-character resident ID is masked, then the first 6 and last 4 stay', () => {
    expect(maskIdNumber('37081220150101123X')).toBe('370812********123X');
  });

  it('when a short number is masked, then at least half of it is hidden', () => {
    const masked = maskIdNumber('E12345678');
    expect(masked).toBe('E1*****78');
    expect(masked.replace(/[^*]/g, '').length).toBeGreaterThanOrEqual(5);
  });
});

describe('maskPerson', () => {
  it('when a person is masked, then name and ID number are masked and the category kept', () => {
    expect(maskPerson({ name: '张三明', idNumber: '370812201901011234', category: 'OTHER' })).toEqual({ name: '张*明', idNumber: '370812********1234', category: 'OTHER' });
  });

  it('when a person has no ID number, then it stays null', () => {
    expect(maskPerson({ name: '李四', idNumber: null })).toEqual({ name: '李*', idNumber: null });
  });
});
