import type { Connection } from 'mongoose';
import type { AccountRecord } from './Account';
import { AccountRepository } from './data/AccountRepository';
import { hashPassword } from './passwordHashing';

export interface SeedAccount {
  username: string;
  displayName: string;
  role: 'BUREAU' | 'SCHOOL';
  districtCode: string;
  schoolId?: string;
  schoolName?: string;
  password: string;
}

/**
 * Creates the accounts that do not exist yet (demo and first-start accounts) in the gateway's
 * database. Idempotent: an existing account is left as it is, so a password its owner changed is
 * never reset. Answers the usernames created.
 */
export async function ensureAccounts(connection: Connection, accounts: readonly SeedAccount[]): Promise<string[]> {
  const repository = new AccountRepository(connection);
  const created: string[] = [];
  for (const seed of accounts) {
    const username = seed.username.trim().toLowerCase();
    if (seed.role === 'SCHOOL' && !/^\d{10}$/.test(seed.schoolId ?? '')) throw new Error(`ensureAccounts: school account "${username}" needs a 10-digit schoolId`);
    if (!/^\d{6}$/.test(seed.districtCode)) throw new Error(`ensureAccounts: account "${username}" needs a 6-digit districtCode`);
    if (await repository.find(username)) continue;
    const record: AccountRecord = {
      username,
      displayName: seed.displayName,
      role: seed.role,
      districtCode: seed.districtCode,
      schoolId: seed.role === 'SCHOOL' ? seed.schoolId! : null,
      schoolName: seed.role === 'SCHOOL' ? (seed.schoolName ?? null) : null,
      passwordHash: await hashPassword(seed.password),
      disabled: false,
      failureCount: 0,
      lockedUntil: null,
      createdAt: new Date(),
      lastSignInAt: null,
    };
    if (await repository.insert(record)) created.push(username);
  }
  return created;
}
