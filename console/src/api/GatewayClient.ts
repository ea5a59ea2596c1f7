import type { TypedDocumentString } from './generated/graphql';
import { ApiError, type GatewayErrorBody } from './ApiError';
import type { Account, Session } from './Account';
import { readAnswer } from './readAnswer';

/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
const REFRESH_MARGIN_MS = 60_000;

type Listener = (session: Session | null) => void;

/**
 * The console's one way to the gateway: GraphQL operations generated from the schema, the /auth routes,
 * and authorised fetches for /upload, /templates and /audit. The access token lives in this object only
 * (never in storage); the refresh token is the gateway's HttpOnly cookie, sent with `credentials:
 * 'include'`, and /auth/refresh carries `x-zsgk-csrf: 1` so a cross-site form cannot trigger it.
 */
export class GatewayClient {
  private session: Session | null = null;
  private refreshing: Promise<Session | null> | null = null;
  private readonly listeners = new Set<Listener>();

  /**
   * @param gatewayUrl the gateway's base URL, e.g. http://localhost:4000 (no /graphql).
   * @param options.oidcSignIn whether the sign-in page offers the bureau's identity provider.
   */
  constructor(
    readonly gatewayUrl: string,
    readonly options: { oidcSignIn?: boolean } = {},
  ) {}

  get account(): Account | null {
    return this.session?.account ?? null;
  }

  /** Called with the new session (or null when signed out or the session ended). */
  onSessionChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(username: string, password: string): Promise<Account> {
    const session = await readAnswer<Session>(await this.post('/auth/sign-in', { username, password }));
    this.setSession(session);
    return session.account;
  }

  /** Restores the session from the refresh cookie (page reload); null when there is none. */
  async resume(): Promise<Account | null> {
    return (await this.refresh())?.account ?? null;
  }

  /**
   * Ends the session. A sign-in through the identity provider answers the provider's end-session URL
   * (RP-initiated logout), which the caller opens so the provider's session ends too; else undefined.
   */
  async signOut(): Promise<string | undefined> {
    try {
      const answer = await readAnswer<{ endSessionUrl?: string } | undefined>(await this.post('/auth/sign-out', undefined, { 'x-zsgk-csrf': '1' }));
      return answer?.endSessionUrl;
    } finally {
      this.setSession(null);
    }
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await readAnswer<void>(await this.authorisedFetch('/auth/password', jsonInit({ currentPassword, newPassword })));
  }

  /** Runs a generated operation; throws ApiError with the first error's code when the answer has errors. */
  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const response = await this.authorisedFetch('/graphql', jsonInit({ query: document.toString(), variables: variables ?? {} }));
    const body = await readAnswer<{ data?: TResult; errors?: GatewayErrorBody[] }>(response);
    if (body.errors?.length) throw new ApiError(response.status, body.errors);
    if (!body.data) throw new ApiError(response.status, [{ message: '服务器没有返回数据' }]);
    return body.data;
  }

  /**
   * fetch with the access token (refreshed first when close to expiry, and once more after a 401).
   * For routes outside GraphQL: /upload/:kind, /upload/problems.xlsx, /audit, /auth/accounts.
   */
  async authorisedFetch(path: string, init: RequestInit = {}): Promise<Response> {
    const send = (token: string | undefined) =>
      this.fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    let session = this.session;
    if (session && Date.parse(session.expiresAt) - Date.now() < REFRESH_MARGIN_MS) session = await this.refresh();
    const response = await send(session?.accessToken);
    if (response.status !== 401 || !session) return response;
    const renewed = await this.refresh();
    return renewed ? send(renewed.accessToken) : response;
  }

  /** A gateway URL for links the browser opens itself (template downloads). */
  url(path: string): string {
    return new URL(path, this.gatewayUrl).toString();
  }

  /** One refresh at a time: concurrent callers share it, since the gateway rotates the cookie on use. */
  private refresh(): Promise<Session | null> {
    this.refreshing ??= (async () => {
      try {
        const response = await this.post('/auth/refresh', undefined, { 'x-zsgk-csrf': '1' });
        if (response.status === 401) {
          this.setSession(null);
          return null;
        }
        const session = await readAnswer<Session>(response);
        this.setSession(session);
        return session;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const init = body === undefined ? { method: 'POST' } : jsonInit(body);
    return this.fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
  }

  private async fetch(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(this.url(path), { ...init, credentials: 'include' });
    } catch (error) {
      throw ApiError.unreachable(error);
    }
  }

  private setSession(session: Session | null): void {
    this.session = session;
    for (const listener of this.listeners) listener(session);
  }
}

function jsonInit(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
