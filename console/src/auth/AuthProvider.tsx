import { Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account, GatewayClient } from '../api';
import { AuthContext, type AuthState } from './AuthContext';

/**
 * Holds the session for the whole console. On load it asks the gateway for a fresh access token from the
 * refresh cookie, so a reload keeps the user signed in without the token ever touching storage.
 */
export function AuthProvider({ client, children }: { client: GatewayClient; children: ReactNode }) {
  const [account, setAccount] = useState<Account | null>(client.account);
  const [resumed, setResumed] = useState(false);

  useEffect(() => client.onSessionChange((session) => setAccount(session?.account ?? null)), [client]);
  useEffect(() => {
    client
      .resume()
      .catch(() => null)
      .finally(() => setResumed(true));
  }, [client]);

  const state = useMemo<AuthState>(
    () => ({
      client,
      account,
      signIn: (username, password) => client.signIn(username, password),
      signOut: () => client.signOut(),
    }),
    [client, account],
  );

  if (!resumed) return <Spin fullscreen tip="正在加载…" />;
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}
