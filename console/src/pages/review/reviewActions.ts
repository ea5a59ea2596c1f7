import type { GatewayClient } from '../../api';
import {
  ApproveBureauChangeDocument,
  ApproveCatchmentChangeDocument,
  ApproveRegisterChangeDocument,
  ApproveSubmissionDocument,
  ReturnBureauChangeDocument,
  ReturnCatchmentChangeDocument,
  ReturnRegisterChangeDocument,
  ReturnSubmissionDocument,
} from '../../api/generated/graphql';

/** Where a review item comes from: a school's submission, or a bureau change of one of the services. */
export type ReviewSource = 'SUBMISSION' | 'BUREAU' | 'REGISTER' | 'CATCHMENT';

/** Approve (which publishes) or return with a reason, by the mutation of the item's service. */
export const reviewActions: Record<ReviewSource, { approve(client: GatewayClient, id: string): Promise<unknown>; giveBack(client: GatewayClient, id: string, reason: string): Promise<unknown> }> = {
  SUBMISSION: {
    approve: (client, id) => client.request(ApproveSubmissionDocument, { id }),
    giveBack: (client, id, reason) => client.request(ReturnSubmissionDocument, { id, reason }),
  },
  BUREAU: {
    approve: (client, id) => client.request(ApproveBureauChangeDocument, { id }),
    giveBack: (client, id, reason) => client.request(ReturnBureauChangeDocument, { id, reason }),
  },
  REGISTER: {
    approve: (client, id) => client.request(ApproveRegisterChangeDocument, { id }),
    giveBack: (client, id, reason) => client.request(ReturnRegisterChangeDocument, { id, reason }),
  },
  CATCHMENT: {
    approve: (client, id) => client.request(ApproveCatchmentChangeDocument, { id }),
    giveBack: (client, id, reason) => client.request(ReturnCatchmentChangeDocument, { id, reason }),
  },
};
