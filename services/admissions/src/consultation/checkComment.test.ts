import { checkComment, commentKey } from './checkComment';

describe('checkComment', () => {
  it.each([
    ['a tag', '请看 <b>这里</b> 的意见'],
    ['a comment', '意见 <!-- 隐藏 --> 内容'],
    ['a numeric reference', '学位 &#60; 需求，请增加'],
    ['a zero-width space', '建议增加\u200b学位数量'],
    ['a byte-order mark', '\ufeff建议增加学位数量'],
  ])('when the text holds %s, then it is refused, not stripped', (_what, text) => {
    expect(checkComment(text, null)).toMatchObject({ ok: false, field: 'text' });
  });

  it.each([
    ['a comparison', '班额应 < 45 人，学位 > 需求'],
    ['an ampersand', '学校 & 家长共同参与'],
    ['line breaks', '第一，延长报名时间；\n第二，精简材料。'],
  ])('when the text holds %s, then it is plain text and kept as written', (_what, text) => {
    expect(checkComment(text, null)).toEqual({ ok: true, text, contact: null });
  });

  it('when the text is 5 CJK characters or 2,000 with an emoji counted once, then it is accepted', () => {
    expect(checkComment('增加学位吧', null).ok).toBe(true);
    expect(checkComment(`${'长'.repeat(1999)}👍`, null).ok).toBe(true);
    expect(checkComment(`${'长'.repeat(2000)}👍`, null)).toMatchObject({ ok: false, reason: expect.stringContaining('2001') });
  });

  it('when the contact is blank, then none is kept; when given, it is trimmed', () => {
    expect(checkComment('增加学位吧', '   ')).toEqual({ ok: true, text: '增加学位吧', contact: null });
    expect(checkComment('增加学位吧', ' 13912345678 ')).toEqual({ ok: true, text: '增加学位吧', contact: '13912345678' });
  });
});

describe('commentKey', () => {
  it('when two comments differ only in width, case or blanks, then they have the same key; on another consultation, another', () => {
    const key = commentKey('370812/a', 'Ｗｉｆｉ 覆盖，请 增加');
    expect(commentKey('370812/a', 'wifi覆盖请增加')).not.toBe(key); // a character less is another comment
    expect(commentKey('370812/a', 'WIFI  覆盖，请增加')).toBe(key);
    expect(commentKey('370812/b', 'WIFI  覆盖，请增加')).not.toBe(key);
  });
});
