import { AppError } from '@zsgk/errors';

/** Parses an import file's text into rows, naming the format problem and where it is. */
export function parseImportContent(format: 'JSON', content: string): unknown[] {
  if (content.trim() === '') throw new AppError('BAD_USER_INPUT', 'The file is empty.', { path: 'input.content' });
  if (format === 'JSON') {
    let value: unknown;
    try {
      value = JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new AppError('BAD_USER_INPUT', `The file is not valid JSON: ${(error as Error).message}`, { path: 'input.content' });
    }
    if (!Array.isArray(value)) {
      throw new AppError('BAD_USER_INPUT', 'A JSON import must be an array of school objects.', { path: 'input.content' });
    }
    return value;
  }
  throw new AppError('BAD_USER_INPUT', `Unsupported format ${String(format)}.`, { path: 'input.format' });
}
