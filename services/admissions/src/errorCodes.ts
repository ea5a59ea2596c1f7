import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT: 'The record is not in a state that allows this (e.g. approving a draft, editing a submission under review).',
  SCHOOLS_UNAVAILABLE: 'The school register (schools subgraph at SCHOOLS_URL) did not answer, so a district could not be verified.',
} as const;
