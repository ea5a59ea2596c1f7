import type { Connection } from 'mongoose';
import type { ConsultationFields } from '../consultation/Consultation';
import { CommentGroupingStore } from './CommentGroupingStore';
import { CommentRateLimiter, type CommentLimits } from './CommentRateLimiter';
import { CommentStore } from './CommentStore';
import { createConsultationStore } from './ConsultationStore';
import type { PublishedStore } from './PublishedStore';

/** Everything consultations store: the published versions, the comments, the bureau's groupings, the rate-limit counts. */
export interface ConsultationStores {
  consultations: PublishedStore<ConsultationFields>;
  comments: CommentStore;
  groupings: CommentGroupingStore;
  limiter: CommentRateLimiter;
}

export function createConsultationStores(connection: Connection, limits?: CommentLimits): ConsultationStores {
  return {
    consultations: createConsultationStore(connection),
    comments: new CommentStore(connection),
    groupings: new CommentGroupingStore(connection),
    limiter: new CommentRateLimiter(connection, limits),
  };
}

export async function ensureConsultationIndexes(stores: ConsultationStores): Promise<void> {
  await Promise.all(Object.values(stores).map((s) => s.ensureIndexes()));
}
