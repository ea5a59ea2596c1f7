import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { DistrictScope } from '../zones/checkWithinDistrict';
import type { CatchmentStatus } from '../zones/Zone';
import type { CatchmentsContext } from './CatchmentsContext';

/** A School entity reference, resolved by the schools subgraph. */
export const schoolRef = (id: string) => ({ __typename: 'School', id });

/** Who to record as having written something. */
export const actorOf = (ctx: { identity: Identity }) => (ctx.identity.role === 'PUBLIC' ? 'anonymous' : ctx.identity.subject);

/**
 * Drafts are the district bureau's own business until published; published and superseded zones
 * (and sets) are public record.
 */
export function canRead(item: { status: CatchmentStatus; districtCode: string }, identity: Identity): boolean {
  if (item.status !== 'DRAFT') return true;
  return identity.role === 'BUREAU' && identity.districtCode === item.districtCode;
}

/** Bureau-only actions whose district is known only after a read: refuse other roles up front. */
export function requireBureauRole(identity: Identity, action: string): asserts identity is Extract<Identity, { role: 'BUREAU' }> {
  if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', `Only a signed-in education bureau user may ${action}.`);
  if (identity.role !== 'BUREAU') throw new AppError('FORBIDDEN', `Only the education bureau may ${action}.`);
}

/** The district's published boundary (and every other one), read fresh, for scope checks of a write. */
export async function districtScope(ctx: Pick<CatchmentsContext, 'repository' | 'boundaryToleranceMeters'>, districtCode: string): Promise<DistrictScope> {
  const districts = await ctx.repository.findDistricts();
  return {
    district: districts.find((d) => d.code === districtCode) ?? null,
    others: districts.filter((d) => d.code !== districtCode),
    toleranceMeters: ctx.boundaryToleranceMeters,
  };
}
