import { canonicalJson } from '../hashing/canonicalJson';
import type { TreeHead } from './signedTreeHead';

/** What a head's signature covers: canonical JSON of its four fields, nothing else. No node imports (the web map uses it). */
export function treeHeadText(head: TreeHead): string {
  const { districtCode, treeSize, rootHash, timestamp } = head;
  return canonicalJson({ districtCode, treeSize, rootHash, timestamp });
}
