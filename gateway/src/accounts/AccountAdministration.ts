import { AppError } from '@zsgk/errors';
import type { AuditEntry } from '../audit/AuditEntry';
import type { AccountRepository } from './data/AccountRepository';
import type { SessionRepository } from './data/SessionRepository';
import { accountView, type AccountRecord, type AccountView } from './Account';
import { accountAuditEntry } from './accountAuditEntry';
import { newPasswordProblem } from './newPasswordProblem';
import { OIDC_PREFIX } from './oidc/claimsToAccount';
import { hashPassword } from './passwordHashing';

export interface NewAccountInput {
  username: string;
  displayName: string;
  role: 'BUREAU' | 'SCHOOL';
  schoolId?: string | undefined;
  password: string;
}

export interface AdministrationDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  audit: (entry: AuditEntry) => Promise<void>;
  /** The school's district and name from the register; null when no school has that code. Throws when the register is unreachable. */
  findSchool: (schoolId: string) => Promise<{ districtCode: string; name: string } | null>;
}

/**
 * A bureau officer manages the accounts of their own district: lists them, creates officers and school
 * accounts (a school account only for a school registered in the district), disables, enables, and
 * resets passwords. Another district's accounts are not found, never changed.
 */
export class AccountAdministration {
  constructor(private readonly deps: AdministrationDeps) {}

  async list(actor: AccountRecord): Promise<AccountView[]> {
    return (await this.deps.accounts.listForDistrict(actor.districtCode)).map(accountView);
  }

  async create(actor: AccountRecord, input: NewAccountInput, clientAddress?: string): Promise<AccountView> {
    const username = input.username.trim().toLowerCase();
    const problem = newPasswordProblem(username, input.password);
    if (problem) throw new AppError('BAD_USER_INPUT', problem.replace('新密码', '密码'), { path: 'password' });
    let school: { schoolId: string; schoolName: string } | null = null;
    if (input.role === 'SCHOOL') {
      if (!input.schoolId) throw new AppError('BAD_USER_INPUT', '学校账号必须填写学校标识码（10 位数字）', { path: 'schoolId' });
      const found = await this.deps.findSchool(input.schoolId);
      if (!found || found.districtCode !== actor.districtCode) {
        throw new AppError('FORBIDDEN', `学校 ${input.schoolId} 未在本区（${actor.districtCode}）登记，不能为其创建账号`, {
          path: 'schoolId',
          details: { schoolId: input.schoolId, districtCode: actor.districtCode },
        });
      }
      school = { schoolId: input.schoolId, schoolName: found.name };
    }
    const record: AccountRecord = {
      username,
      displayName: input.displayName.trim(),
      role: input.role,
      districtCode: actor.districtCode,
      schoolId: school?.schoolId ?? null,
      schoolName: school?.schoolName ?? null,
      passwordHash: await hashPassword(input.password),
      disabled: false,
      failureCount: 0,
      lockedUntil: null,
      createdAt: new Date(),
      lastSignInAt: null,
    };
    if (!(await this.deps.accounts.insert(record))) throw new AppError('CONFLICT', `用户名 ${username} 已被使用`, { path: 'username' });
    await this.audit(accountAuditEntry('ACCOUNT_CREATED', record, actor, clientAddress));
    return accountView(record);
  }

  /** Disabling also ends the account's sign-ins (its access tokens lapse within their 15 minutes). */
  async setDisabled(actor: AccountRecord, username: string, disabled: boolean, clientAddress?: string): Promise<AccountView> {
    if (disabled && username === actor.username) throw new AppError('BAD_USER_INPUT', '不能停用自己的账号', { path: 'username' });
    const account = await this.change(actor, username, { disabled });
    if (disabled) await this.deps.sessions.revokeAccount(account.username, new Date());
    await this.audit(accountAuditEntry(disabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED', account, actor, clientAddress));
    return accountView(account);
  }

  /** Sets a new password, unlocks the account and ends its sign-ins. */
  async resetPassword(actor: AccountRecord, username: string, password: string, clientAddress?: string): Promise<AccountView> {
    const problem = newPasswordProblem(username, password);
    if (problem) throw new AppError('BAD_USER_INPUT', problem, { path: 'password' });
    if (username.startsWith(OIDC_PREFIX)) throw new AppError('BAD_USER_INPUT', '该账号通过统一身份认证登录，没有本系统密码', { path: 'username' });
    const account = await this.change(actor, username, { passwordHash: await hashPassword(password) });
    await this.deps.sessions.revokeAccount(account.username, new Date());
    await this.audit(accountAuditEntry('PASSWORD_RESET', account, actor, clientAddress));
    return accountView(account);
  }

  private async change(actor: AccountRecord, username: string, change: Parameters<AccountRepository['update']>[2]): Promise<AccountRecord> {
    const account = await this.deps.accounts.update(username.toLowerCase(), actor.districtCode, change);
    if (!account) throw new AppError('NOT_FOUND', `本区（${actor.districtCode}）没有用户名为 ${username} 的账号`, { path: 'username' });
    return account;
  }

  private async audit(entry: AuditEntry): Promise<void> {
    await this.deps.audit(entry).catch((error) => console.error('[gateway] AUDIT LOG WRITE FAILED', entry, error));
  }
}
