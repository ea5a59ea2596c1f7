import type { CommentGroup } from './checkGroups';

/** A public comment on a consultation. `contact` is the commenter's choice, read by the bureau only, never published. */
export interface ConsultationComment {
  receipt: string;
  consultationId: string;
  districtCode: string;
  text: string;
  contact: string | null;
  submittedAt: Date;
}

/** The bureau's grouping of a consultation's comments at one saved revision (0: nothing saved yet). */
export interface CommentGrouping {
  consultationId: string;
  revision: number;
  groups: CommentGroup[];
  savedBy: string | null;
  savedAt: Date | null;
}
