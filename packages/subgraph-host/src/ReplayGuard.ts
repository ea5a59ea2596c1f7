/**
 * Remembers the nonces (`jti`) of signed writes until they expire, so a captured write cannot be sent
 * twice. Bounded: past `capacity` live nonces it refuses new writes rather than forgetting one early
 * (forgetting would reopen the replay). One guard per subgraph process; replicas behind a load
 * balancer each keep their own, which is enough while the gateway sends each request once.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 100_000) {}

  /** 'first' records the nonce; 'replayed' when it was seen before; 'full' when no room is left. */
  use(jti: string, expiresAt: number, now: number = Date.now()): 'first' | 'replayed' | 'full' {
    this.forgetExpired(now);
    if (this.seen.has(jti)) return 'replayed';
    if (this.seen.size >= this.capacity) return 'full';
    this.seen.set(jti, expiresAt);
    return 'first';
  }

  // Tokens share one lifetime, so insertion order is close to expiry order: stop at the first live one.
  private forgetExpired(now: number): void {
    for (const [jti, expiresAt] of this.seen) {
      if (expiresAt > now) break;
      this.seen.delete(jti);
    }
  }
}
