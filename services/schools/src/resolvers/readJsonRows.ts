import { AppError } from '@zsgk/errors';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import type { ImportFile } from '../register/ImportFile';

/** Reads a JSON import (an array of school objects, field names as on School) into import rows. */
export function readJsonRows(text: string, path: string): ImportFile {
  const value = parseJsonArgument(text, path);
  if (!Array.isArray(value)) throw new AppError('BAD_USER_INPUT', 'A JSON import must be an array of school objects.', { path });
  if (value.length === 0) throw new AppError('BAD_USER_INPUT', 'The file has no rows.', { path });
  return { rows: value.map((row, index) => ({ row: index + 1, value: row, problems: [] })), problems: [], fieldLabel: (field) => field };
}
