import { randomUUID } from 'node:crypto';
import { currentRequestId } from '@zsgk/observability';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from './AppError';

/** Where an unexpected error is written, with the request id that the client also sees. */
export type ErrorLogger = (entry: { requestId?: string; error: unknown }) => void;

/**
 * Turns any error thrown in a resolver into what the client sees. AppErrors keep their code, message
 * and path; anything else becomes INTERNAL_SERVER_ERROR with no internals, and is logged.
 * GraphQL's own validation errors (unknown field, bad variable) pass through with their codes.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: ErrorLogger = defaultLogger,
): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof AppError) {
    return {
      message: original.safe ? original.message : 'The request could not be completed.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.path ? { field: original.path } : {}),
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Validation, parse and argument-coercion errors from graphql-js/Apollo: safe and useful as is.
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const requestId = currentRequestId() ?? randomId();
  log({ requestId, error: original });
  return {
    message: `Internal error; quote request id ${requestId} to the operator.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  // GraphQLError wraps the thrown error as originalError, sometimes twice (federation).
  for (let i = 0; i < 5 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

function randomId(): string {
  return randomUUID().slice(0, 8);
}

const defaultLogger: ErrorLogger = ({ requestId, error }) => {
  console.error(`[error] request ${requestId}:`, error);
};
