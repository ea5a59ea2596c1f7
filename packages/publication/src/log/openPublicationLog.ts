import type { Connection } from 'mongoose';
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
 * Appending a new event only inserts (claim, leaf, link in `log_links`): on FerretDB 1.x (SQLite) an
 * insert costs the same at any size, while every lookup or update, even by `_id`, scans the collection
 * (findOne 4 ms and updateOne 10 ms at 1,000 documents, growing linearly). Lookups happen only when an
 * event is appended again or another appender took the index.
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

  /** The event's claim, and whether this call inserted it (then no leaf of it can exist yet). */
  async function claimOf(input: PublicationEventInput): Promise<{ claim: ClaimDoc; fresh: boolean }> {
    const key = eventKey(input);
    const claim: ClaimDoc = {
      _id: key,
      districtCode: input.districtCode,
      kind: input.kind,
      recordId: input.recordId,
      version: input.version,
      event: input.event,
      contentHash: contentHash(input.content),
      at: input.at.toISOString(),
      from: await knownSize(input.districtCode),
    };
    try {
      await claims.insertOne(claim);
      return { claim, fresh: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const winner = await claims.findOne({ _id: key });
      if (!winner) throw error;
      return { claim: winner, fresh: false };
    }
  }

  async function finish({ claim, fresh }: { claim: ClaimDoc; fresh: boolean }): Promise<LogEntry> {
    const link = fresh ? null : await links.findOne({ _id: claim._id });
    if (link) {
      const leaf = await leaves.findOne({ _id: leafId(claim.districtCode, link.index) });
      if (leaf) return toEntry(leaf);
    }
    // The first try takes the cached size without asking (one appender: no read at all); a duplicate
    // key means others appended meanwhile, so read the size again.
    let n = await knownSize(claim.districtCode);
    for (;;) {
      const already = await leafOfEvent(claim, n);
      if (already) return linkClaim(claim, toEntry(already));
      const entry = entryOf({ ...claim, index: n });
      try {
        await leaves.insertOne({ _id: leafId(claim.districtCode, n), ...entry, eventKey: claim._id });
        sizeHints.set(claim.districtCode, n + 1);
        return linkClaim(claim, entry);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        n = await size(claim.districtCode);
      }
    }
  }

  /** The leaf of the claim's event among indexes claim.from..n-1, if any (by `_id`, in batches). */
  async function leafOfEvent(claim: ClaimDoc, n: number): Promise<EntryDoc | null> {
    for (let start = claim.from ?? 0; start < n; start += ID_BATCH) {
      const ids = range(start, Math.min(n, start + ID_BATCH)).map((index) => leafId(claim.districtCode, index));
      const found = await leaves.find({ _id: { $in: ids } }).toArray();
      const mine = found.find((leaf) => leaf.eventKey === claim._id);
      if (mine) return mine;
    }
    return null;
  }

  async function linkClaim(claim: ClaimDoc, entry: LogEntry): Promise<LogEntry> {
    try {
      await links.insertOne({ _id: claim._id, index: entry.index });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    return entry;
  }

  return {
    async append(events) {
      const appended: LogEntry[] = [];
      for (const event of events) appended.push(await finish(await claimOf(event)));
      return appended;
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
