import { readAnswer, type Account, type GatewayClient } from '../../api';

/** A new account as POST /auth/accounts takes it. */
export interface NewAccount {
  username: string;
  displayName: string;
  role: 'BUREAU' | 'SCHOOL';
  schoolId?: string;
  password: string;
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const user = (username: string) => `/auth/accounts/${encodeURIComponent(username)}`;

/** The gateway's /auth/accounts routes (bureau only, own district). Each throws the gateway's ApiError. */
export const accountsApi = {
  async list(client: GatewayClient): Promise<Account[]> {
    return (await readAnswer<{ accounts: Account[] }>(await client.authorisedFetch('/auth/accounts'))).accounts;
  },
  async create(client: GatewayClient, account: NewAccount): Promise<Account> {
    return (await readAnswer<{ account: Account }>(await client.authorisedFetch('/auth/accounts', json(account)))).account;
  },
  async setDisabled(client: GatewayClient, username: string, disabled: boolean): Promise<void> {
    await readAnswer(await client.authorisedFetch(`${user(username)}/${disabled ? 'disable' : 'enable'}`, { method: 'POST' }));
  },
  async resetPassword(client: GatewayClient, username: string, password: string): Promise<void> {
    await readAnswer(await client.authorisedFetch(`${user(username)}/reset-password`, json({ password })));
  },
};
