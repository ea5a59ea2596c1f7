import path from 'node:path';
import { readConfigOrExit } from '@zsgk/config';
import { findRepoRoot } from '@zsgk/db';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** Settings of `npm start` (the one-machine launcher). Every variable is listed in .env.example. */
export const startConfigSchema = z.object({
  /** Use this MongoDB instead of starting the embedded FerretDB. */
  MONGODB_URI: z.string().optional(),
  EMBEDDED_DB_PORT: port(27027),
  /** Where the embedded database and the generated identity secret live. */
  DATA_DIR: z.string().default(path.join(findRepoRoot(), '.data')),
  /** Shared gateway↔subgraph secret; generated once into DATA_DIR when unset. */
  IDENTITY_SECRET: z.string().min(32).optional(),
  HOST: z.string().default('127.0.0.1'),
  SCHOOLS_PORT: port(4001),
  CATCHMENTS_PORT: port(4002),
  ADMISSIONS_PORT: port(4003),
  /** The ledger subgraph (publication log, signed heads, proofs). */
  LEDGER_PORT: port(4004),
  GATEWAY_PORT: port(4000),
  WEB_MAP_PORT: port(8080),
  /** The staff console (学校 · 教育局工作台). */
  CONSOLE_PORT: port(8081),
  /** Map tiles for the web map (e.g. a 天地图 or OSM-style template); unset shows no tiles. */
  TILE_URL: z.string().optional(),
  DEMO_DISTRICT_CODE: z.string().regex(/^\d{6}$/).default('370812'),
  /** Load the sample district when its database is empty. */
  LOAD_DEMO: z.enum(['true', 'false']).default('true'),
});

export type StartConfig = z.infer<typeof startConfigSchema>;

export function loadStartConfig(): StartConfig {
  return readConfigOrExit(startConfigSchema, process.env);
}
