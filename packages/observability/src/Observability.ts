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
    const destination = options.destination ?? pino.destination({ sync: false });
    this.logger = createLogger({ service: options.service, level: options.level, destination });
    this.accessLogger = createAccessLogger({ service: options.service, level: options.level, destination });
    this.metrics = new Metrics(options.service);
    this.metricsToken = options.metricsToken;
  }
}
