import { describe, expect, it } from '@jest/globals';
import { maskEntry } from './maskEntry';

describe('maskEntry', () => {
  it('when a person is previewed, then the name keeps its first and last character and the ID number its first 6 and last 4', () => {
    expect(maskEntry({ name: '张三明', idNumber: '370812201901011234', category: 'OTHER' })).toEqual({ name: '张*明', idNumber: '370812********1234', category: 'OTHER' });
  });

  it('when the name has two characters or the number is short, then at least half stays hidden', () => {
    expect(maskEntry({ name: '李四', idNumber: 'AB123456' })).toEqual({ name: '李*', idNumber: 'AB****56' });
  });
});
