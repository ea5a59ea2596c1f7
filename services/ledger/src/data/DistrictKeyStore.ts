import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';

export interface DistrictKey {
  districtCode: string;
  privateKey: KeyObject;
  publicKeyPem: string;
  /** Lowercase hex SHA-256 of the DER (SPKI) public key. */
  fingerprint: string;
}

/**
 * Each district's Ed25519 tree-head key, one PKCS#8 PEM file per district in `dir` (mode 0600),
 * created on first use; `<district>.pub.pem` beside it is the public key to hand to verifiers.
 * Two processes creating the same key race on an exclusive create: the loser reads the winner's.
 */
export class DistrictKeyStore {
  /** Every district of China fits (about 2,900); no expiry: a key file does not change under a running ledger. */
  private readonly cache = new LRUCache<string, DistrictKey>({ max: 4_000 });

  constructor(private readonly dir: string) {}

  /** The district's key, created now if it has none. */
  keyFor(districtCode: string): DistrictKey {
    if (!/^\d{6}$/.test(districtCode)) throw new Error(`DistrictKeyStore: ${districtCode} is not a 6-digit district code`);
    const cached = this.cache.get(districtCode);
    if (cached) return cached;
    const key = this.load(districtCode) ?? this.create(districtCode);
    this.cache.set(districtCode, key);
    return key;
  }

  /** Path of the district's public key file (written with the key). */
  publicKeyFile(districtCode: string): string {
    return path.join(this.dir, `${districtCode}.pub.pem`);
  }

  private privateKeyFile(districtCode: string): string {
    return path.join(this.dir, `${districtCode}.pem`);
  }

  private load(districtCode: string): DistrictKey | null {
    let pem: string;
    try {
      pem = readFileSync(this.privateKeyFile(districtCode), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return describe(districtCode, createPrivateKey(pem));
  }

  private create(districtCode: string): DistrictKey {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(this.privateKeyFile(districtCode), privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return this.load(districtCode)!;
      throw error;
    }
    const key = describe(districtCode, privateKey);
    writeFileSync(this.publicKeyFile(districtCode), key.publicKeyPem);
    return key;
  }
}

function describe(districtCode: string, privateKey: KeyObject): DistrictKey {
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    districtCode,
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}
