import { AppError } from '@zsgk/errors';
import type { PublicationEventInput, PublicationEventType } from '@zsgk/publication';
import type { Published } from '../admissions/Admission';
import { contentOf } from './contentOf';
import type { PublishedKind, PublishedVersion, StoredVersion, VersionChange } from './VersionChange';

/** The parts of a versioned store a publication reads and writes (PublishedStore implements it). */
export interface VersionStore<F> {
  findInForce(keys: string[]): Promise<Map<string, F & Published>>;
  insertVersions(kind: string, changes: VersionChange<F>[], at: Date, actor: string, source: string): Promise<StoredVersion<F>[]>;
  supersede(ids: string[]): Promise<void>;
  findVersions(ids: string[]): Promise<Map<string, StoredVersion<F>>>;
}

/** Where one kind is published, and what else its publication does. */
export interface PublicationTarget<F> {
  store: VersionStore<F>;
  /** Derived data to bring up to date after the versions are written (idempotent), e.g. summaries' read model. */
  afterPublish?: (fields: F[]) => Promise<void>;
}
export type PublicationTargets = { [K in PublishedKind]: PublicationTarget<any> };

/** Steps of a publication, named for the test-only fault hook: a crash after any of them must be repairable. */
export type PublicationStep = 'approved' | 'inserted' | 'superseded' | 'logged' | 'published';
export type FaultHook = (step: PublicationStep, source: string) => void | Promise<void>;

export interface PublisherDeps {
  targets: PublicationTargets;
  log: { append(events: PublicationEventInput[]): Promise<unknown> };
  /** Test only: called after each step, to simulate a crash there. */
  faults?: FaultHook;
}

/**
 * Publishes new versions idempotently, in the order every service follows (no transactions): insert
 * each version with its deterministic id → mark the versions it replaces SUPERSEDED → append the log
 * events (PUBLISHED for the new, plus the change's `extraEvents`; for the old one its `replacedEvent`,
 * by default CORRECTED when the new one gives a correction reason, else SUPERSEDED) → derived data. Run again with the same `source` after a crash,
 * each step finds its own earlier work and the rest is finished. Readers take the highest version
 * per key, so a half-done publication is never seen as two records in force.
 */
export class Publisher {
  constructor(private readonly deps: PublisherDeps) {}

  /** The test-only fault hook, for the steps callers own (approved, published). */
  get faults(): FaultHook | undefined {
    return this.deps.faults;
  }

  /** CONFLICT unless each change's `previous` is still the version in force (checked before approving). */
  async requireCurrent(kind: PublishedKind, changes: VersionChange<object>[]): Promise<void> {
    const store = this.deps.targets[kind].store;
    const inForce = await store.findInForce(changes.map((c) => c.key));
    const stale = changes.filter((c) => inForce.get(c.key)?.id !== c.previous?.id);
    if (stale.length === 0) return;
    const names = stale.slice(0, 5).map((c) => `${c.key}（现行第 ${inForce.get(c.key)?.version ?? 0} 版）`).join('、');
    throw new AppError('CONFLICT', `提交后已有新版本发布：${names}；请退回并按现行版本重新提交。`, { path: 'id', details: { keys: stale.map((c) => c.key) } });
  }

  /**
   * `at.decidedOn` (the review item's or submission's decision date) is stored on each new version and
   * so published in its content, where the annual report judges timeliness by it; left out when null.
   */
  async publish<F extends object>(kind: PublishedKind, changes: VersionChange<F>[], at: { at: Date; actor: string; source: string; decidedOn?: string | null }): Promise<PublishedVersion[]> {
    const { store, afterPublish } = this.deps.targets[kind] as PublicationTarget<F>;
    const dated = withDecidedOn(changes, at.decidedOn);
    // Every entry point asks for the reason (BAD_USER_INPUT / CONFLICT); a correction published without one would be a bug here.
    const unexplained = changes.find((c) => c.previous && !c.correctionReason);
    if (unexplained) throw new Error(`${kind} ${unexplained.key}: a superseding version needs its correction reason`);
    const { faults } = this.deps;
    const stored = await store.insertVersions(kind, dated, at.at, at.actor, at.source);
    await faults?.('inserted', at.source);

    const replaced = changes.flatMap((c) => (c.previous ? [c.previous.id] : []));
    await store.supersede(replaced);
    await faults?.('superseded', at.source);

    const olds = await store.findVersions(replaced);
    const events = stored.flatMap((version, i): PublicationEventInput[] => {
      const change = changes[i]!;
      const base = { districtCode: (version as unknown as { districtCode: string }).districtCode, kind, at: version.publishedAt };
      const content = contentOf(kind, version);
      const own = (['PUBLISHED', ...(change.extraEvents ?? [])] as PublicationEventType[]).map((event) => ({
        ...base, recordId: version._id, version: version.version, event, content,
      }));
      const old = change.previous ? olds.get(change.previous.id) : undefined;
      if (!old) return own;
      const event = change.replacedEvent ?? (version.correctionReason ? 'CORRECTED' : 'SUPERSEDED');
      return [...own, { ...base, recordId: old._id, version: old.version, event, content: contentOf(kind, old) }];
    });
    await this.deps.log.append(events);
    await faults?.('logged', at.source);

    await afterPublish?.(changes.map((c) => c.fields));
    return stored.map((v) => ({ kind, recordKey: v.key, recordId: v._id, version: v.version }));
  }

  /** The stored versions with these kinds and ids (for the log's content field), null where none: one read per kind. */
  async findVersions(refs: readonly { kind: PublishedKind; recordId: string }[]): Promise<(StoredVersion<object> | null)[]> {
    const found = new Map<string, StoredVersion<object>>();
    for (const kind of new Set(refs.map((ref) => ref.kind))) {
      const versions = await this.deps.targets[kind].store.findVersions(refs.filter((ref) => ref.kind === kind).map((ref) => ref.recordId));
      versions.forEach((version, id) => found.set(`${kind} ${id}`, version));
    }
    return refs.map((ref) => found.get(`${ref.kind} ${ref.recordId}`) ?? null);
  }
}

/** Each change with `decidedOn` among its fields, when there is one (versions without it hash as before). */
function withDecidedOn<F extends object>(changes: VersionChange<F>[], decidedOn: string | null | undefined): VersionChange<F>[] {
  return decidedOn ? changes.map((c) => ({ ...c, fields: { ...c.fields, decidedOn } })) : changes;
}
