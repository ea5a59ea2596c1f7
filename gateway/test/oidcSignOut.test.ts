import { createHash, randomUUID } from 'node:crypto';
import express from 'express';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { listenOnFreePort } from '@zsgk/testkit';
import type { OidcOptions } from '../src/accounts';
import { startSystem } from '../../test/support/startSystem';

/**
 * 退出登录 after a sign-in through the bureau's identity provider ends the session there too
 * (RP-initiated logout): a small provider served here over real HTTP advertises `end_session_endpoint`
 * and, when the browser arrives with a valid `id_token_hint`, ends its own session and sends it back to
 * the registered `post_logout_redirect_uri` (the console).
 */
const CONSOLE = 'http://localhost:8081/';
const CLIENT = { id: 'zsgk-console', secret: 'client-secret-0123456789' };

let system: Awaited<ReturnType<typeof startSystem>>;
let provider: Awaited<ReturnType<typeof listenOnFreePort>>;
/** The provider's own sessions (by `sub`), which its end-session endpoint ends. */
const providerSessions = new Set<string>();
const issuedIdTokens: string[] = [];

async function startProvider() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string }>();
  const app = express();
  let issuer = '';
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`, end_session_endpoint: `${issuer}/logout`,
      response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['ES256'],
      code_challenge_methods_supported: ['S256'], token_endpoint_auth_methods_supported: ['client_secret_basic'],
    });
  });
  app.get('/jwks', (_req, res) => void res.json({ keys: [jwk] }));
  app.get('/authorize', (req, res) => {
    const query = new URLSearchParams(req.url.split('?')[1]);
    const code = randomUUID();
    codes.set(code, { challenge: query.get('code_challenge')!, nonce: query.get('nonce')!, redirectUri: query.get('redirect_uri')! });
    providerSessions.add('idp-officer-1');
    const back = new URL(query.get('redirect_uri')!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state')!);
    res.redirect(302, back.href);
  });
  app.post('/token', express.urlencoded({ extended: false }), async (req, res) => {
    const body = new URLSearchParams(req.body as Record<string, string>);
    const grant = codes.get(body.get('code') ?? '');
    codes.delete(body.get('code') ?? '');
    if (!grant || createHash('sha256').update(body.get('code_verifier') ?? '').digest('base64url') !== grant.challenge) {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    const idToken = await new SignJWT({ nonce: grant.nonce, name: '郑科长', zsgk_role: 'BUREAU', zsgk_district: '370812' })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' }).setIssuer(issuer).setAudience(CLIENT.id).setSubject('idp-officer-1')
      .setIssuedAt().setExpirationTime('5m').sign(privateKey);
    issuedIdTokens.push(idToken);
    res.json({ access_token: randomUUID(), token_type: 'Bearer', expires_in: 300, id_token: idToken });
  });
  // RP-initiated logout: only a hint this provider issued, and only back to the registered console.
  app.get('/logout', (req, res) => {
    const query = new URLSearchParams(req.url.split('?')[1]);
    const hint = query.get('id_token_hint') ?? '';
    if (!issuedIdTokens.includes(hint) || query.get('post_logout_redirect_uri') !== CONSOLE || query.get('client_id') !== CLIENT.id) {
      res.status(400).send('invalid logout request');
      return;
    }
    providerSessions.delete(String(decodeJwt(hint).sub));
    res.redirect(302, query.get('post_logout_redirect_uri')!);
  });
  const listening = await listenOnFreePort(app);
  issuer = listening.baseUrl;
  return listening;
}

/** The browser's path: gateway start → provider → gateway callback; the refresh cookie it ends with. */
async function signInThroughProvider(): Promise<string> {
  const start = await fetch(`${system.gatewayBaseUrl}/auth/oidc/start`, { redirect: 'manual' });
  const stateCookie = start.headers.getSetCookie().find((c) => c.startsWith('zsgk_oidc='))!.split(';')[0]!;
  const atProvider = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  const back = await fetch(atProvider.headers.get('location')!, { redirect: 'manual', headers: { cookie: stateCookie } });
  return back.headers.getSetCookie().map((c) => /^zsgk_refresh=([^;]+)/.exec(c)?.[1]).find(Boolean)!;
}

const post = (route: string, refresh: string) =>
  fetch(`${system.gatewayBaseUrl}${route}`, { method: 'POST', headers: { 'x-zsgk-csrf': '1', origin: 'http://localhost:8081', cookie: `zsgk_refresh=${refresh}` } });

beforeAll(async () => {
  provider = await startProvider();
  const oidc: OidcOptions = {
    issuer: provider.baseUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, redirectUri: 'set below', returnUrl: CONSOLE,
    claims: { role: 'zsgk_role', district: 'zsgk_district', school: 'zsgk_school' }, allowHttp: true,
  };
  system = await startSystem({ oidc, consoleOrigins: ['http://localhost:8081'] });
  oidc.redirectUri = `${system.gatewayBaseUrl}/auth/oidc/callback`;
}, 60_000);

afterAll(async () => {
  await system?.stop();
  await provider?.close();
});

it('when an officer signed in at the provider signs out, then the gateway ends its session and names the provider\'s end-session URL, which ends the provider\'s session and returns to the console', async () => {
  const first = await signInThroughProvider();
  expect(providerSessions.has('idp-officer-1')).toBe(true);
  // A refresh rotates the cookie: the ID token must travel with the sign-in, not the first cookie only.
  const refreshed = await post('/auth/refresh', first);
  expect(refreshed.status).toBe(200);
  const cookie = refreshed.headers.getSetCookie().map((c) => /^zsgk_refresh=([^;]+)/.exec(c)?.[1]).find(Boolean)!;

  const signOut = await post('/auth/sign-out', cookie);
  expect(signOut.status).toBe(200);
  expect(signOut.headers.getSetCookie().some((c) => /^zsgk_refresh=;/.test(c))).toBe(true);
  const { endSessionUrl } = (await signOut.json()) as { endSessionUrl: string };
  const url = new URL(endSessionUrl);
  expect(`${url.origin}${url.pathname}`).toBe(`${provider.baseUrl}/logout`);
  expect(url.searchParams.get('id_token_hint')).toBe(issuedIdTokens.at(-1));
  expect(url.searchParams.get('post_logout_redirect_uri')).toBe(CONSOLE);

  // The gateway's own session is over …
  expect((await post('/auth/refresh', cookie)).status).toBe(401);
  // … and the browser, sent to the provider, is signed out there and comes back to the console.
  const atProvider = await fetch(endSessionUrl, { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  expect(atProvider.headers.get('location')).toBe(CONSOLE);
  expect(providerSessions.has('idp-officer-1')).toBe(false);

  const reader = await system.token({ role: 'BUREAU', subject: 'audit-reader', districtCode: '370812' });
  const audit = await fetch(`${system.gatewayBaseUrl}/audit?operation=SIGN_OUT&who=oidc:idp-officer-1`, { headers: { authorization: `Bearer ${reader}` } });
  expect(((await audit.json()) as any).entries).toContainEqual(expect.objectContaining({ event: 'SIGN_OUT', account: 'oidc:idp-officer-1', operationName: 'oidc' }));
});

it('when a password account signs out, then there is nothing to end at the provider: 204 as before', async () => {
  await system.seedAccounts([{ username: 'yz-password-officer', displayName: '王科员', role: 'BUREAU', districtCode: '370812', password: 'Zhaosheng-2026' }]);
  const signIn = await fetch(`${system.gatewayBaseUrl}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'yz-password-officer', password: 'Zhaosheng-2026' }) });
  const cookie = signIn.headers.getSetCookie().map((c) => /^zsgk_refresh=([^;]+)/.exec(c)?.[1]).find(Boolean)!;
  const signOut = await post('/auth/sign-out', cookie);
  expect(signOut.status).toBe(204);
  expect((await post('/auth/refresh', cookie)).status).toBe(401);
});
