import { AppError } from '@zsgk/errors';

/**
 * Parses a file passed as a String argument (imports), tolerating a UTF-8 BOM. An empty or malformed
 * file is a BAD_USER_INPUT naming the argument and, for JSON syntax errors, the position.
 */
export function parseJsonArgument(text: string, path: string): unknown {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new AppError('BAD_USER_INPUT', 'The file is empty.', { path });
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `The file is not valid JSON: ${(error as Error).message}`, { path });
  }
}
