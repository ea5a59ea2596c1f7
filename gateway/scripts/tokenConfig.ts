import { readConfigOrExit } from '@zsgk/config';
import { findRepoRoot } from '@zsgk/db';
import path from 'node:path';
import { configSchema } from '../src/config';

/** The token script needs only the issuer settings of the gateway's config (same variables, same defaults). */
export function loadTokenConfig() {
  const schema = configSchema.pick({ GATEWAY_JWT_ISSUER: true, GATEWAY_JWT_AUDIENCE: true }).extend({
    GATEWAY_KEY_DIR: configSchema.shape.GATEWAY_KEY_DIR.default(path.join(findRepoRoot(), '.data', 'gateway-keys')),
  });
  return readConfigOrExit(schema, process.env);
}
