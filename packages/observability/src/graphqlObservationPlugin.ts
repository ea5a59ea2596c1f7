import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { currentRequest } from './requestContext';

/**
 * Apollo plugin: tells the request's log line and metrics its resolved operation name, and counts
 * every error returned in graphql_errors_total by code. Does nothing outside an observed request.
 */
export function graphqlObservationPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const state = currentRequest();
      if (!state) return;
      return {
        async didResolveOperation({ operationName }) {
          state.operation = operationName ?? '';
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) state.observability.metrics.graphqlErrors.inc({ code: codeOf(error) });
        },
      };
    },
  };
}

/**
 * The AppError's code if one was thrown (recognised by name, so that @zsgk/errors may itself use this
 * package without a cycle), else the code GraphQL or a subgraph put in the extensions.
 */
function codeOf(error: GraphQLError): string {
  let cause: unknown = error;
  for (let i = 0; i < 5 && cause; i++) {
    const { name, code } = cause as { name?: unknown; code?: unknown };
    if (name === 'AppError' && typeof code === 'string') return code;
    cause = (cause as { originalError?: unknown }).originalError;
  }
  const code = error.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}
