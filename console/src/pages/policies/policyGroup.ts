import type { PolicyFieldsFragment } from '../../api/generated/graphql';

/** The three lists of the 政策文件 page. */
export type PolicyGroup = 'IN_FORCE' | 'EXPIRED' | 'DRAFT';

export const POLICY_GROUP_LABELS: Record<PolicyGroup, string> = { IN_FORCE: '现行有效', EXPIRED: '已失效', DRAFT: '草稿' };

/**
 * Which list a document belongs in: a draft until published; 已失效 once its last day has passed; else
 * 现行有效 (a published document not yet in force is listed there too, its status saying 尚未生效).
 */
export function policyGroup(doc: Pick<PolicyFieldsFragment, 'published' | 'status'>): PolicyGroup {
  if (!doc.published) return 'DRAFT';
  return doc.status === 'EXPIRED' ? 'EXPIRED' : 'IN_FORCE';
}

/** The review item waiting for a document (its publication or expiry), if any. */
export function pendingChangeOf<C extends { kind: string; recordKey: string }>(changes: C[] | null | undefined, documentId: string): C | null {
  return (changes ?? []).find((c) => c.kind === 'POLICY_DOCUMENT' && c.recordKey === documentId) ?? null;
}
