import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Register = Record<string, { districtCode: string; stages: string[]; status?: 'OPEN' | 'CLOSED' | 'PLANNED'; openedOn?: string | null; closedOn?: string | null }>;

/**
 * Stands in for the schools subgraph's public GraphQL API (the contract the admissions service uses:
 * `school(id) { districtCode }`, also several aliased in one request, and `schools(filter, first,
 * after)`), answering from `register` (a test may add schools to it while running).
 */
export async function startSchoolRegisterStub(register: Register) {
  let calls = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls += 1;
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, any> };
      const aliased = [...query.matchAll(/(\w+): school\(id: \$(\w+)\)/g)];
      const one = (id: string) => (register[id] ? { id, districtCode: register[id]!.districtCode } : null);
      const data = aliased.length
        ? Object.fromEntries(aliased.map(([, alias, variable]) => [alias, one(variables[variable!])]))
        : query.includes('school(id')
        ? { school: one(variables.id) }
        : {
            schools: {
              nodes: Object.entries(register)
                .filter(([, s]) => s.districtCode === variables.filter.districtCode && (!variables.filter.stage || s.stages.includes(variables.filter.stage)))
                .map(([id, s]) => ({ id, status: s.status ?? 'OPEN', openedOn: s.openedOn ?? null, closedOn: s.closedOn ?? null, stages: s.stages })),
              endCursor: null,
              hasNextPage: false,
            },
          };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    register,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls: () => calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
