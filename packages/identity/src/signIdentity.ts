import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Identity } from './Identity';
import { secretKey } from './secretKey';
import { requestClaims, type SignedRequest } from './SignedRequest';

/** Lifetime of a forwarded identity: the gateway→subgraph hop takes milliseconds. */
export const DEFAULT_TTL_SECONDS = 15;

export interface SignOptions {
  ttlSeconds?: number;
  now?: number;
  /** The client's address as the gateway saw it (express `req.ip`, after `trust proxy`): claim `ip`. */
  clientAddress?: string;
}

/**
 * Signs an identity for one subgraph request: a JWS (HS256 with `secret`) whose claims carry the
 * identity, the client's address (`ip`, when given), the request's method (`htm`), path (`htu`) and
 * body hash (`bh`, SHA-256 base64url), a nonce (`jti`) and a short expiry. A captured header is worth
 * nothing for any other request. PUBLIC is signed too when its address matters (public writes).
 *
 * @example await signIdentity(bureau, secret, { method: 'POST', url: 'http://schools:4001/graphql', body }, { clientAddress: req.ip })
 */
export async function signIdentity(identity: Identity, secret: string, request: SignedRequest, options: SignOptions = {}): Promise<string> {
  const { subject = '', ...scope } = identity as Identity & { subject?: string };
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({ ...scope, ...(options.clientAddress ? { ip: options.clientAddress } : {}), ...requestClaims(request) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? DEFAULT_TTL_SECONDS))
    .sign(secretKey(secret));
}
