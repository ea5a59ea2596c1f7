import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT: 'The action clashes with the current state: publishing a set already published, or older than the version in force.',
} as const;
