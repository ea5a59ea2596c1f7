import pino, { type DestinationStream } from 'pino';
import { createAccessLogger, createLogger, type Logger, type LogLevel } from './createLogger';
import { Metrics } from './Metrics';

export interface ObservabilityOptions {
  /** The process's name on every log line and metric: gateway, schools, catchments, … */
  service: string;
  level?: LogLevel;
  /** See METRICS_TOKEN in observabilityEnv. */
  metricsToken?: string;
  /** Log destination (tests capture lines here); stdout by default. */
  destination?: DestinationStream;
}

/** Lines are written to stdout 4 KB at a time, and at least every FLUSH_MS. */
const FLUSH_MS = 250;

/**
 * stdout through pino's asynchronous SonicBoom, batched: with one write per line, the writes were
 * 4 % of the gateway's CPU under the locate bench; 4 KB batches make that a twentieth. A timer
 * flushes what a quiet process has buffered, so `tail -f` lags by at most FLUSH_MS.
 */
function bufferedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      destination.flush();
    } catch {
      // Not ready yet (still opening) or a write in flight: the next tick flushes.
    }
  }, FLUSH_MS).unref();
  return destination;
}

/** A process's logger and metrics, created once in its main.ts and handed to the HTTP layer. */
export class Observability {
  readonly service: string;
  readonly logger: Logger;
  /** Writes only the per-request line (see createAccessLogger); everything else goes to `logger`. */
  readonly accessLogger: Logger;
  readonly metrics: Metrics;
  readonly metricsToken: string | undefined;

  constructor(options: ObservabilityOptions) {
    this.service = options.service;
    const destination = options.destination ?? bufferedStdout();
    this.logger = createLogger({ service: options.service, level: options.level, destination });
    this.accessLogger = createAccessLogger({ service: options.service, level: options.level, destination });
    this.metrics = new Metrics(options.service);
    this.metricsToken = options.metricsToken;
  }
}
