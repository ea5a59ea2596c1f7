/** A record whose served content no longer hashes to what the log holds. */
export interface ContentMismatch {
  districtCode: string;
  kind: string;
  recordId: string;
  version: number;
  index: number;
  expected: string;
  actual: string;
}

export interface DistrictReport {
  districtCode: string;
  treeSize: number;
  rootHash: string | null;
  /** Everything checked, one line each, in order. */
  lines: string[];
  /** Failures of the log itself (signature, leaves, root, consistency, inclusion). */
  problems: string[];
  mismatches: ContentMismatch[];
  /** Entries whose content was compared and matched. */
  matched: number;
  /** Entries no service serves content for now (e.g. a withdrawn record). */
  notServed: number;
}

export interface VerifyReport {
  ok: boolean;
  districts: DistrictReport[];
  warnings: string[];
  /** Content fields the gateway's supergraph does not have yet: those kinds are not verifiable. */
  notYetVerifiable: string[];
  durationMs: number;
}
