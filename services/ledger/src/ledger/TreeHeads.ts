import {
  consistencyProof, entryOf, inclusionProof, rootHash, signTreeHead,
  type LogEntry, type PublicationLog, type SignedTreeHead,
} from '@zsgk/publication';
import type { DistrictKey } from '../data/DistrictKeyStore';

export interface InclusionProofView { districtCode: string; index: number; treeSize: number; leafHash: string; path: string[]; rootHash: string }
export interface ConsistencyProofView { districtCode: string; first: number; second: number; path: string[]; firstRootHash: string; secondRootHash: string }

const LOAD_PAGE = 1000;

/**
 * Heads and proofs over a district's log. Leaf hashes are recomputed from each entry's fields (not
 * taken from the stored `leafHash`), kept in memory per district and extended as the log grows;
 * a head is signed once per size and reused until the log grows.
 */
export class TreeHeads {
  private readonly leaves = new Map<string, Buffer[]>();
  private readonly heads = new Map<string, SignedTreeHead>();
  private readonly loading = new Map<string, Promise<Buffer[]>>();

  constructor(
    private readonly log: PublicationLog,
    private readonly keyFor: (districtCode: string) => DistrictKey,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The signed head at the current size; null when the district has no log. */
  async head(districtCode: string): Promise<SignedTreeHead | null> {
    const size = await this.log.size(districtCode);
    if (size === 0) return null;
    const cached = this.heads.get(districtCode);
    if (cached && cached.treeSize === size) return cached;
    const leaves = await this.leafHashes(districtCode, size);
    const head = signTreeHead(
      { districtCode, treeSize: size, rootHash: rootHash(leaves).toString('hex'), timestamp: this.now().toISOString() },
      this.keyFor(districtCode).privateKey,
    );
    this.heads.set(districtCode, head);
    return head;
  }

  async inclusion(districtCode: string, index: number, treeSize: number): Promise<InclusionProofView> {
    const leaves = await this.leafHashes(districtCode, treeSize);
    return {
      districtCode, index, treeSize,
      leafHash: leaves[index]!.toString('hex'),
      path: inclusionProof(index, leaves).map(hex),
      rootHash: rootHash(leaves).toString('hex'),
    };
  }

  async consistency(districtCode: string, first: number, second: number): Promise<ConsistencyProofView> {
    const leaves = await this.leafHashes(districtCode, second);
    return {
      districtCode, first, second,
      path: consistencyProof(first, leaves).map(hex),
      firstRootHash: rootHash(leaves.slice(0, first)).toString('hex'),
      secondRootHash: rootHash(leaves).toString('hex'),
    };
  }

  /**
   * Leaf hashes 0..treeSize-1; the caller has checked treeSize ≤ the current size. Loads for one
   * district run one after another (a query asking for a head and a proof at once would otherwise
   * extend the same cache twice).
   */
  private leafHashes(districtCode: string, treeSize: number): Promise<Buffer[]> {
    const previous = this.loading.get(districtCode) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.extend(districtCode, treeSize));
    this.loading.set(districtCode, next);
    return next;
  }

  private async extend(districtCode: string, treeSize: number): Promise<Buffer[]> {
    const known = this.leaves.get(districtCode) ?? [];
    while (known.length < treeSize) {
      const page = await this.log.entries(districtCode, known.length, Math.min(LOAD_PAGE, treeSize - known.length));
      if (page.length === 0 || page[0]!.index !== known.length) throw new Error(`publication log ${districtCode}: entry ${known.length} is missing`);
      for (const entry of page) {
        if (entry.index !== known.length) break;
        known.push(recomputedLeaf(entry));
      }
    }
    this.leaves.set(districtCode, known);
    return known.slice(0, treeSize);
  }
}

function recomputedLeaf(entry: LogEntry): Buffer {
  return Buffer.from(entryOf(entry).leafHash, 'hex');
}

function hex(buffer: Buffer): string {
  return buffer.toString('hex');
}
