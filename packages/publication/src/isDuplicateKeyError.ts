/**
 * True for MongoDB's duplicate-key error (code 11000), also as FerretDB reports it, and for a bulk
 * write whose only failures are duplicate keys. This is how an insert with a deterministic `_id`
 * tells its caller that someone else won.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { code?: unknown; writeErrors?: Array<{ code?: unknown }>; cause?: unknown };
  if (candidate.code === 11000 || candidate.code === 11001) return true;
  if (Array.isArray(candidate.writeErrors) && candidate.writeErrors.length > 0) {
    return candidate.writeErrors.every((writeError) => writeError.code === 11000);
  }
  return candidate.cause !== undefined && candidate.cause !== error && isDuplicateKeyError(candidate.cause);
}
