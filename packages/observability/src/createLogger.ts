import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { currentRequestId } from './requestContext';

export type { Logger } from 'pino';
export type LogLevel = Level | 'silent';

/**
 * Paths never written: credentials, session cookies, passwords and tokens anywhere in a logged
 * object (two levels deep), and the contact a consultation commenter gives (never published).
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'contact',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-zsgk-identity"]',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.contact',
  '*.variables.password',
  '*.variables.contact',
];

export interface LoggerOptions {
  /** Written as `service` on every line. */
  service: string;
  level?: LogLevel;
  /** Where lines go; stdout (asynchronously buffered by pino) unless given, e.g. a test's stream. */
  destination?: DestinationStream;
}

/**
 * A pino logger writing one JSON object per line, with `service` on every line and `reqId` on every
 * line written while a request is being served (so a subgraph's log lines join the gateway's).
 * No pretty printing in process: pipe through `pino-pretty` to read by eye.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: () => {
        const reqId = currentRequestId();
        return reqId ? { reqId } : {};
      },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
