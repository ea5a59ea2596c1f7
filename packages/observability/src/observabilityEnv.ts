import { z } from 'zod';

/**
 * The logging and metrics variables every process reads; each process's config.ts extends its
 * schema with `.extend(observabilityEnv.shape)` so they are parsed there, once, with the rest.
 */
export const observabilityEnv = z.object({
  /** pino level of the JSON log lines on stdout: fatal, error, warn, info (one line per request), debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Bearer token a Prometheus scraper sends to GET /metrics. Unset: /metrics answers only direct
   * loopback connections (no X-Forwarded-For / Forwarded header, i.e. not through a reverse proxy).
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type ObservabilityEnv = z.infer<typeof observabilityEnv>;
