import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { createTokenVerifier } from './createTokenVerifier';
import { issueToken } from './issueToken';
import { loadOrCreateLocalKeys } from './localKeys';

const issuer = { issuer: 'zsgk-test', audience: 'zsgk-gateway' };
let keys: Awaited<ReturnType<typeof loadOrCreateLocalKeys>>;
let verify: ReturnType<typeof createTokenVerifier>;

beforeAll(async () => {
  keys = await loadOrCreateLocalKeys(mkdtempSync(path.join(os.tmpdir(), 'keys-')));
  verify = createTokenVerifier({ localPublicJwk: keys.publicJwk, ...issuer });
});

const bureau = { role: 'BUREAU', subject: 'clerk-1', districtCode: '370812' } as const;
const bearer = (token: string) => `Bearer ${token}`;

describe('createTokenVerifier', () => {
  it('when no Authorization header is sent, then the caller is PUBLIC', async () => {
    await expect(verify(undefined)).resolves.toEqual({ role: 'PUBLIC' });
  });

  it('when a valid bureau or school token is sent, then its identity comes back', async () => {
    await expect(verify(bearer(await issueToken(keys, bureau, { ...issuer, ttl: '5m' })))).resolves.toEqual(bureau);
    const school = { role: 'SCHOOL', subject: 'head-1', schoolId: '2137081001' } as const;
    await expect(verify(bearer(await issueToken(keys, school, { ...issuer, ttl: '5m' })))).resolves.toEqual(school);
  });

  it('when the token has expired, then it is refused saying so', async () => {
    const token = await new SignJWT({ role: 'BUREAU', districtCode: '370812' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setSubject('clerk')
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(keys.privateKey);
    await expect(verify(bearer(token))).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('expired') });
  });

  it('when the token is signed by another key, then it is refused', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ role: 'BUREAU', districtCode: '370812' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setSubject('mallory')
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(verify(bearer(token))).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('signature') });
  });

  it('when the token says alg none, then it is refused', async () => {
    const token = new UnsecuredJWT({ role: 'BUREAU', districtCode: '370812' }).setSubject('x').setIssuer(issuer.issuer).setAudience(issuer.audience).setExpirationTime('5m').encode();
    await expect(verify(bearer(token))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('when the token is an HMAC token keyed with the public key, then it is refused (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(await exportJWK((await generateKeyPair('ES256')).publicKey)));
    const token = await new SignJWT({ role: 'BUREAU', districtCode: '370812' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime('5m')
      .sign(secret);
    await expect(verify(bearer(token))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['role', { districtCode: '370812' }],
    ['districtCode', { role: 'BUREAU' }],
    ['schoolId', { role: 'SCHOOL', schoolId: '12' }],
  ])('when the token lacks a valid %s claim, then it is refused naming the claim', async (claim, claims) => {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
      .setSubject('x')
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime('5m')
      .sign(keys.privateKey);
    await expect(verify(bearer(token))).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining(`"${claim}"`) });
  });

  it('when the token is for another audience or the header is not Bearer, then it is refused', async () => {
    const other = await issueToken(keys, bureau, { issuer: issuer.issuer, audience: 'someone-else', ttl: '5m' });
    await expect(verify(bearer(other))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify('Basic dXNlcjpwYXNz')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('when the key directory already has a key, then the same key is reused (tokens survive restarts)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'keys-'));
    const first = await loadOrCreateLocalKeys(dir);
    const second = await loadOrCreateLocalKeys(dir);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(first.publicJwk).not.toHaveProperty('d');
  });
});
