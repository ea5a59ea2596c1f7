import type { SubgraphName } from './composeSupergraph';

export type SubgraphState = 'ready' | 'not ready' | 'down';

/** Asks each subgraph's /readyz (beside its /graphql) with a short timeout. */
export async function checkSubgraphs(urls: Partial<Record<SubgraphName, string>>, timeoutMs = 1500): Promise<Record<string, SubgraphState>> {
  const entries = await Promise.all(
    Object.entries(urls).filter((entry): entry is [string, string] => entry[1] !== undefined).map(async ([name, url]) => {
      const readyz = new URL('/readyz', url).toString();
      try {
        const response = await fetch(readyz, { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ready' : 'not ready'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
