import { createHash, randomUUID } from 'node:crypto';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { listenOnFreePort } from '@zsgk/testkit';
import type { OidcOptions } from '../src/accounts';
import { loadOpenIdClient } from '../src/accounts/oidc/loadOpenIdClient';
import { startSystem } from '../../test/support/startSystem';

/**
 * Sign-in through the bureau's identity provider (OpenID Connect, authorization code + PKCE) against
 * a small provider served here over real HTTP: discovery, authorize (signs in `nextUser` at once), token
 * (checks the client secret and the PKCE verifier, signs an ES256 ID token with the nonce), JWKS.
 */
const CONSOLE = 'http://localhost:8081/';
const CLIENT = { id: 'zsgk-console', secret: 'client-secret-0123456789' };

let system: Awaited<ReturnType<typeof startSystem>>;
let provider: Awaited<ReturnType<typeof listenOnFreePort>>;
let nextUser: Record<string, unknown>;
/** What the provider saw, for the assertions. */
const seen: { authorize: URLSearchParams[]; token: URLSearchParams[] } = { authorize: [], token: [] };

async function startProvider() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce: string; user: Record<string, unknown>; redirectUri: string }>();
  const app = express();
  let issuer = '';
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['ES256'],
      code_challenge_methods_supported: ['S256'], token_endpoint_auth_methods_supported: ['client_secret_basic'],
    });
  });
  app.get('/jwks', (_req, res) => void res.json({ keys: [jwk] }));
  app.get('/authorize', (req, res) => {
    const query = new URLSearchParams(req.url.split('?')[1]);
    seen.authorize.push(query);
    const code = randomUUID();
    codes.set(code, { challenge: query.get('code_challenge')!, nonce: query.get('nonce')!, user: nextUser, redirectUri: query.get('redirect_uri')! });
    const back = new URL(query.get('redirect_uri')!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state')!);
    res.redirect(302, back.href);
  });
  app.post('/token', express.urlencoded({ extended: false }), async (req, res) => {
    const body = new URLSearchParams(req.body as Record<string, string>);
    seen.token.push(body);
    // client_secret_basic: id and secret form-urlencoded, then base64 (RFC 6749 §2.3.1).
    const [id, secret] = Buffer.from(req.header('authorization')?.replace(/^Basic /, '') ?? '', 'base64').toString().split(':').map((part) => decodeURIComponent(part.replace(/\+/g, ' ')));
    const grant = codes.get(body.get('code') ?? '');
    codes.delete(body.get('code') ?? '');
    const verifierOk = grant && createHash('sha256').update(body.get('code_verifier') ?? '').digest('base64url') === grant.challenge;
    if (id !== CLIENT.id || secret !== CLIENT.secret || !grant || !verifierOk || body.get('redirect_uri') !== grant.redirectUri) {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    const idToken = await new SignJWT({ ...grant.user, nonce: grant.nonce })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' }).setIssuer(issuer).setAudience(CLIENT.id).setSubject(String(grant.user.sub))
      .setIssuedAt().setExpirationTime('5m').sign(privateKey);
    res.json({ access_token: randomUUID(), token_type: 'Bearer', expires_in: 300, id_token: idToken });
  });
  const listening = await listenOnFreePort(app);
  issuer = listening.baseUrl;
  return listening;
}

/** Follows the browser's path: gateway start → provider → gateway callback, carrying the state cookie. */
async function signInThroughProvider(options: { dropStateCookie?: boolean } = {}) {
  const start = await fetch(`${system.gatewayBaseUrl}/auth/oidc/start`, { redirect: 'manual' });
  expect(start.status).toBe(303);
  const stateCookie = start.headers.getSetCookie().find((c) => c.startsWith('zsgk_oidc='))!;
  const atProvider = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  const callback = atProvider.headers.get('location')!;
  const back = await fetch(callback, { redirect: 'manual', headers: options.dropStateCookie ? {} : { cookie: stateCookie.split(';')[0]! } });
  expect(back.status).toBe(303);
  const refresh = back.headers.getSetCookie().map((c) => /^zsgk_refresh=([^;]+)/.exec(c)?.[1]).find(Boolean);
  return { stateCookie, callback, location: back.headers.get('location')!, refresh };
}

beforeAll(async () => {
  provider = await startProvider();
  const oidc: OidcOptions = {
    issuer: provider.baseUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, redirectUri: 'set below', returnUrl: CONSOLE,
    claims: { role: 'zsgk_role', district: 'zsgk_district', school: 'zsgk_school' }, allowHttp: true,
  };
  system = await startSystem({ oidc });
  // The callback's address is known once the gateway listens; the gateway reads its options on each sign-in.
  oidc.redirectUri = `${system.gatewayBaseUrl}/auth/oidc/callback`;
}, 60_000);

afterAll(async () => {
  await system?.stop();
  await provider?.close();
});

it('when openid-client (ES modules only) is loaded under jest, then it loads (gateway/jest.config.js must let SWC transform openid-client, oauth4webapi and jose)', () => {
  expect(typeof loadOpenIdClient().discovery).toBe('function');
});

/** Without the jest setting the test above fails alone, and these are skipped rather than failing for the same reason. */
const canLoad = (() => {
  try {
    return typeof loadOpenIdClient().discovery === 'function';
  } catch {
    return false;
  }
})();
const describeOidc = canLoad ? describe : describe.skip;

describeOidc('through the provider', () => {
  it('when an officer signs in at the provider, then the gateway redirects to the console with a refresh cookie, and refresh gives a token for that district', async () => {
    nextUser = { sub: 'idp-user-7', name: '郑科长', zsgk_role: 'BUREAU', zsgk_district: '370812' };
    const { location, refresh, stateCookie } = await signInThroughProvider();
    expect(location).toBe(CONSOLE);
    expect(stateCookie).toMatch(/HttpOnly/);
    expect(stateCookie).toMatch(/SameSite=Lax/);
    const authorize = seen.authorize.at(-1)!;
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(authorize.get('nonce')).toEqual(expect.any(String));
    expect(seen.token.at(-1)!.get('code_verifier')).toEqual(expect.any(String));

    const answer = await fetch(`${system.gatewayBaseUrl}/auth/refresh`, { method: 'POST', headers: { 'x-zsgk-csrf': '1', cookie: `zsgk_refresh=${refresh}` } });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as any;
    expect(body.account).toEqual(expect.objectContaining({ username: 'oidc:idp-user-7', displayName: '郑科长', role: 'BUREAU', districtCode: '370812' }));
    const me = await fetch(`${system.gatewayBaseUrl}/auth/me`, { headers: { authorization: `Bearer ${body.accessToken}` } });
    expect(((await me.json()) as any).account.username).toBe('oidc:idp-user-7');

    const audit = await fetch(`${system.gatewayBaseUrl}/audit`, { headers: { authorization: `Bearer ${body.accessToken}` } });
    const entries = ((await audit.json()) as any).entries;
    expect(entries).toContainEqual(expect.objectContaining({ event: 'SIGN_IN', account: 'oidc:idp-user-7', operationName: 'oidc', districtCode: '370812' }));
  });

  it('when the callback comes without the state cookie, or is replayed, then no session is made and the console is told why', async () => {
    nextUser = { sub: 'idp-user-8', zsgk_role: 'BUREAU', zsgk_district: '370812' };
    const noCookie = await signInThroughProvider({ dropStateCookie: true });
    expect(noCookie.refresh).toBeUndefined();
    expect(new URL(noCookie.location).searchParams.get('signInError')).toBe('UNAUTHENTICATED');

    const first = await signInThroughProvider();
    expect(first.refresh).toBeDefined();
    const replay = await fetch(first.callback, { redirect: 'manual', headers: { cookie: first.stateCookie.split(';')[0]! } });
    expect(new URL(replay.headers.get('location')!).searchParams.get('signInError')).toBe('UNAUTHENTICATED');
    expect(replay.headers.getSetCookie().some((c) => /^zsgk_refresh=[^;]+/.test(c))).toBe(false);
  });

  it('when the provider grants no role of this system, then the sign-in is FORBIDDEN', async () => {
    nextUser = { sub: 'idp-user-9', name: '访客' };
    const { location, refresh } = await signInThroughProvider();
    expect(new URL(location).searchParams.get('signInError')).toBe('FORBIDDEN');
    expect(refresh).toBeUndefined();
  });

  it('when the bureau disables an account from the provider, then its next sign-in there is refused', async () => {
    nextUser = { sub: 'idp-user-10', zsgk_role: 'BUREAU', zsgk_district: '370812' };
    expect((await signInThroughProvider()).refresh).toBeDefined();
    await system.seedAccounts([{ username: 'yz-admin', displayName: '管理员', role: 'BUREAU', districtCode: '370812', password: 'Zhaosheng-2026' }]);
    const signIn = await fetch(`${system.gatewayBaseUrl}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'yz-admin', password: 'Zhaosheng-2026' }) });
    const admin = ((await signIn.json()) as any).accessToken;
    const disabled = await fetch(`${system.gatewayBaseUrl}/auth/accounts/${encodeURIComponent('oidc:idp-user-10')}/disable`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(disabled.status).toBe(200);
    const again = await signInThroughProvider();
    expect(again.refresh).toBeUndefined();
    expect(new URL(again.location).searchParams.get('signInError')).toBe('FORBIDDEN');
  });
});
