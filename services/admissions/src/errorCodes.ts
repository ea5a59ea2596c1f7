import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT:
    'The record is not in a state that allows this (approving a draft; another reviewer acted first; another version was published meanwhile; an expiry before a citing admission’s round).',
  RATE_LIMITED: 'Too many consultation comments: the same text, or all comments on one consultation, within the hour; `details.retryAfterSeconds` says when to retry.',
  SCHOOLS_UNAVAILABLE: 'The school register (schools subgraph at SCHOOLS_URL) did not answer or is not configured, so a district could not be verified.',
} as const;
