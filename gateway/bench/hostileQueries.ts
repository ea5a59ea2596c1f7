/**
 * Queries that once stalled the gateway (issue 10: a 660 KB query repeating one field blocked every
 * client for 104 s, because graphql-js validation is quadratic in repeated fields), each with the
 * limit expected to refuse it. Shared by `limitsBench.ts` (precise times) and the stall test (bounds).
 */
export interface HostileQuery {
  name: string;
  query: string;
  /** `extensions.details.limit` of the refusal. */
  refusedBy: 'maxTokens' | 'maxDepth' | 'maxDirectives';
}

/** Just under the gateway's 1 MB body limit, so the query itself (not the body size) is what is refused. */
const ONE_MB = 1_000_000;
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));

export const HOSTILE_QUERIES: HostileQuery[] = [
  { name: '1 MB of one repeated field', query: `{ schools { ${fill('totalCount ', ONE_MB - 32)}} }`, refusedBy: 'maxTokens' },
  { name: '12,000 repeats of one field (the 3.4 s case)', query: `{ schools { ${'totalCount '.repeat(12_000)}} }`, refusedBy: 'maxTokens' },
  {
    name: '1,000 fragments',
    query: `{ schools { nodes { ${Array.from({ length: 1000 }, (_, i) => `...F${i}`).join(' ')} } } ${Array.from({ length: 1000 }, (_, i) => `fragment F${i} on School { id }`).join(' ')}`,
    refusedBy: 'maxTokens',
  },
  { name: '1,000 directives', query: `{ schools { totalCount ${'@include(if: true) '.repeat(1000)}} }`, refusedBy: 'maxTokens' },
  {
    name: 'nesting 1 MB deep',
    query: `{ schools { nodes { ${fill('catchments { schools { ', ONE_MB / 2 - 64)}id${fill(' } }', ONE_MB / 2 - 64)} } } }`,
    refusedBy: 'maxTokens',
  },
  { name: 'nesting 50 levels (under the token limit)', query: `{ schools { nodes { ${'catchments { schools { '.repeat(24)}id${' } }'.repeat(24)} } } }`, refusedBy: 'maxDepth' },
  { name: '60 directives (under the token limit)', query: `{ schools { totalCount ${'@include(if: true) '.repeat(60)}} }`, refusedBy: 'maxDirectives' },
];

/** What another client asks meanwhile. */
export const ORDINARY_QUERY = '{ schools(first: 1) { totalCount } }';
