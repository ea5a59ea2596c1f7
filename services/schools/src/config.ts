import { commonEnv, readConfigOrExit } from '@zsgk/config';
import { z } from 'zod';

export const configSchema = commonEnv.extend({
  SCHOOLS_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  SCHOOLS_DB: z.string().default('zsgk_schools'),
  /** Largest request body, which bounds an import file too. */
  SCHOOLS_BODY_LIMIT: z.string().default('20mb'),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
