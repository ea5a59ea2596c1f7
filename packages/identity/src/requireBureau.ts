import { AppError } from '@zsgk/errors';
import type { Identity } from './Identity';

/**
 * Guard for bureau-only writes: the caller must be BUREAU of `districtCode`.
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for everyone else.
 */
export function requireBureau(identity: Identity, districtCode: string, path = 'districtCode'): void {
  if (identity.role === 'PUBLIC') {
    throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
  }
  if (identity.role !== 'BUREAU' || identity.districtCode !== districtCode) {
    throw new AppError('FORBIDDEN', `Only the education bureau of district ${districtCode} may do this.`, { path });
  }
}
