import { ReplayGuard } from './ReplayGuard';

describe('ReplayGuard', () => {
  it('when a nonce comes twice before it expires, then the second is a replay; after expiry it is forgotten', () => {
    const guard = new ReplayGuard();
    expect(guard.use('a', 1_000, 0)).toBe('first');
    expect(guard.use('a', 1_000, 500)).toBe('replayed');
    expect(guard.use('b', 2_000, 1_001)).toBe('first');
    expect(guard.use('a', 3_000, 1_001)).toBe('first'); // its token has expired: the signature check refuses it anyway
  });

  it('when it is full of live nonces, then new writes are refused rather than an old nonce forgotten', () => {
    const guard = new ReplayGuard(2);
    guard.use('a', 1_000, 0);
    guard.use('b', 1_000, 0);
    expect(guard.use('c', 1_000, 10)).toBe('full');
    expect(guard.use('a', 1_000, 10)).toBe('replayed');
    expect(guard.use('c', 2_000, 1_000)).toBe('first');
  });
});
