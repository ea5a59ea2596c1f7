import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a cached `locate` (sub-millisecond) to a bulk import near the gateway's 10 s timeout. */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const DB_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];
/** Distinct operation names kept as label values; later ones count as "other" (clients choose names). */
const MAX_OPERATIONS = 200;

/**
 * One process's Prometheus registry: default process metrics (CPU, memory, event-loop lag, GC) and
 * the metrics every process shares. Every series carries `service`. Service-specific gauges are
 * added with `gauge()`. A registry per instance, not prom-client's global one, so tests can run
 * several services in one process and read each one's counters.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'route' | 'operation' | 'status'>;
  readonly httpDuration: Histogram<'route' | 'operation' | 'status'>;
  readonly graphqlErrors: Counter<'code'>;
  readonly rateLimitRefusals: Counter<'route'>;
  readonly dbDuration: Histogram<'collection' | 'command' | 'outcome'>;
  private readonly operations = new Set<string>();

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route, GraphQL operation and status.', labelNames: ['route', 'operation', 'status'], registers });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from the request arriving to the response finished, by route, GraphQL operation and status.',
      labelNames: ['route', 'operation', 'status'],
      buckets: HTTP_BUCKETS,
      registers,
    });
    this.graphqlErrors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors returned, by error code.', labelNames: ['code'], registers });
    this.rateLimitRefusals = new Counter({ name: 'rate_limit_refusals_total', help: 'Requests refused with 429 by the per-client rate limit, by route.', labelNames: ['route'], registers });
    this.dbDuration = new Histogram({
      name: 'db_command_duration_seconds',
      help: 'MongoDB command round trips as the driver measured them, by collection, command and outcome (ok or error).',
      labelNames: ['collection', 'command', 'outcome'],
      buckets: DB_BUCKETS,
      registers,
    });
  }

  /** A bounded label value for a client-chosen operation name. */
  operationLabel(name: string | undefined): string {
    if (!name) return '';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS || !/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)) return 'other';
    this.operations.add(name);
    return name;
  }

  /**
   * A service-specific gauge read when scraped: `collect` returns its value now (or one value per
   * label set). Example: `metrics.gauge('zone_index_version', 'Published zone set version.', () => catalog.version)`.
   */
  gauge(name: string, help: string, collect: () => number | Array<{ labels: Record<string, string>; value: number }>, labelNames: string[] = []): Gauge {
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        const value = collect();
        if (typeof value === 'number') return void this.set(value);
        this.reset();
        for (const entry of value) this.set(entry.labels, entry.value);
      },
    });
  }

  /** The Prometheus text exposition of every metric. */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }
}
