export { accountView } from './Account';
export type { AccountRecord, AccountView } from './Account';
export { createAccountsRouter } from './createAccountsRouter';
export type { AccountsOptions } from './createAccountsRouter';
export { CSRF_HEADER, REFRESH_COOKIE } from './createAuthRouter';
export { ensureAccounts } from './ensureAccounts';
export type { SeedAccount } from './ensureAccounts';
export { lockoutDelayMs, FAILURES_BEFORE_LOCK } from './lockoutDelayMs';
