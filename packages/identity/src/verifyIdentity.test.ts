import { PUBLIC, type Identity } from './Identity';
import { signIdentity } from './signIdentity';
import { verifyIdentity } from './verifyIdentity';

const SECRET = 'unit-secret-unit-secret-unit-secret-0123';
const bureau = { role: 'BUREAU', subject: '王科长', districtCode: '370812' } as const;
const request = { method: 'POST', url: 'http://127.0.0.1:4003/graphql', body: '{"query":"{ policyDocuments(districtCode: \\"370812\\") { id } }"}' };
const received = { ...request, url: '/graphql' };

describe('forwarded identity', () => {
  it('when the subgraph receives the request it was signed for, then the identity, nonce and expiry are read', async () => {
    const header = await signIdentity(bureau, SECRET, request);
    const forwarded = await verifyIdentity(header, SECRET, received);
    expect(forwarded.identity).toEqual<Identity>(bureau);
    expect(forwarded.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded.expiresAt).toBeGreaterThan(Date.now());
    expect(forwarded.problem).toBeUndefined();
  });

  it('when two requests are signed, then their nonces differ', async () => {
    const [a, b] = await Promise.all([signIdentity(bureau, SECRET, request), signIdentity(bureau, SECRET, request)]);
    const [ja, jb] = await Promise.all([verifyIdentity(a, SECRET, received), verifyIdentity(b, SECRET, received)]);
    expect(ja.jti).not.toBe(jb.jti);
  });

  it.each([
    ['another body (one byte changed)', { ...received, body: request.body.replace('370812', '370813') }, /bh/],
    ['another method', { ...received, method: 'GET' }, /htm/],
    ['another path', { ...received, url: '/graphql/import' }, /htu/],
  ])('when the header is reused for %s, then the caller is PUBLIC with the reason', async (_case, other, reason) => {
    const header = await signIdentity(bureau, SECRET, request);
    const forwarded = await verifyIdentity(header, SECRET, other);
    expect(forwarded).toEqual({ identity: PUBLIC, problem: expect.stringMatching(reason) });
  });

  it('when the header is expired, too long-lived, wrongly signed or absent, then the caller is PUBLIC', async () => {
    const now = Date.now();
    const expired = await signIdentity(bureau, SECRET, request, { now: now - 30_000 });
    expect((await verifyIdentity(expired, SECRET, received, now)).problem).toMatch(/exp/);
    const longLived = await signIdentity(bureau, SECRET, request, { ttlSeconds: 3600, now: now - 120_000 });
    expect((await verifyIdentity(longLived, SECRET, received, now)).identity).toEqual(PUBLIC);
    const forged = await signIdentity(bureau, 'another-secret-another-secret-another-0', request);
    expect((await verifyIdentity(forged, SECRET, received)).problem).toMatch(/signature/);
    expect(await verifyIdentity(undefined, SECRET, received)).toEqual({ identity: PUBLIC });
  });

  it('when the body is bytes rather than text, then the same hash is computed', async () => {
    const header = await signIdentity(bureau, SECRET, request);
    expect((await verifyIdentity(header, SECRET, { ...received, body: Buffer.from(request.body) })).identity).toEqual(bureau);
  });

  it('when the gateway signs the client address, then the subgraph reads it, for a bureau user and for an anonymous caller', async () => {
    const bureauHeader = await signIdentity(bureau, SECRET, request, { clientAddress: '203.0.113.7' });
    expect(await verifyIdentity(bureauHeader, SECRET, received)).toMatchObject({ identity: bureau, clientAddress: '203.0.113.7' });
    const publicHeader = await signIdentity(PUBLIC, SECRET, request, { clientAddress: '2001:db8::1' });
    const forwarded = await verifyIdentity(publicHeader, SECRET, received);
    expect(forwarded).toMatchObject({ identity: PUBLIC, clientAddress: '2001:db8::1', jti: expect.any(String) });
    expect(forwarded.problem).toBeUndefined();
  });

  it('when the address claim is altered, missing or not an address, then no address is read', async () => {
    const header = await signIdentity(PUBLIC, SECRET, request, { clientAddress: '203.0.113.7' });
    const [head, payload, signature] = header.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const altered = [head, Buffer.from(JSON.stringify({ ...claims, ip: '198.51.100.1' })).toString('base64url'), signature].join('.');
    expect(await verifyIdentity(altered, SECRET, received)).toEqual({ identity: PUBLIC, problem: expect.stringMatching(/signature/) });
    expect((await verifyIdentity(await signIdentity(PUBLIC, SECRET, request), SECRET, received)).clientAddress).toBeUndefined();
    expect((await verifyIdentity(await signIdentity(PUBLIC, SECRET, request, { clientAddress: 'not-an-address' }), SECRET, received)).clientAddress).toBeUndefined();
  });
});
