// `npm run token -w gateway -- --role BUREAU --district 370812 [--sub clerk] [--ttl 8h]`
// `npm run token -w gateway -- --role SCHOOL --school 2137081001 [--sub head] [--ttl 8h]`
// Prints a development token signed by the embedded issuer's key (GATEWAY_KEY_DIR).
import { parseArgs } from 'node:util';
import { issueToken } from '../src/auth/issueToken';
import { loadOrCreateLocalKeys } from '../src/auth/localKeys';
import { loadTokenConfig } from './tokenConfig';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    district: { type: 'string' },
    school: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});

function fail(message: string): never {
  console.error(`token: ${message}\nusage: npm run token -w gateway -- --role BUREAU --district 370812 | --role SCHOOL --school 2137081001 [--sub NAME] [--ttl 8h]`);
  process.exit(2);
}

async function main(): Promise<void> {
  const config = loadTokenConfig();
  const keys = await loadOrCreateLocalKeys(config.GATEWAY_KEY_DIR);
  const options = { issuer: config.GATEWAY_JWT_ISSUER, audience: config.GATEWAY_JWT_AUDIENCE, ttl: values.ttl! };
  if (values.role === 'BUREAU') {
    if (!/^\d{6}$/.test(values.district ?? '')) fail('--district must be a 6-digit division code');
    console.log(await issueToken(keys, { role: 'BUREAU', subject: values.sub ?? 'bureau-dev', districtCode: values.district! }, options));
  } else if (values.role === 'SCHOOL') {
    if (!/^\d{10}$/.test(values.school ?? '')) fail('--school must be a 10-digit school code');
    console.log(await issueToken(keys, { role: 'SCHOOL', subject: values.sub ?? 'school-dev', schoolId: values.school! }, options));
  } else fail('--role must be BUREAU or SCHOOL');
}

void main();
