import { AppError } from '@zsgk/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Names of the gateway's operation limits, as `extensions.details.limit` reports them. */
export type LimitName = 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost' | 'maxVariablesDepth';

/**
 * The error every operation limit refuses with: QUERY_TOO_COMPLEX, HTTP 400, `field` (query or
 * variables) and the limit's name and value in `details`. Wrapping an AppError lets the shared
 * formatError keep code, field and details even where Apollo reports it as a validation error.
 */
export function queryTooComplex(message: string, limit: LimitName, max: number): GraphQLError {
  const { field, details } = describe(limit, max);
  return new GraphQLError(message, {
    originalError: new AppError('QUERY_TOO_COMPLEX', message, { path: field, details }),
    extensions: { http: { status: 400 } },
  });
}

/** The same error as a response body, for refusals made before Apollo (see tokenLimit). */
export function queryTooComplexBody(message: string, limit: LimitName, max: number): { errors: GraphQLFormattedError[] } {
  const { field, details } = describe(limit, max);
  return { errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX', field, details } }] };
}

function describe(limit: LimitName, max: number) {
  return { field: limit === 'maxVariablesDepth' ? 'variables' : 'query', details: { limit, max } };
}
