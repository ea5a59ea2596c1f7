import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for the schools subgraph's public GraphQL API (the contract the admissions service uses:
 * `school(id) { districtCode }` and `schools(filter, first, after)`), answering from a fixed register.
 */
export async function startSchoolRegisterStub(register: Record<string, { districtCode: string; stages: string[] }>) {
  let calls = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls += 1;
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, any> };
      const data = query.includes('school(id')
        ? { school: register[variables.id] ? { id: variables.id, districtCode: register[variables.id]!.districtCode } : null }
        : {
            schools: {
              nodes: Object.entries(register)
                .filter(([, s]) => s.districtCode === variables.filter.districtCode && (!variables.filter.stage || s.stages.includes(variables.filter.stage)))
                .map(([id]) => ({ id })),
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
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls: () => calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
