import { AppError } from '@zsgk/errors';
import type { Configuration } from 'openid-client';
import type { AccountRepository } from '../data/AccountRepository';
import type { OidcAttemptRepository } from '../data/OidcAttemptRepository';
import type { Session, SignInService } from '../SignInService';
import { claimsToAccount, type ClaimNames } from './claimsToAccount';
import { loadOpenIdClient } from './loadOpenIdClient';

/** Sign-in through the bureau's identity provider (GatewayOptions.accounts.oidc). */
export interface OidcOptions {
  /** The provider's issuer URL; its `/.well-known/openid-configuration` is read on first use. */
  issuer: string;
  clientId: string;
  /** Confidential client (client_secret_basic); unset: a public client with PKCE only. */
  clientSecret?: string;
  /** This gateway's callback as registered at the provider, e.g. https://zsgk.example.cn/auth/oidc/callback. */
  redirectUri: string;
  /** Where the browser goes after the callback (the console); a failure adds `?signInError=<CODE>`. */
  returnUrl: string;
  scopes?: string;
  claims: ClaimNames;
  /** Plain-http provider (development and tests only; refused in production by config). */
  allowHttp?: boolean;
}

const ATTEMPT_MS = 10 * 60_000;

/**
 * Authorization code flow with PKCE (S256), `state` and `nonce`, through `openid-client`. The attempt
 * (verifier, nonce) stays in the gateway's database under its state, the browser holds the state in a
 * cookie, and the callback must bring both; it is usable once. The ID token's claims become an account
 * (`claimsToAccount`) and the same session as a password sign-in begins (refresh cookie, access tokens
 * from the embedded key), so everything after sign-in is unchanged.
 */
export class OidcSignIn {
  private configuration: Promise<Configuration> | undefined;

  constructor(
    readonly options: OidcOptions,
    private readonly deps: {
      attempts: OidcAttemptRepository;
      accounts: AccountRepository;
      signIn: SignInService;
      findSchool: (schoolId: string) => Promise<{ districtCode: string; name: string } | null>;
    },
  ) {}

  /** The provider's authorization URL to redirect to, and the state to keep in the browser's cookie. */
  async start(): Promise<{ url: string; state: string }> {
    const client = loadOpenIdClient();
    const config = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.deps.attempts.insert({ state, codeVerifier, nonce, expiresAt: new Date(Date.now() + ATTEMPT_MS) });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: this.options.scopes ?? 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /** Completes the callback (its query string) begun in this browser (`cookieState`). */
  async finish(query: string, cookieState: string | undefined, clientAddress?: string): Promise<Session> {
    const client = loadOpenIdClient();
    const returned = new URLSearchParams(query).get('state');
    if (!cookieState || returned !== cookieState) throw new AppError('UNAUTHENTICATED', '登录请求已失效或不是从本浏览器发起的，请重新登录', { path: 'state' });
    const attempt = await this.deps.attempts.take(cookieState, new Date());
    if (!attempt) throw new AppError('UNAUTHENTICATED', '登录请求已过期或已使用，请重新登录', { path: 'state' });
    const config = await this.discover();
    const callback = new URL(this.options.redirectUri);
    callback.search = query;
    let claims: Record<string, unknown> | undefined;
    let idToken: string | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
      idToken = tokens.id_token;
    } catch (error) {
      throw new AppError('UNAUTHENTICATED', '统一身份认证未能完成登录，请重新登录', { path: 'code', cause: error });
    }
    if (!claims) throw new AppError('UNAUTHENTICATED', '统一身份认证未返回身份信息', { path: 'id_token' });
    const external = await claimsToAccount(claims, this.options.claims, this.deps.findSchool);
    const account = await this.deps.accounts.upsertExternal(external, new Date());
    return this.deps.signIn.signInExternal(account, clientAddress, idToken);
  }

  /**
   * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the provider's end-session URL, with
   * the sign-in's ID token as `id_token_hint` and the console as `post_logout_redirect_uri` (it must be
   * registered at the provider), where the browser goes after the gateway's own sign-out. Null when
   * the provider advertises no `end_session_endpoint`, or cannot be reached: the gateway's session has
   * ended either way, and signing out must not fail because the provider is down.
   */
  async endSessionUrl(idToken: string): Promise<string | null> {
    try {
      const config = await this.discover();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return loadOpenIdClient().buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: this.options.returnUrl }).href;
    } catch (error) {
      console.error('[gateway] OpenID Connect end-session URL unavailable; signed out here only', error);
      return null;
    }
  }

  private discover(): Promise<Configuration> {
    const client = loadOpenIdClient();
    this.configuration ??= client
      .discovery(
        new URL(this.options.issuer),
        this.options.clientId,
        undefined,
        this.options.clientSecret ? client.ClientSecretBasic(this.options.clientSecret) : client.None(),
        this.options.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined; // try again on the next sign-in
        throw new AppError('SERVICE_UNAVAILABLE', '统一身份认证服务暂时无法访问，请稍后再试', { cause: error, details: { service: 'oidc' } });
      });
    return this.configuration;
  }
}
