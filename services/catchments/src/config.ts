import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  CATCHMENTS_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  CATCHMENTS_DB: z.string().default('zsgk_catchments'),
  /** A point closer than this to a zone edge is reported as near the boundary. */
  CATCHMENTS_NEAR_BOUNDARY_METERS: z.coerce.number().min(0).max(1000).default(30),
  /** How often each replica checks whether the published zones changed. */
  CATCHMENTS_INDEX_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** Largest request body, which bounds a GeoJSON upload too. */
  CATCHMENTS_BODY_LIMIT: z.string().default('50mb'),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
