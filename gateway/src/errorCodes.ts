/** Every code the gateway itself returns (subgraphs' codes pass through). The README lists these. */
export const errorCodes = {
  UNAUTHENTICATED: 'The bearer token is missing where needed, malformed, expired, wrongly signed or lacks a claim.',
  FORBIDDEN: 'The caller may not use this route (e.g. the bulk-import route is for bureau users).',
  BAD_USER_INPUT: 'A request parameter is malformed; `extensions.field` names it.',
  SIGN_IN_FAILED: 'POST /auth/sign-in: wrong username or password, or a disabled account (one answer for all, 401).',
  ACCOUNT_LOCKED: 'POST /auth/sign-in: too many failed sign-ins in a row; `extensions.details.retryAfterSeconds` and the Retry-After header say when to retry (423).',
  NOT_FOUND: "/auth/accounts/:username: no account of that name in the caller's district; /upload/:kind: an unknown upload kind; /templates/…: an unknown template (404).",
  CONFLICT: 'POST /auth/accounts: the username is taken (409).',
  BAD_REQUEST: 'The HTTP request itself is malformed (not JSON, missing query).',
  PAYLOAD_TOO_LARGE: 'The body is larger than the limit of its route.',
  QUERY_TOO_COMPLEX: 'The query is too deep, uses too many aliases, would resolve too many fields, or its variables nest too deeply.',
  RATE_LIMITED: 'Too many requests from one address; see the Retry-After header.',
  SERVICE_UNAVAILABLE: 'A subgraph is down or too slow; `extensions.details.service` names it. Other fields are still answered.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema.',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL.',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted-query hash the gateway does not know yet; send the query text once.',
  INTERNAL_SERVER_ERROR: 'Something unexpected failed; the log has the request id shown to the client.',
} as const;
