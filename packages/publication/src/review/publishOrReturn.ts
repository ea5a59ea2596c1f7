import { AppError, isAppError } from '@zsgk/errors';
import type { ReviewItem } from './ReviewItem';
import type { ReviewQueue } from './openReviewQueue';

/**
 * Publishes an APPROVED item with `publish`. When that fails with CONFLICT — another change was
 * published on the version this one was based on, so it can never be published — the item goes
 * APPROVED → RETURNED with the conflict as its reason, and the CONFLICT is thrown again saying so.
 * Without this the item stays APPROVED and every start-up repair refuses it again. Any other error
 * is thrown unchanged (the repair pass tries again).
 *
 * The caller's `publish` must leave nothing of the item in force when it throws CONFLICT.
 */
export async function publishOrReturn(
  reviews: Pick<ReviewQueue, 'returnUnpublished'>,
  item: ReviewItem,
  publish: () => Promise<ReviewItem>,
): Promise<ReviewItem> {
  try {
    return await publish();
  } catch (error) {
    if (!isAppError(error) || error.code !== 'CONFLICT') throw error;
    const reason = `批准后未能发布：${error.message}`;
    // Concluded meanwhile by another process (published after all), or not written: the original error stands.
    const returned = await reviews.returnUnpublished(item.id, reason).catch(() => null);
    if (!returned) throw error;
    throw new AppError('CONFLICT', `${error.message}。审核事项 ${item.id} 已退回，请按现行版本重新提交。`, {
      path: error.path ?? 'id',
      cause: error,
      details: { ...error.details, status: returned.status, returnReason: returned.returnReason },
    });
  }
}
