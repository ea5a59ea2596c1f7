import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT:
    'The action clashes with the current state: a set already published or older than the version in force; another reviewer acted first; another version was published since the change was submitted; no published district boundary to check against.',
  SERVICE_UNAVAILABLE: "The school register could not be reached, so the districts of the schools named could not be checked, or a rule table's school names matched; nothing was stored.",
} as const;
