import path from 'node:path';
import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { findRepoRoot } from '@zsgk/db';
import { observabilityEnv } from '@zsgk/observability';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  LEDGER_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** The ledger database: every service appends to the publication log here, on the same MongoDB server. */
  LEDGER_DB: z.string().default('zsgk_ledger'),
  /** Where each district's Ed25519 tree-head key lives (`<district>.pem`, created on first use, mode 0600). */
  LEDGER_KEY_DIR: z.string().default(path.join(findRepoRoot(), '.data', 'ledger-keys')),
  /** Most entries one page of `publicationLogEntries` or `/ledger/:district/entries` returns. */
  LEDGER_MAX_PAGE: z.coerce.number().int().min(1).max(10_000).default(500),
}).extend(observabilityEnv.shape); // LOG_LEVEL, METRICS_TOKEN

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
