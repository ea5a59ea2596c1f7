import type { ApolloServerPlugin } from '@apollo/server';
import { jsonDepth } from './jsonDepth';
import { queryTooComplex } from './queryTooComplex';

/** Refuses variables nested deeper than `maxDepth` (no Armor rule covers them), before any subgraph call. */
export function variablesDepthPlugin(maxDepth: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          if (jsonDepth(request.variables ?? {}, maxDepth) > maxDepth) {
            throw queryTooComplex(`Variables are nested deeper than ${maxDepth} levels.`, 'maxVariablesDepth', maxDepth);
          }
        },
      };
    },
  };
}
