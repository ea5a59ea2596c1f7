import { createContext, useContext } from 'react';
import type { Account, GatewayClient } from '../api';

export interface AuthState {
  client: GatewayClient;
  /** The signed-in account, or null. */
  account: Account | null;
  signIn(username: string, password: string): Promise<Account>;
  /** Resolves to the identity provider's end-session URL when the session came from it. */
  signOut(): Promise<string | undefined>;
}

export const AuthContext = createContext<AuthState | null>(null);

/** The session and the gateway client; only inside <AuthProvider>. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be called inside <AuthProvider>');
  return state;
}

/** The gateway client, for pages' API calls. */
export function useClient(): GatewayClient {
  return useAuth().client;
}

/** The signed-in account; only on pages behind <RequireAccount>. */
export function useAccount(): Account {
  const { account } = useAuth();
  if (!account) throw new Error('useAccount must be called on a page behind <RequireAccount>');
  return account;
}
