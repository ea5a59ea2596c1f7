import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT:
    'A register change was already approved or returned by another officer, or the schools changed since it was submitted in the same fields (return it and submit again); or another change published the same version first.',
} as const;
