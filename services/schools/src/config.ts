import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { observabilityEnv } from '@zsgk/observability';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  SCHOOLS_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  SCHOOLS_DB: z.string().default('zsgk_schools'),
  /** Database of the publication log and the district settings, on the same server as SCHOOLS_DB. */
  LEDGER_DB: z.string().default('zsgk_ledger'),
  /** Largest request body, which bounds an import file too. */
  SCHOOLS_BODY_LIMIT: z.string().default('20mb'),
  /**
   * The catchments service's database on the same server, read only for published district
   * boundaries (each checked against the publication log's content hash) to check that school
   * locations lie in their district. No call to the catchments service.
   */
  CATCHMENTS_DB: z.string().default('zsgk_catchments'),
  /** How often (ms) a replica checks whether another one changed the register, to refresh its search catalog. */
  SCHOOLS_CATALOG_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** Working days a register change may wait for publication before it is overdue (policy: 20). */
  PUBLICATION_WORKING_DAYS: z.coerce.number().int().min(1).max(366).default(20),
  /** An updated copy of the holiday calendar (packages/working-days/data/cn-holidays.json format); default the bundled one. */
  HOLIDAY_CALENDAR_FILE: z.string().optional(),
})
  .extend(observabilityEnv.shape); // LOG_LEVEL, METRICS_TOKEN (no SERVICE_TIMEOUT_MS: this service calls no other)

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
