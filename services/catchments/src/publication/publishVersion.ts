import { AppError } from '@zsgk/errors';
import type { PublicationEventInput, PublicationLog } from '@zsgk/publication';
import { versionId } from '@zsgk/publication';
import type { VersionStore } from './VersionStore';

/** A test-only hook called after each step of a publication, to inject a crash there. */
export type FaultHook = (step: PublicationStep) => void | Promise<void>;
export type PublicationStep = 'approved' | 'version-inserted' | 'applied' | 'superseded' | 'logged' | 'marked-published';

export interface VersionToPublish<F> {
  kind: string;
  key: string;
  districtCode: string;
  reviewId: string;
  actor: string;
  /** The version in force when the change was submitted: publishing over another one is refused (CONFLICT). */
  baseVersion: number;
  fields: F;
  /** Writes that follow the switch and make it visible (e.g. the set's publishedAt, the index counter). Idempotent. */
  apply?: (at: Date) => Promise<void>;
  /** The published content of a stored version, exactly as served (the same function the entity field uses). */
  contentOf: (recordId: string) => Promise<unknown>;
}

/**
 * Publishes one reviewed version, idempotently, so a crashed or concurrent attempt can simply run
 * again: (1) insert version n + 1 under its deterministic id — the compare-and-set; a retry finds
 * its own version by review id instead; a change submitted against another version than n is
 * refused, so of concurrent changes to one record exactly one wins — (2) apply, (3) mark version n SUPERSEDED, (4) append
 * PUBLISHED (and SUPERSEDED) to the publication log, which is idempotent per event. Readers take the
 * highest version per key, so between steps nobody sees two versions in force.
 */
export async function publishVersion<F>(store: VersionStore<F>, spec: VersionToPublish<F>, deps: { log: PublicationLog; fault?: FaultHook }): Promise<{ recordId: string; version: number }> {
  let mine = await store.ofReview(spec.reviewId);
  if (!mine) {
    const current = await store.inForce(spec.key);
    if ((current?.version ?? 0) !== spec.baseVersion) throw staleBase(spec, current?.version ?? 0);
    const version = (current?.version ?? 0) + 1;
    const inserted = await store.insert({ key: spec.key, version, reviewId: spec.reviewId, publishedAt: new Date(), publishedBy: spec.actor }, spec.fields);
    mine = await store.ofReview(spec.reviewId);
    if (!inserted.inserted && !mine) {
      throw new AppError('CONFLICT', `${spec.key} 的第 ${version} 版已由另一次发布写入（another version was published meanwhile）：请刷新后重试`, { path: 'id' });
    }
  }
  await deps.fault?.('version-inserted');
  await spec.apply?.(mine!.publishedAt);
  await deps.fault?.('applied');
  const previous = mine!.version > 1 ? versionId(spec.kind, spec.key, mine!.version - 1) : null;
  if (previous) await store.supersede(previous);
  await deps.fault?.('superseded');
  const event = (recordId: string, version: number, type: PublicationEventInput['event'], content: unknown): PublicationEventInput => ({
    districtCode: spec.districtCode, kind: spec.kind, recordId, version, event: type, content, at: mine!.publishedAt,
  });
  const events = [event(mine!.id, mine!.version, 'PUBLISHED', await spec.contentOf(mine!.id))];
  if (previous) events.push(event(previous, mine!.version - 1, 'SUPERSEDED', await spec.contentOf(previous)));
  await deps.log.append(events);
  await deps.fault?.('logged');
  return { recordId: mine!.id, version: mine!.version };
}

/** A change drafted against an older version: publishing it would silently undo the newer one. */
export function staleBase(spec: { key: string; baseVersion: number }, inForce: number): AppError {
  return new AppError(
    'CONFLICT',
    `${spec.key} 提交审核时在用第 ${spec.baseVersion} 版，现已发布第 ${inForce} 版（another version was published meanwhile）：请按新版本重新提交`,
    { path: 'id' },
  );
}
