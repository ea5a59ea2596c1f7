import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system?.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${system.gatewayBaseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(
    async (r) => ({ status: r.status, body: (await r.json()) as any }),
  );
const tooComplex = (limit: string, max: number, message: string) => ({
  message: expect.stringContaining(message),
  extensions: { code: 'QUERY_TOO_COMPLEX', field: 'query', details: { limit, max } },
});
const stillAnswers = async () => {
  const res = await system.gateway.request('{ schools(first: 1) { totalCount } }');
  expect(res.data!.schools.totalCount).toBe(0);
};

describe('gateway limits', () => {
  it('when a query is 50 levels deep, then it is refused naming the depth limit, and the gateway still answers', async () => {
    const query = `{ schools { nodes { ${'catchments { schools { '.repeat(24)}id${' } }'.repeat(24)} } } }`;
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject(tooComplex('maxDepth', 12, '51 levels deep; the limit is 12'));
    await stillAnswers();
  });

  it('when a query uses 40 aliases, then it is refused naming the alias limit', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: school(id: "2137081001") { id }`).join(' ')} }`;
    const res = await post(JSON.stringify({ query }));
    expect(res.body.errors[0]).toMatchObject(tooComplex('maxAliases', 30, '40 aliases; the limit is 30'));
    await stillAnswers();
  });

  it('when a query carries 60 directives, then it is refused naming the directive limit', async () => {
    const query = `{ schools { totalCount ${'@include(if: true) '.repeat(60)}} }`;
    const res = await post(JSON.stringify({ query }));
    expect(res.body.errors[0]).toMatchObject(tooComplex('maxDirectives', 50, '60 directives; the limit is 50'));
  });

  it('when a query would resolve too many fields through big pages, then it is refused by cost', async () => {
    const nested = 'catchments { schools { '.repeat(3);
    const res = await post(JSON.stringify({ query: `{ schools(first: 500) { nodes { ${nested}id name${' } }'.repeat(3)} } } }` }));
    expect(res.body.errors[0]).toMatchObject(tooComplex('maxCost', 50_000, 'estimated cost is 74,887; the limit is 50,000'));
    const smallPage = await post(JSON.stringify({ query: `{ schools(first: 5) { nodes { ${nested}id name${' } }'.repeat(3)} } } }` }));
    expect(smallPage.body.errors).toBeUndefined();
  });

  it('when a query has more tokens than the limit, then it is refused before parsing with the limit named', async () => {
    const res = await post(JSON.stringify({ query: `{ schools { totalCount ${'__typename '.repeat(1000)}} }` }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject(tooComplex('maxTokens', 1000, 'more than 1000 tokens'));
    const malformed = await post(JSON.stringify({ query: '{ schools { totalCount ' }));
    expect(malformed.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('when the body is 20 MB, then it is refused with 413 and the gateway still answers', async () => {
    const res = await post(JSON.stringify({ query: '{ schools { totalCount } }', variables: { pad: 'x'.repeat(20 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillAnswers();
  });

  it('when variables are nested thousands of levels deep, then they are refused with a clear error', async () => {
    const nested = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const res = await post(`{"query":"query($v: String) { schools(filter: { districtCode: $v }) { totalCount } }","variables":{"v":${nested}}}`);
    expect(res.body.errors[0].extensions.code).toMatch(/QUERY_TOO_COMPLEX|BAD_USER_INPUT|BAD_REQUEST/);
    expect(res.body.errors[0].message).not.toMatch(/stack|RangeError/i);
    await stillAnswers();
  });

  it('when the JSON is malformed, then the answer is 400 with a code, not an HTML page', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('rate limit', () => {
  it('when one address exceeds the rate, then it gets 429 with Retry-After', async () => {
    const limited = await startSystem({ rate: { perSecond: 1, burst: 5 } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 8; i++) {
        const r = await fetch(`${limited.gatewayBaseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ schools(first: 1) { totalCount } }' }),
        });
        statuses.push(r.status);
        if (r.status === 429) retryAfter = r.headers.get('retry-after');
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.stop();
    }
  });
});
