import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

export const LOCAL_ALG = 'ES256';

export interface LocalKeys {
  privateKey: KeyLike;
  publicJwk: JWK;
  kid: string;
}

/**
 * The embedded identity provider's key pair: ES256, generated on first start into `dir`
 * (private key file mode 0600) and reused after, so tokens survive restarts. For a real
 * deployment configure the bureau's identity provider (GATEWAY_JWKS_URL) instead.
 */
export async function loadOrCreateLocalKeys(dir: string): Promise<LocalKeys> {
  const file = path.join(dir, 'jwt-signing-key.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey } = await generateKeyPair(LOCAL_ALG, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: LOCAL_ALG, kid: `local-${Date.now().toString(36)}` };
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK & { kid: string };
  const { d: _private, ...publicJwk } = jwk;
  return { privateKey: (await importJWK(jwk, LOCAL_ALG)) as KeyLike, publicJwk, kid: jwk.kid };
}
