import { format } from 'node:util';
import type { Logger } from 'pino';

/**
 * Sends `console.log/info/warn/error/debug` of a server process to its logger, so the lines other
 * modules still write with console become JSON lines too (with the service and, inside a request,
 * its id). An Error argument is logged as `err` with its stack. For process entry points only,
 * never in tests or CLI scripts.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const to = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const err = args.find((arg) => arg instanceof Error);
    const message = format(...args.filter((arg) => arg !== err));
    if (err) logger[level]({ err }, message);
    else logger[level](message);
  };
  console.log = to('info');
  console.info = to('info');
  console.warn = to('warn');
  console.error = to('error');
  console.debug = to('debug');
}
