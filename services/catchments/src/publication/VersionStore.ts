/** The head of one published version: enough to find it, order it and tell whose it is. */
export interface VersionHead {
  /** Deterministic: versionId(kind, key, version). */
  id: string;
  key: string;
  version: number;
  /** The review item whose approval published it. */
  reviewId: string | null;
  publishedAt: Date;
}

/**
 * Where one kind's published versions live (implemented in src/data). The highest version per key is
 * the one in force, so inserting version n + 1 is the whole switch; `insert` is the compare-and-set
 * (false: that version id exists already).
 */
export interface VersionStore<F> {
  inForce(key: string): Promise<VersionHead | null>;
  ofReview(reviewId: string): Promise<VersionHead | null>;
  insert(head: Omit<VersionHead, 'id'> & { publishedBy: string }, fields: F): Promise<{ inserted: boolean; id: string }>;
  supersede(id: string): Promise<void>;
}
