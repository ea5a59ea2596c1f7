import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT: 'A school changed while this write was being made; read it again and retry.',
} as const;
