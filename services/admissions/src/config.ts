import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { observabilityEnv } from '@zsgk/observability';
import { serviceClientEnv } from '@zsgk/service-client';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  ADMISSIONS_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  ADMISSIONS_DB: z.string().default('zsgk_admissions'),
  /** Database of the publication log and the district settings, on the same MongoDB server (shared with the ledger service). */
  LEDGER_DB: z.string().default('zsgk_ledger'),
  /** Largest request body, which bounds an import file too. */
  ADMISSIONS_BODY_LIMIT: z.string().default('20mb'),
  /** The schools subgraph's GraphQL URL: verifies a school's district and lists a district's schools. Unset: see README. */
  SCHOOLS_URL: z.string().url().optional(),
  /** An updated copy of the holiday calendar (data/cn-holidays.json format); default the bundled one. */
  HOLIDAY_CALENDAR_FILE: z.string().optional(),
  /** Working days a decision (产生/变动/失效) may wait for publication before it is overdue (policy: 20). */
  PUBLICATION_WORKING_DAYS: z.coerce.number().int().min(1).max(366).default(20),
  /** Consultation comments: the same (normalised) text on one consultation, per hour. */
  CONSULTATION_SAME_TEXT_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Consultation comments: one client address (signed by the gateway) on one consultation, per hour. Behind a carrier-grade NAT many parents share one address: raise it there. */
  CONSULTATION_COMMENTS_PER_CLIENT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** Consultation comments: all comments on one consultation, per hour (a flood guard across addresses). */
  CONSULTATION_COMMENTS_PER_HOUR: z.coerce.number().int().min(1).default(600),
  /** Days a commenter's optional contact is kept after the consultation closed (its feedback published); then an hourly sweep deletes it. */
  CONSULTATION_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
})
  .extend(observabilityEnv.shape) // LOG_LEVEL, METRICS_TOKEN
  .extend(serviceClientEnv); // SERVICE_TIMEOUT_MS: every call to another service

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
