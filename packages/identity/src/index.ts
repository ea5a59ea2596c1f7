export { PUBLIC, IDENTITY_HEADER } from './Identity';
export type { Identity } from './Identity';
export { signIdentity } from './signIdentity';
export { verifyIdentity, DEFAULT_MAX_AGE_MS } from './verifyIdentity';
export { requireBureau } from './requireBureau';
