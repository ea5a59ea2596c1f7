import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '@zsgk/errors';
import type { ForwardedIdentity } from '@zsgk/identity';
import type { ReplayGuard } from './ReplayGuard';

// A symbol-keyed property rather than a WeakMap: Apollo hands plugins a shallow clone of the context.
const FORWARDED = Symbol('forwarded identity');

/** Records on a request's context the verified header it was built from, for the replay guard. */
export function withForwarded<Ctx extends object>(context: Ctx, forwarded: ForwardedIdentity): Ctx {
  (context as Record<symbol, unknown>)[FORWARDED] = forwarded;
  return context;
}

/**
 * Refuses a signed mutation whose nonce was already used. Reads are not remembered: replaying the
 * identical read within its few seconds of validity answers the same caller the same data.
 */
export function replayGuardPlugin(guard: ReplayGuard): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const forwarded = (contextValue as Record<symbol, ForwardedIdentity | undefined>)[FORWARDED];
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
