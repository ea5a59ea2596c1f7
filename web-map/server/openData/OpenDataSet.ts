import type { SignedTreeHead } from './PublicRecords';

/** One downloadable file, with its compressed forms made once at generation. */
export interface OpenDataFile {
  name: string;
  mediaType: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  /** Lowercase hex SHA-256 of `body`. */
  sha256: string;
  /** Data rows (CSV) or features (GeoJSON); absent for manifests. */
  rows?: number;
}

/** The files of one district and year, all taken under one signed tree head. */
export interface OpenDataSet {
  districtCode: string;
  year: number;
  head: SignedTreeHead;
  /** By name: the data files, their sidecars and manifest.json. */
  files: Map<string, OpenDataFile>;
  /** Milliseconds the generation took (read through the API, build, hash, compress). */
  generationMs: number;
}

/** What a bureau sets as the data's licence (OPEN_DATA_LICENCE, OPEN_DATA_LICENCE_URL). */
export interface Licence {
  text: string;
  url: string | null;
}

/** The head as the files and the X-Zsgk-Tree-Head header state it. */
export function describeHead(head: SignedTreeHead): string {
  return `districtCode=${head.districtCode}; treeSize=${head.treeSize}; rootHash=${head.rootHash}; timestamp=${head.timestamp}`;
}
