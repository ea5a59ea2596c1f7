import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { JWTPayload } from 'jose';

/**
 * Turns verified token claims into an identity. Claims: `sub`, `role` (SCHOOL | BUREAU), and
 * `schoolId` (10 digits) for SCHOOL or `districtCode` (6 digits) for BUREAU. A token missing any of
 * them is refused, never downgraded: a broken token from the identity provider should be noticed.
 */
export function identityFromClaims(claims: JWTPayload): Identity {
  const missing = (claim: string) =>
    new AppError('UNAUTHENTICATED', `The token has no valid "${claim}" claim.`, { path: 'authorization' });
  if (typeof claims.sub !== 'string' || claims.sub === '') throw missing('sub');
  if (claims.role === 'SCHOOL') {
    if (typeof claims.schoolId !== 'string' || !/^\d{10}$/.test(claims.schoolId)) throw missing('schoolId');
    return { role: 'SCHOOL', subject: claims.sub, schoolId: claims.schoolId };
  }
  if (claims.role === 'BUREAU') {
    if (typeof claims.districtCode !== 'string' || !/^\d{6}$/.test(claims.districtCode)) throw missing('districtCode');
    return { role: 'BUREAU', subject: claims.sub, districtCode: claims.districtCode };
  }
  throw missing('role');
}
