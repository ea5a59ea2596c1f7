import { isIP } from 'node:net';
import { jwtVerify, type JWTPayload } from 'jose';
import { PUBLIC, type Identity } from './Identity';
import { secretKey } from './secretKey';
import { requestClaims, type SignedRequest } from './SignedRequest';

/** The longest lifetime a subgraph accepts, whatever the token says; also bounds clock skew. */
export const MAX_LIFETIME_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;

export interface ForwardedIdentity {
  identity: Identity;
  /** Nonce and expiry (ms) of a verified token, for the subgraph's replay guard. */
  jti?: string;
  expiresAt?: number;
  /** The client's address as the gateway saw it (claim `ip`), when the gateway sent one. Never read from an unsigned header. */
  clientAddress?: string;
  /** Why a header that was present was not accepted (for the log); the identity is then PUBLIC. */
  problem?: string;
}

/**
 * Reads the identity header of a request the subgraph received, checking the signature, expiry and
 * that it was signed for this very request (method, path, SHA-256 of the raw body bytes). Anything
 * missing or wrong yields PUBLIC: a subgraph called without the gateway can do no more than an
 * anonymous caller.
 */
export async function verifyIdentity(
  header: string | undefined,
  secret: string,
  request: SignedRequest,
  now: number = Date.now(),
): Promise<ForwardedIdentity> {
  if (!header) return { identity: PUBLIC };
  if (header.length > 2048) return refused('header too long');
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(header, secretKey(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['jti', 'iat', 'exp', 'htm', 'htu', 'bh'],
      maxTokenAge: MAX_LIFETIME_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(now),
    }));
  } catch (error) {
    return refused((error as Error).message);
  }
  const expected = requestClaims(request);
  for (const name of ['htm', 'htu', 'bh'] as const) {
    if (claims[name] !== expected[name]) return refused(`${name} does not match the request`);
  }
  const identity = toIdentity(claims);
  if (!identity) return refused('no valid role claim');
  const clientAddress = typeof claims.ip === 'string' && isIP(claims.ip) ? claims.ip : undefined;
  return { identity, jti: claims.jti, expiresAt: (claims.exp! + CLOCK_TOLERANCE_SECONDS) * 1000, ...(clientAddress ? { clientAddress } : {}) };
}

function refused(problem: string): ForwardedIdentity {
  return { identity: PUBLIC, problem };
}

function toIdentity(claims: JWTPayload): Identity | undefined {
  if (claims.role === 'PUBLIC') return PUBLIC;
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (claims.role === 'SCHOOL' && typeof claims.schoolId === 'string' && /^\d{10}$/.test(claims.schoolId)) {
    return { role: 'SCHOOL', subject, schoolId: claims.schoolId };
  }
  if (claims.role === 'BUREAU' && typeof claims.districtCode === 'string' && /^\d{6}$/.test(claims.districtCode)) {
    return { role: 'BUREAU', subject, districtCode: claims.districtCode };
  }
  return undefined;
}
