/**
 * Codes every service shares. A service's own `errorCodes.ts` spreads these and adds its own; its
 * README's error table lists the union (a test checks).
 */
export const commonErrorCodes = {
  BAD_USER_INPUT: 'An argument or an imported row is malformed; `path` names where.',
  UNAUTHENTICATED: 'The request needs a signed-in caller.',
  FORBIDDEN: "The caller's role or district/school does not allow this action.",
  NOT_FOUND: 'The record named by the argument does not exist.',
  PAYLOAD_TOO_LARGE: 'The request or imported file is larger than the configured limit.',
  INTERNAL_SERVER_ERROR: 'Something unexpected failed; the log has the request id.',
} as const;

export type CommonErrorCode = keyof typeof commonErrorCodes;
