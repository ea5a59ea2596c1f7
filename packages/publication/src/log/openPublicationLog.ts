import type { Collection, Connection } from 'mongoose';
import { contentHash } from '../hashing/contentHash';
import { isDuplicateKeyError } from '../isDuplicateKeyError';
import { entryOf, eventKey, pickLeafFields } from './leafOf';
import type { LeafFields, LogEntry, PublicationEventInput } from './LogEntry';

export const DEFAULT_LEDGER_DB = 'zsgk_ledger';
export const LOG_ENTRIES = 'log_entries';
export const LOG_CLAIMS = 'log_claims';
export const LOG_LINKS = 'log_links';

export interface PublicationLog {
  /** Appends; idempotent per (districtCode, kind, recordId, version, event): calling again returns the existing entry. Safe across processes. */
  append(events: PublicationEventInput[]): Promise<LogEntry[]>;
  ensureIndexes(): Promise<void>;
  /** Number of entries in the district's log now. */
  size(districtCode: string): Promise<number>;
  /** Entries from..from+count-1 (fewer at the end of the log), in index order. */
  entries(districtCode: string, from: number, count: number): Promise<LogEntry[]>;
  entry(districtCode: string, index: number): Promise<LogEntry | null>;
  /** Every entry about one record (all its events), in district and index order. */
  entriesForRecord(recordId: string): Promise<LogEntry[]>;
  /** Leaf hashes of entries 0..treeSize-1, in index order. */
  leafHashes(districtCode: string, treeSize: number): Promise<Buffer[]>;
  /** Districts that have a log. */
  districts(): Promise<string[]>;
}

interface EntryDoc extends LogEntry { _id: string; eventKey: string }
interface ClaimDoc extends Omit<LeafFields, 'index'> {
  _id: string;
  /** The log's size read before the claim was inserted: any leaf of this event has an index at least this. */
  from?: number;
}
/** Written once the event's leaf exists: `_id` is the event key, so a repeated append finds the leaf directly. */
interface LinkDoc { _id: string; index: number }

/**
 * The per-district append-only log, on the service's MongoDB server in database `ledgerDb`.
 *
 * No transactions and no atomic findOneAndUpdate (FerretDB 1.x on SQLite), so the only compare-and-set
 * is an insert with a deterministic `_id`:
 * - a claim `_id = eventKey` fixes the event's leaf fields the first time it is appended (a retry
 *   with another `at` gets the first one back);
 * - a leaf `_id = ${districtCode}:${index}` takes the next index; a duplicate key means another
 *   appender took it, so read the size again and retry.
 * Before taking index n an appender reads the size and only then looks for a leaf of its event among
 * indexes claim.from..n-1 (any such leaf was inserted after the claim, so its index is at least the
 * size read before the claim). Leaves are inserted contiguously (n only once n-1 exists), so an
 * appender that read size n > i must see any leaf i of the same event: no event gets two leaves, even
 * when a crash left a claim without a leaf and a retry finishes it while the first appender is alive.
 * A batch takes indexes n..n+k-1 in one *ordered* insertMany: it stops at the first duplicate, so
 * the leaves in are a prefix, still contiguous, and the rest go round again (a crash likewise leaves
 * a prefix; every claim without a leaf is placed by the next append of its event).
 * Appending k new events is three insertMany calls (claims, leaves, links in `log_links`) and no
 * lookup: on FerretDB 1.x (SQLite) an insert costs the same at any size, and one insertMany is one
 * SQLite transaction, while every lookup or update, even by `_id`, scans the collection (findOne 4 ms
 * and updateOne 10 ms at 1,000 documents, growing linearly). Lookups happen only when an event is
 * appended again or another appender took an index.
 */
export function openPublicationLog(serviceConnection: Connection, ledgerDb: string = DEFAULT_LEDGER_DB): PublicationLog {
  const db = serviceConnection.useDb(ledgerDb, { useCache: true });
  const leaves = db.collection<EntryDoc>(LOG_ENTRIES);
  const claims = db.collection<ClaimDoc>(LOG_CLAIMS);
  const links = db.collection<LinkDoc>(LOG_LINKS);
  const sizeHints = new Map<string, number>();

  async function size(districtCode: string): Promise<number> {
    let n = sizeHints.get(districtCode) ?? (await leaves.countDocuments({ districtCode }));
    while (await leaves.findOne({ _id: leafId(districtCode, n) }, { projection: { _id: 1 } })) n += 1;
    sizeHints.set(districtCode, n);
    return n;
  }

  /** A size the log had at some point (leaf size-1 was seen): the cached one, else counted and probed. */
  async function knownSize(districtCode: string): Promise<number> {
    return sizeHints.get(districtCode) ?? size(districtCode);
  }

  /**
   * Each event's claim (one insertMany), and whether this call inserted it: then no leaf of it can
   * exist yet. A claim another appender holds comes back as stored (its first fields and size).
   */
  async function claimAll(inputs: PublicationEventInput[], from: number): Promise<{ claim: ClaimDoc; fresh: boolean }[]> {
    const mine: ClaimDoc[] = inputs.map((input) => ({
      _id: eventKey(input),
      districtCode: input.districtCode,
      kind: input.kind,
      recordId: input.recordId,
      version: input.version,
      event: input.event,
      contentHash: contentHash(input.content),
      at: input.at.toISOString(),
      from,
    }));
    const taken = await insertAll(claims, mine, false);
    if (taken.size === 0) return mine.map((claim) => ({ claim, fresh: true }));
    const stored = await byIds(claims, mine.filter((_, i) => taken.has(i)).map((claim) => claim._id));
    return mine.map((claim, i) => {
      if (!taken.has(i)) return { claim, fresh: true };
      const winner = stored.get(claim._id);
      if (!winner) throw new Error(`publication log: claim ${claim._id} was refused as a duplicate but cannot be read`);
      return { claim: winner, fresh: false };
    });
  }

  /** The leaves of claims someone appended before (found by their links), by event key. */
  async function linkedLeaves(districtCode: string, keys: string[]): Promise<Map<string, LogEntry>> {
    const linked = await byIds(links, keys);
    const leafDocs = await byIds(leaves, [...linked.values()].map((link) => leafId(districtCode, link.index)));
    const found = new Map<string, LogEntry>();
    for (const leaf of leafDocs.values()) found.set(leaf.eventKey, toEntry(leaf));
    return found;
  }

  /**
   * Gives every claim of one district its leaf: the one it has, else the next indexes, taken in one
   * ordered insertMany (a prefix of it is inserted, so leaves stay contiguous). A duplicate key means
   * another appender took an index: read the size again, look again, place the rest.
   */
  async function place(districtCode: string, claimed: { claim: ClaimDoc; fresh: boolean }[]): Promise<Map<string, LogEntry>> {
    const stale = claimed.filter((c) => !c.fresh).map((c) => c.claim._id);
    const placed = stale.length ? await linkedLeaves(districtCode, stale) : new Map<string, LogEntry>();
    let pending = claimed.map((c) => c.claim).filter((claim) => !placed.has(claim._id));
    // The first try takes the cached size without asking (one appender: no read at all).
    let n = await knownSize(districtCode);
    while (pending.length) {
      // Leaves of pending events among claim.from..n-1: appended by another process, or by this call before a duplicate.
      for (const [key, entry] of await leavesOfEvents(districtCode, pending, n)) placed.set(key, entry);
      pending = pending.filter((claim) => !placed.has(claim._id));
      const docs = pending.map((claim, offset) => {
        const entry = entryOf({ ...claim, index: n + offset });
        return { _id: leafId(districtCode, n + offset), ...entry, eventKey: claim._id };
      });
      const refused = await insertAll(leaves, docs, true);
      const inserted = refused.size ? Math.min(...refused) : docs.length;
      for (const doc of docs.slice(0, inserted)) placed.set(doc.eventKey, toEntry(doc));
      if (inserted) sizeHints.set(districtCode, n + inserted);
      pending = pending.slice(inserted);
      if (pending.length) n = await size(districtCode);
    }
    await insertAll(links, claimed.map(({ claim }) => ({ _id: claim._id, index: placed.get(claim._id)!.index })), false);
    return placed;
  }

  /** Leaves of these claims' events among indexes min(claim.from)..n-1, by `_id` in batches. */
  async function leavesOfEvents(districtCode: string, claimsToFind: ClaimDoc[], n: number): Promise<Map<string, LogEntry>> {
    const wanted = new Set(claimsToFind.map((claim) => claim._id));
    const found = new Map<string, LogEntry>();
    const from = Math.min(...claimsToFind.map((claim) => claim.from ?? 0));
    for (let start = from; start < n && found.size < wanted.size; start += ID_BATCH) {
      const ids = range(start, Math.min(n, start + ID_BATCH)).map((index) => leafId(districtCode, index));
      for (const leaf of await leaves.find({ _id: { $in: ids } }).toArray()) {
        if (wanted.has(leaf.eventKey)) found.set(leaf.eventKey, toEntry(leaf));
      }
    }
    return found;
  }

  return {
    async append(events) {
      const byKey = new Map(events.map((event) => [eventKey(event), event]));
      const entries = new Map<string, LogEntry>();
      for (const [districtCode, inputs] of groupBy([...byKey.values()], (event) => event.districtCode)) {
        const claimed = await claimAll(inputs, await knownSize(districtCode));
        for (const [key, entry] of await place(districtCode, claimed)) entries.set(key, entry);
      }
      return events.map((event) => entries.get(eventKey(event))!);
    },
    async ensureIndexes() {
      await leaves.createIndex({ districtCode: 1, index: 1 });
      await leaves.createIndex({ recordId: 1 });
    },
    size,
    async entries(districtCode, from, count) {
      if (count <= 0 || from < 0) return [];
      const ids = range(from, from + count).map((index) => leafId(districtCode, index));
      const docs = await leaves.find({ _id: { $in: ids } }).toArray();
      return docs.map(toEntry).sort(byIndex);
    },
    async entry(districtCode, index) {
      const doc = await leaves.findOne({ _id: leafId(districtCode, index) });
      return doc ? toEntry(doc) : null;
    },
    async entriesForRecord(recordId) {
      const docs = await leaves.find({ recordId }).toArray();
      return docs.map(toEntry).sort((a, b) => a.districtCode.localeCompare(b.districtCode) || a.index - b.index);
    },
    async leafHashes(districtCode, treeSize) {
      const docs = await leaves
        .find({ districtCode, index: { $lt: treeSize } }, { projection: { index: 1, leafHash: 1 } })
        .toArray();
      const hashes = new Array<Buffer>(treeSize);
      for (const doc of docs) hashes[doc.index] = Buffer.from(doc.leafHash, 'hex');
      const missing = hashes.findIndex((hash) => hash === undefined);
      if (docs.length !== treeSize || missing !== -1) throw new Error(`publication log ${districtCode}: leaf ${missing} of ${treeSize} is missing`);
      return hashes;
    },
    async districts() {
      const codes = (await leaves.distinct('districtCode')) as string[];
      return codes.sort();
    },
  };
}

const ID_BATCH = 200;

/**
 * Inserts `docs` in one insertMany and answers the positions refused as duplicates (empty: all in).
 * Ordered, an insert stops at the first duplicate, so exactly the docs before it are in.
 */
async function insertAll<T extends { _id: string }>(collection: Collection<T>, docs: T[], ordered: boolean): Promise<Set<number>> {
  if (docs.length === 0) return new Set();
  try {
    await collection.insertMany(docs as never[], { ordered });
    return new Set();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const writeErrors = [(error as { writeErrors?: WriteErrorLike | WriteErrorLike[] }).writeErrors ?? []].flat();
    if (writeErrors.length === 0 || writeErrors.some((e) => typeof e.index !== 'number')) throw error;
    return new Set(writeErrors.map((e) => e.index!));
  }
}

interface WriteErrorLike { index?: number; code?: number }

/** Documents by `_id`, read in batches (FerretDB 1.x checks a long `$in` element by element). */
async function byIds<T extends { _id: string }>(collection: Collection<T>, ids: string[]): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let start = 0; start < ids.length; start += ID_BATCH) {
    const docs = (await collection.find({ _id: { $in: ids.slice(start, start + ID_BATCH) } } as never).toArray()) as T[];
    for (const doc of docs) found.set(doc._id, doc);
  }
  return found;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

function leafId(districtCode: string, index: number): string {
  return `${districtCode}:${index}`;
}

function toEntry(doc: EntryDoc): LogEntry {
  return { ...pickLeafFields(doc), leafHash: doc.leafHash };
}

function byIndex(a: LogEntry, b: LogEntry): number {
  return a.index - b.index;
}
