import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { observabilityEnv } from '@zsgk/observability';
import { serviceClientEnv } from '@zsgk/service-client';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  CATCHMENTS_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  CATCHMENTS_DB: z.string().default('zsgk_catchments'),
  /** Database of the publication log (and the published district settings) on the same server. */
  LEDGER_DB: z.string().default('zsgk_ledger'),
  /** A point closer than this to a zone edge is reported as near the boundary. */
  CATCHMENTS_NEAR_BOUNDARY_METERS: z.coerce.number().min(0).max(1000).default(30),
  /** Ground of a zone (or a gazetteer point) outside its district's boundary but within this distance of it is digitising noise, not a cross-district write. */
  CATCHMENTS_BOUNDARY_TOLERANCE_METERS: z.coerce.number().min(0).max(5000).default(50),
  /** How often each replica checks whether the published zones changed. */
  CATCHMENTS_INDEX_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** Largest request body, which bounds a GeoJSON upload too. */
  CATCHMENTS_BODY_LIMIT: z.string().default('50mb'),
  /** The schools subgraph's GraphQL URL, to check school codes; unset: codes are not checked (reports say so). */
  SCHOOLS_URL: z.string().url().optional(),
  /** External geocoder asked when the bureau's gazetteer has no good match: off (default) or tianditu. */
  CATCHMENTS_GEOCODER: z.enum(['off', 'tianditu']).default('off'),
  /** 天地图 geocoder endpoint (or the bureau's mirror of it). */
  CATCHMENTS_TIANDITU_URL: z.string().url().default('https://api.tianditu.gov.cn/geocoder'),
  /** 天地图 key (tk); required when CATCHMENTS_GEOCODER=tianditu. */
  CATCHMENTS_TIANDITU_KEY: z.string().optional(),
  CATCHMENTS_GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30000).default(3000),
  /** Worker threads for coverage reports and set diffs (each takes a core while it runs). */
  CATCHMENTS_GEOMETRY_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** Niceness (0–19) of those worker threads on Linux, so lookups win the cores while a check runs; under sustained load a niced check waits (README: Checks). */
  CATCHMENTS_GEOMETRY_NICE: z.coerce.number().int().min(0).max(19).default(0),
  /** How long coverageReport / zoneSetChanges wait for their job before answering STILL_RUNNING; keep it under the gateway's 10 s. */
  CATCHMENTS_SYNC_WAIT_MS: z.coerce.number().int().min(0).max(60000).default(8000),
  /** Coverage and diff jobs queued or running at once (all districts; 2 per district). */
  CATCHMENTS_JOBS_MAX_ACTIVE: z.coerce.number().int().min(1).max(100).default(8),
  /** How long a finished job and its result are kept. */
  CATCHMENTS_JOB_RETENTION_MINUTES: z.coerce.number().min(1).max(1440).default(30),
  /** Memory for kept job results (MB, as JSON); the oldest are dropped first. */
  CATCHMENTS_JOB_RESULTS_MB: z.coerce.number().min(1).max(4096).default(64),
  /** Working days a zone set decision may wait for publication before it is overdue (policy: 20). */
  PUBLICATION_WORKING_DAYS: z.coerce.number().int().min(1).max(366).default(20),
  /** An updated copy of the holiday calendar (packages/working-days/data/cn-holidays.json format); default the bundled one. */
  HOLIDAY_CALENDAR_FILE: z.string().optional(),
})
  .extend(observabilityEnv.shape) // LOG_LEVEL, METRICS_TOKEN
  .extend(serviceClientEnv); // SERVICE_TIMEOUT_MS: every call to another service

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
