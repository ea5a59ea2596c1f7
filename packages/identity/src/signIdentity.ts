import { createHmac } from 'node:crypto';
import type { Identity } from './Identity';

/**
 * Signs an identity for forwarding to a subgraph: `base64url(claims).base64url(hmacSha256)`, where
 * claims carry the identity and the signing time in ms. Only holders of `secret` (the gateway, and the
 * start script's demo loader) can produce a header the subgraphs accept.
 */
export function signIdentity(identity: Identity, secret: string, now: number = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...identity, iat: now })).toString('base64url');
  return `${payload}.${hmac(payload, secret)}`;
}

export function hmac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
