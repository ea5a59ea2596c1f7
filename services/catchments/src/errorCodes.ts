import { commonErrorCodes } from '@zsgk/errors';

/** Every code this service can return. The README's error table lists exactly these (a test checks). */
export const errorCodes = {
  ...commonErrorCodes,
  CONFLICT:
    'The action clashes with the current state: a set already published or older than the version in force; another reviewer acted first; another version was published since the change was submitted; no published district boundary to check against.',
  STILL_RUNNING: 'A coverage report or set diff takes longer than a request may wait; it goes on as job `details.jobId` (the bureau polls catchmentJob); asking again once it is done answers at once.',
  TOO_MANY_REQUESTS: 'Too many coverage reports or set diffs are running (overall or for the district); try again when one has finished.',
  SERVICE_UNAVAILABLE: "The school register could not be reached, so the districts of the schools named could not be checked, or a rule table's school names matched; nothing was stored.",
} as const;
