import { z } from 'zod';

/** Default wait for another service's answer: a healthy subgraph answers a lookup in milliseconds. */
export const DEFAULT_SERVICE_TIMEOUT_MS = 5000;

/**
 * The one setting of every service-to-service call, for a service's config.ts to spread into its
 * env schema: `SERVICE_TIMEOUT_MS` (ms, default 5000).
 */
export const serviceClientEnv = {
  SERVICE_TIMEOUT_MS: z.coerce.number().int().positive().max(120_000).default(DEFAULT_SERVICE_TIMEOUT_MS),
};
