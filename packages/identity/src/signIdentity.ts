import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Identity } from './Identity';
import { secretKey } from './secretKey';
import { requestClaims, type SignedRequest } from './SignedRequest';

/** Lifetime of a forwarded identity: the gateway→subgraph hop takes milliseconds. */
export const DEFAULT_TTL_SECONDS = 15;

/**
 * Signs an identity for one subgraph request: a JWS (HS256 with `secret`) whose claims carry the
 * identity, the request's method (`htm`), path (`htu`) and body hash (`bh`, SHA-256 base64url), a
 * nonce (`jti`) and a short expiry. A captured header is worth nothing for any other request.
 *
 * @example await signIdentity(bureau, secret, { method: 'POST', url: 'http://schools:4001/graphql', body })
 */
export async function signIdentity(
  identity: Exclude<Identity, { role: 'PUBLIC' }>,
  secret: string,
  request: SignedRequest,
  options: { ttlSeconds?: number; now?: number } = {},
): Promise<string> {
  const { subject, ...scope } = identity;
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({ ...scope, ...requestClaims(request) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? DEFAULT_TTL_SECONDS))
    .sign(secretKey(secret));
}
