import { createHash, createPublicKey } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SignedTreeHead } from '../heads/signedTreeHead';
import { CONTENT_FIELDS, LedgerClient } from './LedgerClient';
import { verifyDistrict } from './verifyDistrict';
import type { DistrictReport, VerifyReport } from './VerifyReport';

export interface VerifyOptions {
  /** The gateway's base URL (with or without /graphql). */
  gatewayUrl: string;
  /** One district; default: every district that has a log (or the record's district). */
  districtCode?: string;
  /** Check only this record: its inclusion proofs and its content. */
  recordId?: string;
  /** PEM of the district's public key. Without it the key is fetched from the ledger, with a warning. */
  publicKeyPem?: string;
  /** Where accepted heads are kept between runs (`<dir>/<district>.json`); unset: no consistency memory. */
  stateDir?: string;
  fetch?: typeof fetch;
}

/** The standalone verifier (`npm run verify`): see verifyDistrict for what each district gets. */
export async function verifyPublicationLog(options: VerifyOptions): Promise<VerifyReport> {
  const started = performance.now();
  const client = new LedgerClient(options.gatewayUrl, options.fetch);
  const warnings: string[] = [];
  const districts = await districtsToCheck(client, options);
  if (districts.length === 0) warnings.push(options.recordId ? `record ${options.recordId} is in no district's log` : 'the ledger has no district logs');
  const reports: DistrictReport[] = [];
  for (const districtCode of districts) {
    const publicKeyPem = options.publicKeyPem ?? (await client.publicKey(districtCode));
    if (!publicKeyPem) {
      reports.push(emptyReport(districtCode, `${districtCode}: no public key is published for this district`));
      continue;
    }
    if (!options.publicKeyPem) {
      warnings.push(`${districtCode}: using the public key the ledger serves (fingerprint ${fingerprint(publicKeyPem)}); compare it with the one the bureau publishes, or pass --public-key FILE`);
    }
    const stateFile = options.stateDir ? path.join(options.stateDir, `${districtCode}.json`) : null;
    const report = await verifyDistrict({ client, districtCode, publicKeyPem, previousHead: readHead(stateFile), recordId: options.recordId });
    if (stateFile && report.head && report.problems.length === 0) saveHead(stateFile, report.head);
    const { head: _head, ...rest } = report;
    reports.push(rest);
  }
  const notYetVerifiable = CONTENT_FIELDS.filter((field) => client.missingFields.has(field));
  const ok = reports.length > 0 && reports.every((r) => r.problems.length === 0 && r.mismatches.length === 0);
  return { ok, districts: reports, warnings, notYetVerifiable, durationMs: performance.now() - started };
}

async function districtsToCheck(client: LedgerClient, options: VerifyOptions): Promise<string[]> {
  if (options.districtCode) return [options.districtCode];
  if (options.recordId) return [...new Set((await client.recordEntries(options.recordId)).map((entry) => entry.districtCode))];
  return client.districts();
}

function readHead(file: string | null): SignedTreeHead | null {
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SignedTreeHead;
  } catch {
    return null;
  }
}

function saveHead(file: string, head: SignedTreeHead): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(head, null, 2)}\n`);
}

export function fingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

function emptyReport(districtCode: string, problem: string): DistrictReport {
  return { districtCode, treeSize: 0, rootHash: null, lines: [], problems: [problem], mismatches: [], matched: 0, notServed: 0 };
}
