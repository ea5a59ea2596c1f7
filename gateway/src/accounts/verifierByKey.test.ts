import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier } from '../auth/createTokenVerifier';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateLocalKeys } from '../auth/localKeys';
import { verifierByKey } from './verifierByKey';

describe('verifierByKey', () => {
  it("when a token carries the embedded key's kid, then the local verifier checks it; any other token goes to the provider", async () => {
    const keys = await loadOrCreateLocalKeys(mkdtempSync(path.join(os.tmpdir(), 'keys-')));
    const local = createTokenVerifier({ localPublicJwk: keys.publicJwk, issuer: 'zsgk-local', audience: 'zsgk-gateway' });
    const seen: string[] = [];
    const provider = async (authorization: string | undefined) => {
      seen.push(authorization ?? 'none');
      return { role: 'PUBLIC' } as const;
    };
    const verify = verifierByKey(keys.kid, local, provider);
    const ours = await issueToken(keys, { role: 'BUREAU', subject: 'clerk', districtCode: '370812' }, { issuer: 'zsgk-local', audience: 'zsgk-gateway', ttl: '5m' });
    await expect(verify(`Bearer ${ours}`)).resolves.toEqual({ role: 'BUREAU', subject: 'clerk', districtCode: '370812' });
    expect(seen).toEqual([]);

    // Same kid, other key: the local verifier refuses it (choosing by kid grants nothing).
    const forged = await new SignJWT({ role: 'BUREAU', districtCode: '370812' }).setProtectedHeader({ alg: 'ES256', kid: keys.kid }).setSubject('x')
      .setIssuer('zsgk-local').setAudience('zsgk-gateway').setExpirationTime('5m').sign((await generateKeyPair('ES256')).privateKey);
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    await verify('Bearer not-a-jwt');
    await verify(undefined);
    expect(seen).toEqual(['Bearer not-a-jwt', 'none']);
  });
});
