export { AuthContext, useAccount, useAuth, useClient, type AuthState } from './AuthContext';
export { AuthProvider } from './AuthProvider';
export { RequireAccount } from './RequireAccount';
