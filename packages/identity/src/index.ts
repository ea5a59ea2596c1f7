export { PUBLIC, IDENTITY_HEADER } from './Identity';
export type { Identity } from './Identity';
export type { SignedRequest } from './SignedRequest';
export { signIdentity, DEFAULT_TTL_SECONDS } from './signIdentity';
export type { SignOptions } from './signIdentity';
export { verifyIdentity, MAX_LIFETIME_SECONDS } from './verifyIdentity';
export type { ForwardedIdentity } from './verifyIdentity';
export { requireBureau } from './requireBureau';
