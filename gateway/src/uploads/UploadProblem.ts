/** One thing wrong with an uploaded file, as the clerk sees it in the problem table. */
export interface UploadProblem {
  /** Spreadsheet row (the header is row 1) or feature number (1-based); null for the file as a whole. */
  row: number | null;
  /** The column header exactly as written in the file; null when no single column is at fault. */
  column: string | null;
  /** What is wrong, in Chinese where the gateway writes it (a service's English reason passes through). */
  reason: string;
}
