import { describe, expect, test } from '@jest/globals';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  test('when given an img tag with an onerror handler, then no tag survives', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('when given quotes and ampersands, then they cannot close an attribute or start an entity', () => {
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });

  test('when given Chinese text, then it is unchanged', () => {
    expect(escapeHtml('© 兖州区教育局')).toBe('© 兖州区教育局');
  });
});
