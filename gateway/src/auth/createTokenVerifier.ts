import { AppError } from '@zsgk/errors';
import { PUBLIC, type Identity } from '@zsgk/identity';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWK } from 'jose';
import { identityFromClaims } from './identityFromClaims';

export interface VerifierOptions {
  /** The bureau's identity provider; takes precedence over the local key. */
  jwksUrl?: string;
  /** Public key of the embedded issuer (see loadOrCreateLocalKeys). */
  localPublicJwk?: JWK;
  issuer: string;
  audience: string;
}

// Asymmetric algorithms only: 'none' and HMAC tokens (which a leaked public key could forge) are refused.
const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'EdDSA'];

/**
 * Verifies `Authorization: Bearer <jwt>` values. No header: PUBLIC. A header that is malformed,
 * expired, wrongly signed, for another issuer/audience, `alg: none`, or missing claims: an
 * UNAUTHENTICATED error saying which.
 */
export function createTokenVerifier(options: VerifierOptions): (authorization: string | undefined) => Promise<Identity> {
  const keys = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 })
    : options.localPublicJwk
      ? createLocalJWKSet({ keys: [options.localPublicJwk] })
      : null;
  if (!keys) throw new Error('createTokenVerifier: give jwksUrl or localPublicJwk');

  return async (authorization) => {
    if (!authorization) return PUBLIC;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = await jwtVerify(match[1]!, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
      });
      return identityFromClaims(payload);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unauthenticated(describe(error));
    }
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not acceptable (${error.reason}).`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this gateway does not accept.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed by a key this gateway does not know.';
  return 'The token is not valid.';
}

function unauthenticated(message: string): AppError {
  return new AppError('UNAUTHENTICATED', message, { path: 'authorization' });
}
