/**
 * A GraphQL document with the types of its variables and its data, so each call site is typed
 * without a cast: `serviceQuery<{ school: { id: string } | null }, { id: string }>('query($id: ID!) { … }')`.
 * The types are a promise the caller makes about the callee's schema (the callee's schema.graphql is
 * the contract); the callee's composition test keeps that schema honest.
 */
export interface ServiceQuery<TData, TVariables extends Record<string, unknown>> {
  readonly text: string;
  /** Type carriers only; never set. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

export function serviceQuery<TData, TVariables extends Record<string, unknown> = Record<string, never>>(text: string): ServiceQuery<TData, TVariables> {
  return { text };
}
