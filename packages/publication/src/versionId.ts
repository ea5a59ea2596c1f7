/**
 * The deterministic `_id` of version `version` of a published record (`${kind}:${key}@v${version}`).
 * Inserting it is the compare-and-set of publication: two publishers of the same next version
 * collide on the duplicate key, and exactly one wins.
 */
export function versionId(kind: string, key: string, version: number): string {
  if (!Number.isInteger(version) || version < 1) throw new RangeError(`versionId: version must be a positive integer, got ${version}`);
  return `${kind}:${key}@v${version}`;
}
