import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
} as const;
