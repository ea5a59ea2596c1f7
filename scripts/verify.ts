// `npm run verify -- --gateway http://127.0.0.1:4000 [--district 370812] [--record ID] [--public-key FILE]`
// Checks the publication log through the gateway, trusting only the district's public key; exit 0 "ok", 1 otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@zsgk/db';
import { formatReport, verifyPublicationLog } from '@zsgk/publication';

const USAGE = 'usage: npm run verify -- --gateway URL [--district CODE] [--record ID] [--public-key FILE] [--state-dir DIR]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      gateway: { type: 'string' },
      district: { type: 'string' },
      record: { type: 'string' },
      'public-key': { type: 'string' },
      'state-dir': { type: 'string', default: path.join(findRepoRoot(), '.data', 'verify') },
    },
  });
  if (!values.gateway) {
    console.error(USAGE);
    return 2;
  }
  if (values.district && !/^\d{6}$/.test(values.district)) {
    console.error(`--district must be a 6-digit division code\n${USAGE}`);
    return 2;
  }
  const report = await verifyPublicationLog({
    gatewayUrl: values.gateway,
    districtCode: values.district,
    recordId: values.record,
    publicKeyPem: values['public-key'] ? readFileSync(values['public-key'], 'utf8') : undefined,
    stateDir: values['state-dir'],
  });
  console.log(formatReport(report));
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`verify: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
