import type { Identity } from '@zsgk/identity';
import { SignJWT } from 'jose';
import { LOCAL_ALG, type LocalKeys } from './localKeys';

/**
 * Signs a token with the embedded issuer's key (development and demos; production tokens come from
 * the bureau's identity provider).
 *
 * @example issueToken(keys, { role: 'BUREAU', subject: 'clerk', districtCode: '370812' }, { issuer, audience, ttl: '8h' })
 */
export function issueToken(
  keys: LocalKeys,
  identity: Exclude<Identity, { role: 'PUBLIC' }>,
  options: { issuer: string; audience: string; ttl: string },
): Promise<string> {
  const { subject, ...claims } = identity;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: LOCAL_ALG, kid: keys.kid })
    .setSubject(subject)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.ttl)
    .sign(keys.privateKey);
}
