import type { AdoptionDecision, FeedbackGroup } from './Consultation';

/** A group as the bureau saves it while working: the decision and reason may come later. */
export interface CommentGroup {
  receipts: string[];
  summary: string;
  decision: AdoptionDecision | null;
  reason: string | null;
}

export interface GroupProblem {
  field: string;
  reason: string;
}

/** While grouping: every receipt is a comment of this consultation, and in one group only. */
export function checkGrouping(groups: CommentGroup[], receipts: Set<string>): GroupProblem | null {
  const seen = new Map<string, number>();
  for (const [i, group] of groups.entries()) {
    if (group.receipts.length === 0) return { field: `groups[${i}].receipts`, reason: `第 ${i + 1} 组没有意见；每组至少一条意见（回执号）` };
    for (const receipt of group.receipts) {
      if (!receipts.has(receipt)) return { field: `groups[${i}].receipts`, reason: `回执号 ${receipt} 不是本次征求意见收到的意见` };
      const other = seen.get(receipt);
      if (other !== undefined) return { field: `groups[${i}].receipts`, reason: `回执号 ${receipt} 已在第 ${other + 1} 组；每条意见只归入一组` };
      seen.set(receipt, i);
    }
    if (group.decision !== null && group.reason === null) {
      return { field: `groups[${i}].reason`, reason: `第 ${i + 1} 组已填写采纳情况，须同时填写理由` };
    }
  }
  return null;
}

/**
 * Before closing: the grouping is valid, every comment is in a group, and every group has its
 * decision and reason (意见采纳情况及理由). Returns the feedback groups, or the first problem.
 */
export function completeFeedback(groups: CommentGroup[], receipts: Set<string>): { ok: true; groups: FeedbackGroup[] } | ({ ok: false } & GroupProblem) {
  const invalid = checkGrouping(groups, receipts);
  if (invalid) return { ok: false, ...invalid };
  const grouped = new Set(groups.flatMap((g) => g.receipts));
  const ungrouped = [...receipts].filter((r) => !grouped.has(r));
  if (ungrouped.length) {
    const shown = ungrouped.slice(0, 10).join('、');
    return { ok: false, field: 'groups', reason: `还有 ${ungrouped.length} 条意见未归组（${shown}${ungrouped.length > 10 ? ' 等' : ''}）；每条意见都须归组并反馈采纳情况` };
  }
  const open = groups.findIndex((g) => g.decision === null || g.reason === null);
  if (open >= 0) return { ok: false, field: `groups[${open}].decision`, reason: `第 ${open + 1} 组（${groups[open]!.summary}）尚未填写采纳情况及理由` };
  return { ok: true, groups: groups.map((g) => ({ receipts: g.receipts, summary: g.summary, decision: g.decision!, reason: g.reason! })) };
}
