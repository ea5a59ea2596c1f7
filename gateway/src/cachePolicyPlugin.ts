import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './SignedDataSource';

/**
 * Cache hints for public reads. Everything a PUBLIC caller can read is published data, so an
 * anonymous query that succeeded may be cached by browsers and CDNs for `maxAgeSeconds`; anything
 * else (signed-in callers, mutations, errors) is `no-store`. Together with automatic persisted
 * queries sent as GET, that makes `locate` and the school pages CDN-cacheable.
 */
export function cachePolicyPlugin(maxAgeSeconds: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const cacheable = contextValue.identity.role === 'PUBLIC' && operation?.operation === 'query' && !errors?.length && maxAgeSeconds > 0;
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${maxAgeSeconds}` : 'no-store');
        },
      };
    },
  };
}
