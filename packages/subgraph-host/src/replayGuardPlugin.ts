import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '@zsgk/errors';
import type { ForwardedIdentity } from '@zsgk/identity';
import type { ReplayGuard } from './ReplayGuard';

/** The verified header behind each request context (set where the context is built). */
export type SignedContexts = WeakMap<object, ForwardedIdentity>;

/**
 * Refuses a signed mutation whose nonce was already used. Reads are not remembered: replaying the
 * identical read within its few seconds of validity answers the same caller the same data.
 */
export function replayGuardPlugin(guard: ReplayGuard, signed: SignedContexts): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const forwarded = signed.get(contextValue);
          if (operation?.operation !== 'mutation' || !forwarded?.jti || !forwarded.expiresAt) return;
          const outcome = guard.use(forwarded.jti, forwarded.expiresAt);
          if (outcome === 'replayed') {
            throw new AppError('FORBIDDEN', 'Replayed request: this signed write was already received once; send it again through the gateway.');
          }
          if (outcome === 'full') {
            throw new AppError('FORBIDDEN', 'Too many signed writes in the last minute to guard against replay; retry in a few seconds.');
          }
        },
      };
    },
  };
}
