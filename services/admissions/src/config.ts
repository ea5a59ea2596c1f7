import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  ADMISSIONS_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  ADMISSIONS_DB: z.string().default('zsgk_admissions'),
  /** Largest request body, which bounds an import file too. */
  ADMISSIONS_BODY_LIMIT: z.string().default('20mb'),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
