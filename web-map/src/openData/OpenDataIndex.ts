/** /open-data/<district>/index.json, as web-map/server/openData/openDataRouter.ts writes it. */
export interface OpenDataIndex {
  districtCode: string;
  districtName: string;
  sampleData: boolean;
  treeHead: TreeHead;
  licence: { text: string; url: string | null };
  dictionary: string;
  gatewayUrl: string;
  /** The latest year with published zones (the page's default); the next year is listed for its plans. */
  currentYear: number | null;
  years: { year: number; manifest: string }[];
  examples: { id: 'post' | 'persisted' | 'head' | 'schools'; query: string; variables: Record<string, unknown>; sha256: string }[];
}

export interface TreeHead {
  districtCode: string;
  treeSize: number;
  rootHash: string;
  timestamp: string;
  signature: string;
}

/** /open-data/<district>/<year>/manifest.json. */
export interface OpenDataManifest {
  districtCode: string;
  year: number;
  treeHead: TreeHead;
  licence: { text: string; url: string | null };
  files: { name: string; mediaType: string; bytes: number; sha256: string; rows?: number }[];
}
