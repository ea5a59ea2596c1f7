import { describe, expect, it } from '@jest/globals';
import { textDiff } from './textDiff';

describe('textDiff', () => {
  it('when a reason changes in the middle, then the common start stays and the change is removed + added', () => {
    expect(textDiff('报名人数不足', '报名人数超过计划')).toEqual([
      { kind: 'same', text: '报名人数' },
      { kind: 'removed', text: '不足' },
      { kind: 'added', text: '超过计划' },
    ]);
  });

  it('when the texts are equal, then it is one unchanged run; when both are empty, nothing', () => {
    expect(textDiff('东至兴隆路', '东至兴隆路')).toEqual([{ kind: 'same', text: '东至兴隆路' }]);
    expect(textDiff('', '')).toEqual([]);
  });

  it('when there was no text before, then all of it is added', () => {
    expect(textDiff('', '新增说明')).toEqual([{ kind: 'added', text: '新增说明' }]);
  });

  it('when a text is too long to compare, then it is shown as removed and added whole', () => {
    const long = '甲'.repeat(4000);
    expect(textDiff(long, `${long}乙`)).toEqual([{ kind: 'removed', text: long }, { kind: 'added', text: `${long}乙` }]);
  });
});
