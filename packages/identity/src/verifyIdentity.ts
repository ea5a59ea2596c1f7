import { timingSafeEqual } from 'node:crypto';
import { PUBLIC, type Identity } from './Identity';
import { hmac } from './signIdentity';

/** How old a signed header may be before it is refused; gateway→subgraph hops take milliseconds. */
export const DEFAULT_MAX_AGE_MS = 60_000;

/**
 * Reads the identity header a request carries. Anything that is missing, malformed, wrongly signed,
 * stale or from the future (beyond a small clock skew) yields PUBLIC: a subgraph called without the
 * gateway's signature can do no more than an anonymous caller.
 */
export function verifyIdentity(
  header: string | undefined,
  secret: string,
  now: number = Date.now(),
  maxAgeMs: number = DEFAULT_MAX_AGE_MS,
): Identity {
  if (!header || header.length > 2048) return PUBLIC;
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) return PUBLIC;
  const expected = Buffer.from(hmac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return PUBLIC;

  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return PUBLIC;
  }
  const iat = claims.iat;
  if (typeof iat !== 'number' || now - iat > maxAgeMs || iat - now > 5_000) return PUBLIC;
  return toIdentity(claims);
}

function toIdentity(claims: Record<string, unknown>): Identity {
  const subject = typeof claims.subject === 'string' ? claims.subject : '';
  if (claims.role === 'SCHOOL' && typeof claims.schoolId === 'string' && /^\d{10}$/.test(claims.schoolId)) {
    return { role: 'SCHOOL', subject, schoolId: claims.schoolId };
  }
  if (claims.role === 'BUREAU' && typeof claims.districtCode === 'string' && /^\d{6}$/.test(claims.districtCode)) {
    return { role: 'BUREAU', subject, districtCode: claims.districtCode };
  }
  return PUBLIC;
}
