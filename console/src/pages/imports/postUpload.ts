import { readAnswer, type GatewayClient } from '../../api';
import type { ImportKind } from './importKinds';

/** One problem of an upload: spreadsheet row (null: the file as a whole), the column as written in the file, why. */
export interface UploadProblem {
  row: number | null;
  column: string | null;
  reason: string;
}

/** The gateway's answer to POST /upload/:kind (200 accepted, 422 refused with problems). */
export type UploadAnswer =
  | { kind: ImportKind; accepted: true; report: Record<string, unknown>; problems: [] }
  | { kind: ImportKind; accepted: false; problems: UploadProblem[] };

/**
 * Sends the file as multipart/form-data (never base64 in GraphQL) with the kind's text fields. A 422
 * is an answer, not an error: it carries the problem table. Anything else that is not 2xx throws the
 * gateway's ApiError (FORBIDDEN, a file over the size limit, …).
 */
export async function postUpload(client: GatewayClient, kind: ImportKind, file: File, fields: Record<string, string>): Promise<UploadAnswer> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append('file', file, file.name);
  const response = await client.authorisedFetch(`/upload/${kind}`, { method: 'POST', body });
  if (response.status === 422) {
    const refused = (await response.json()) as { problems?: UploadProblem[] };
    return { kind, accepted: false, problems: refused.problems ?? [] };
  }
  return readAnswer<UploadAnswer>(response);
}

/** The problem table as the gateway's .xlsx (行, 列, 问题), saved by the browser. */
export async function downloadProblems(client: GatewayClient, problems: readonly UploadProblem[], fileName: string): Promise<void> {
  const response = await client.authorisedFetch('/upload/problems.xlsx', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ problems }),
  });
  if (!response.ok) await readAnswer(response);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
