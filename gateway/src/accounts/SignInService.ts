import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { AuditEntry } from '../audit/AuditEntry';
import type { AccountRepository } from './data/AccountRepository';
import type { SessionRepository } from './data/SessionRepository';
import { accountView, type AccountRecord, type AccountView } from './Account';
import { accountAuditEntry } from './accountAuditEntry';
import { FAILURES_BEFORE_LOCK, lockoutDelayMs } from './lockoutDelayMs';
import { newPasswordProblem } from './newPasswordProblem';
import { hashPassword, verifyNothing, verifyPassword } from './passwordHashing';

export type StaffIdentity = Exclude<Identity, { role: 'PUBLIC' }>;

export interface SignInDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  audit: (entry: AuditEntry) => Promise<void>;
  /** Signs an access token (the embedded issuer's ES256 JWT) lasting `accessTtlSeconds`. */
  issueAccessToken: (identity: StaffIdentity, ttlSeconds: number) => Promise<string>;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

/** A signed-in session: the access token for `Authorization: Bearer`, the refresh token for the cookie. */
export interface Session {
  accessToken: string;
  expiresAt: string;
  account: AccountView;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const SIGN_IN_FAILED = () => new AppError('SIGN_IN_FAILED', '用户名或密码错误', { path: 'password' });

/**
 * Sign-in, refresh, sign-out and password change for the embedded directory. Five failed sign-ins in
 * a row lock the account (1 min, doubling, at most 1 h); a refresh token is single-use, and presenting
 * one that was already rotated revokes every token of that sign-in (someone else has a copy).
 */
export class SignInService {
  constructor(private readonly deps: SignInDeps) {}

  async signIn(rawUsername: string, password: string, clientAddress?: string): Promise<Session> {
    const username = rawUsername.trim().toLowerCase();
    const account = await this.deps.accounts.find(username);
    if (!account) {
      await verifyNothing(password);
      await this.audit(accountAuditEntry('SIGN_IN_FAILED', { username, districtCode: null, schoolId: null }, null, clientAddress, true));
      throw SIGN_IN_FAILED();
    }
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now) throw lockedError(account.lockedUntil, now);
    if (!(await verifyPassword(account.passwordHash, password)) || account.disabled) {
      await this.audit(accountAuditEntry('SIGN_IN_FAILED', account, null, clientAddress, true));
      if (account.disabled) throw SIGN_IN_FAILED();
      const failures = await this.deps.accounts.countFailure(username);
      if (failures < FAILURES_BEFORE_LOCK) throw SIGN_IN_FAILED();
      const until = new Date(now.getTime() + lockoutDelayMs(failures));
      await this.deps.accounts.lockUntil(username, until);
      await this.audit(accountAuditEntry('ACCOUNT_LOCKED', account, null, clientAddress, true));
      throw lockedError(until, now);
    }
    await this.deps.accounts.recordSignIn(username, now);
    await this.deps.sessions.deleteEnded(username, new Date(now.getTime() - 24 * 3600_000));
    await this.audit(accountAuditEntry('SIGN_IN', account, account, clientAddress));
    const refreshExpiresAt = new Date(now.getTime() + this.deps.refreshTtlSeconds * 1000);
    return this.startSession({ ...account, lastSignInAt: now }, randomUUID(), refreshExpiresAt);
  }

  /**
   * Starts a session for an account the identity provider vouched for (OpenID Connect); no password, no
   * lockout. The provider's ID token stays with the session for signing out there too.
   */
  async signInExternal(account: AccountRecord, clientAddress?: string, idToken?: string): Promise<Session> {
    if (account.disabled) {
      await this.audit({ ...accountAuditEntry('SIGN_IN_FAILED', account, null, clientAddress, true), operationName: 'oidc' });
      throw new AppError('FORBIDDEN', '该账号已被教育局停用', { path: 'account' });
    }
    const now = new Date();
    await this.deps.accounts.recordSignIn(account.username, now);
    await this.audit({ ...accountAuditEntry('SIGN_IN', account, account, clientAddress), operationName: 'oidc' });
    return this.startSession({ ...account, lastSignInAt: now }, randomUUID(), new Date(now.getTime() + this.deps.refreshTtlSeconds * 1000), idToken ?? null);
  }

  /** Exchanges a live refresh token for a new one (and a new access token). */
  async refresh(refreshToken: string | undefined, clientAddress?: string): Promise<Session> {
    const session = refreshToken ? await this.deps.sessions.find(hashToken(refreshToken)) : null;
    const now = new Date();
    if (!session || session.revokedAt || session.expiresAt <= now) throw expired();
    if (session.rotatedAt || !(await this.deps.sessions.markRotated(session.tokenHash, now))) {
      await this.deps.sessions.revokeFamily(session.familyId, now);
      const account = await this.deps.accounts.find(session.username);
      if (account) await this.audit(accountAuditEntry('REFRESH_REUSED', account, null, clientAddress, true));
      throw new AppError('UNAUTHENTICATED', '该登录凭据已被使用过，为安全起见本次登录已全部失效，请重新登录', { path: 'zsgk_refresh' });
    }
    const account = await this.deps.accounts.find(session.username);
    if (!account || account.disabled) throw expired();
    return this.startSession(account, session.familyId, session.expiresAt, session.idToken ?? null);
  }

  /**
   * Revokes the sign-in the refresh token belongs to; an unknown token is not an error. Answers the
   * provider's ID token when the sign-in came through OpenID Connect (to end the session there too).
   */
  async signOut(refreshToken: string | undefined, clientAddress?: string): Promise<{ idToken: string | null }> {
    const session = refreshToken ? await this.deps.sessions.find(hashToken(refreshToken)) : null;
    if (!session) return { idToken: null };
    await this.deps.sessions.revokeFamily(session.familyId, new Date());
    const account = await this.deps.accounts.find(session.username);
    if (account) await this.audit({ ...accountAuditEntry('SIGN_OUT', account, account, clientAddress), ...(session.idToken ? { operationName: 'oidc' } : {}) });
    return { idToken: session.idToken ?? null };
  }

  /** The signed-in account behind a bearer token; a deleted or disabled one is UNAUTHENTICATED. */
  async accountOf(identity: Identity): Promise<AccountRecord> {
    if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', '请先登录', { path: 'authorization' });
    const account = await this.deps.accounts.find(identity.subject);
    if (!account || account.disabled) throw new AppError('UNAUTHENTICATED', '账号不存在或已停用，请重新登录', { path: 'authorization' });
    return account;
  }

  /** Changes the caller's password and ends their other sign-ins (the one with `refreshToken` stays). */
  async changePassword(identity: Identity, currentPassword: string, newPassword: string, refreshToken: string | undefined, clientAddress?: string): Promise<void> {
    const account = await this.accountOf(identity);
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await this.audit(accountAuditEntry('PASSWORD_CHANGED', account, account, clientAddress, true));
      throw new AppError('BAD_USER_INPUT', '当前密码不正确', { path: 'currentPassword' });
    }
    const problem = newPasswordProblem(account.username, newPassword);
    if (problem) throw new AppError('BAD_USER_INPUT', problem, { path: 'newPassword' });
    await this.deps.accounts.update(account.username, account.districtCode, { passwordHash: await hashPassword(newPassword) });
    const current = refreshToken ? await this.deps.sessions.find(hashToken(refreshToken)) : null;
    const keep = current?.username === account.username ? current.familyId : undefined;
    await this.deps.sessions.revokeAccount(account.username, new Date(), keep);
    await this.audit(accountAuditEntry('PASSWORD_CHANGED', account, account, clientAddress));
  }

  private async startSession(account: AccountRecord, familyId: string, refreshExpiresAt: Date, idToken: string | null = null): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.deps.sessions.insert({
      tokenHash: hashToken(refreshToken), familyId, username: account.username,
      createdAt: new Date(), expiresAt: refreshExpiresAt, rotatedAt: null, revokedAt: null, idToken,
    });
    const accessToken = await this.deps.issueAccessToken(identityOf(account), this.deps.accessTtlSeconds);
    return {
      accessToken,
      expiresAt: new Date(Date.now() + this.deps.accessTtlSeconds * 1000).toISOString(),
      account: accountView(account),
      refreshToken,
      refreshExpiresAt,
    };
  }

  private async audit(entry: AuditEntry): Promise<void> {
    await this.deps.audit(entry).catch((error) => console.error('[gateway] AUDIT LOG WRITE FAILED', entry, error));
  }
}

export function identityOf(account: AccountRecord): StaffIdentity {
  return account.role === 'SCHOOL'
    ? { role: 'SCHOOL', subject: account.username, schoolId: account.schoolId! }
    : { role: 'BUREAU', subject: account.username, districtCode: account.districtCode };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function expired(): AppError {
  return new AppError('UNAUTHENTICATED', '登录已过期或已退出，请重新登录', { path: 'zsgk_refresh' });
}

function lockedError(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const at = until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定，请于北京时间 ${at} 后（约 ${Math.ceil(retryAfterSeconds / 60)} 分钟后）再试`, {
    path: 'username',
    details: { retryAfterSeconds, lockedUntil: until.toISOString() },
  });
}
