import { readConfigOrExit } from '@zsgk/config';
import { z } from 'zod';

const url = z.string().url();

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SCHOOLS_URL: url.default('http://127.0.0.1:4001/graphql'),
  CATCHMENTS_URL: url.default('http://127.0.0.1:4002/graphql'),
  ADMISSIONS_URL: url.default('http://127.0.0.1:4003/graphql'),
  /** Shared with the subgraphs: signs the caller's identity on every subgraph request. */
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Comma-separated browser origins allowed to call the gateway (the web map). */
  WEB_MAP_ORIGIN: z.string().default('http://localhost:8080,http://127.0.0.1:8080'),
  GATEWAY_BODY_LIMIT: z.string().default('20mb'),
  /** Abort a subgraph request after this long, so one slow service cannot hold every request. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(): Config {
  return readConfigOrExit(configSchema, process.env);
}
