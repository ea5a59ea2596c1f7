import { describe, expect, it } from '@jest/globals';
import { reviewLinkOf } from './reviewLinkOf';

describe('reviewLinkOf', () => {
  it('when a register import submitted a change, then the link opens that review item', () => {
    expect(reviewLinkOf('register', { change: { id: 'SCHOOL:370812-import#1' } })?.to).toBe('/review?id=SCHOOL%3A370812-import%231');
  });

  it('when a zone file became a draft set, then the link opens the zones page on that set', () => {
    expect(reviewLinkOf('zones', { setId: 'abc' })).toMatchObject({ to: '/zones?set=abc', id: 'abc' });
  });

  it('when the file changed nothing, then there is no link', () => {
    expect(reviewLinkOf('results', { review: null })).toBeNull();
  });
});
