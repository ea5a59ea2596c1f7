import type { Router, RequestHandler } from 'express';
import type { Connection } from 'mongoose';
import type { AuditEntry } from '../audit/AuditEntry';
import { issueToken } from '../auth/issueToken';
import type { LocalKeys } from '../auth/localKeys';
import { AccountAdministration, type AdministrationDeps } from './AccountAdministration';
import { createAuthRouter } from './createAuthRouter';
import { AccountRepository } from './data/AccountRepository';
import { OidcAttemptRepository } from './data/OidcAttemptRepository';
import { SessionRepository } from './data/SessionRepository';
import { OidcSignIn, type OidcOptions } from './oidc/OidcSignIn';
import { SignInService } from './SignInService';

/** The embedded account directory's settings (GatewayOptions.accounts). */
export interface AccountsOptions {
  /** The embedded issuer's key pair: access tokens are signed with it (see auth/localKeys). */
  keys: LocalKeys;
  issuer: string;
  audience: string;
  /** Access token lifetime; default 900 (15 min). */
  accessTtlSeconds?: number;
  /** A sign-in's refresh lifetime (absolute, not extended by rotation); default 43,200 (12 h). */
  refreshTtlSeconds?: number;
  /** `Secure` on the refresh cookie; default true in production. */
  secureCookies?: boolean;
  /** Sign-in through the bureau's identity provider as well (OpenID Connect); left out: passwords only. */
  oidc?: OidcOptions;
}

/** Builds the /auth router of the embedded directory on the gateway's own database. */
export function createAccountsRouter(
  connection: Connection,
  options: AccountsOptions,
  deps: { audit: (entry: AuditEntry) => Promise<void>; findSchool: AdministrationDeps['findSchool']; authenticate: RequestHandler; consoleOrigins: string[]; production: boolean },
): Router {
  const accounts = new AccountRepository(connection);
  const sessions = new SessionRepository(connection);
  const signIn = new SignInService({
    accounts,
    sessions,
    audit: deps.audit,
    issueAccessToken: (identity, ttl) => issueToken(options.keys, identity, { issuer: options.issuer, audience: options.audience, ttl: `${ttl}s` }),
    accessTtlSeconds: options.accessTtlSeconds ?? 900,
    refreshTtlSeconds: options.refreshTtlSeconds ?? 43_200,
  });
  return createAuthRouter({
    signIn,
    administration: new AccountAdministration({ accounts, sessions, audit: deps.audit, findSchool: deps.findSchool }),
    authenticate: deps.authenticate,
    consoleOrigins: deps.consoleOrigins,
    secureCookies: options.secureCookies ?? deps.production,
    oidc: options.oidc && new OidcSignIn(options.oidc, { attempts: new OidcAttemptRepository(connection), accounts, signIn, findSchool: deps.findSchool }),
  });
}
