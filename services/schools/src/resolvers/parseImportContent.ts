import { AppError } from '@zsgk/errors';
import { parseJsonArgument } from '@zsgk/subgraph-host';

/** Parses an import file's text into rows, naming the format problem and where it is. */
export function parseImportContent(format: 'JSON', content: string): unknown[] {
  if (format !== 'JSON') throw new AppError('BAD_USER_INPUT', `Unsupported format ${String(format)}.`, { path: 'input.format' });
  const value = parseJsonArgument(content, 'input.content');
  if (!Array.isArray(value)) {
    throw new AppError('BAD_USER_INPUT', 'A JSON import must be an array of school objects.', { path: 'input.content' });
  }
  return value;
}
