import { readFileSync } from 'node:fs';
import path from 'node:path';
import { leafHash, leafBytes, verifyConsistency, verifyInclusion, verifyTreeHead } from '@zsgk/publication';
import { startLedger } from './ledgerServer';

let ledger: Awaited<ReturnType<typeof startLedger>>;
beforeAll(async () => {
  ledger = await startLedger();
});
afterAll(() => ledger.stop());

const HEAD = 'query($d: String!) { publicationLogHead(districtCode: $d) { districtCode treeSize rootHash timestamp signature } districtPublicKey(districtCode: $d) { publicKeyPem fingerprint algorithm } }';
const bureau = (districtCode: string, subject = 'officer-a') => ({ role: 'BUREAU' as const, subject, districtCode });

describe('ledger subgraph', () => {
  it('when a district has published, then its head is signed by its key, which is also written as a file', async () => {
    await ledger.publish('370801', 5);
    const { data } = await ledger.client.request(HEAD, { d: '370801' });
    expect(data!.publicationLogHead).toMatchObject({ districtCode: '370801', treeSize: 5 });
    expect(verifyTreeHead(data!.publicationLogHead, data!.districtPublicKey.publicKeyPem)).toBe(true);
    expect(readFileSync(path.join(ledger.keyDir, '370801.pub.pem'), 'utf8')).toBe(data!.districtPublicKey.publicKeyPem);
    const again = await ledger.client.request(HEAD, { d: '370801' });
    expect(again.data!.publicationLogHead).toEqual(data!.publicationLogHead);
  });

  it('when a district has no log, then head and key are null and no key is created', async () => {
    const { data } = await ledger.client.request(HEAD, { d: '370899' });
    expect(data).toEqual({ publicationLogHead: null, districtPublicKey: null });
  });

  it('when the log grows, then a consistency proof links the old head to the new one, and every entry has an inclusion proof', async () => {
    await ledger.publish('370802', 3);
    const old = (await ledger.client.request(HEAD, { d: '370802' })).data!.publicationLogHead;
    await ledger.publish('370802', 7, 'ZONE_SET');
    const { data } = await ledger.client.request(
      `query($d: String!, $first: Int!) { publicationLogHead(districtCode: $d) { treeSize rootHash }
        publicationLogConsistency(districtCode: $d, first: $first) { first second path firstRootHash secondRootHash }
        publicationLogEntries(districtCode: $d, from: 0, count: 50) { index districtCode kind recordId version event contentHash at leafHash } }`,
      { d: '370802', first: old.treeSize },
    );
    const proof = data!.publicationLogConsistency;
    expect(proof).toMatchObject({ first: 3, second: 10, firstRootHash: old.rootHash, secondRootHash: data!.publicationLogHead.rootHash });
    const buffers = (hexes: string[]) => hexes.map((h) => Buffer.from(h, 'hex'));
    expect(verifyConsistency(3, 10, Buffer.from(old.rootHash, 'hex'), Buffer.from(proof.secondRootHash, 'hex'), buffers(proof.path))).toBe(true);
    for (const entry of data!.publicationLogEntries) {
      expect(leafHash(leafBytes(entry)).toString('hex')).toBe(entry.leafHash);
      const inclusion = (await ledger.client.request(
        'query($d: String!, $i: Int!) { publicationLogInclusion(districtCode: $d, index: $i, treeSize: 10) { leafHash path rootHash } }',
        { d: '370802', i: entry.index },
      )).data!.publicationLogInclusion;
      expect(verifyInclusion(entry.index, 10, Buffer.from(entry.leafHash, 'hex'), buffers(inclusion.path), Buffer.from(proof.secondRootHash, 'hex'))).toBe(true);
    }
  });

  it('when a page is larger than the limit or a size beyond the log is asked, then BAD_USER_INPUT names the argument', async () => {
    await ledger.publish('370803', 2);
    const tooMany = await ledger.client.request('{ publicationLogEntries(districtCode: "370803", count: 51) { index } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const beyond = await ledger.client.request('{ publicationLogInclusion(districtCode: "370803", index: 0, treeSize: 3) { rootHash } }');
    expect(beyond.errors?.[0]?.message).toContain('treeSize 3 is larger than the log of 370803 (2 entries)');
    const badIndex = await ledger.client.request('{ publicationLogInclusion(districtCode: "370803", index: 2) { rootHash } }');
    expect(badIndex.errors?.[0]?.message).toContain('index 2 is not below treeSize 2');
  });

  it('when the plain HTTP routes are asked, then they answer the same head, entries and proofs, and errors as JSON', async () => {
    await ledger.publish('370804', 4);
    const get = async (route: string) => {
      const response = await fetch(`${ledger.baseUrl}/ledger/370804${route}`);
      return { status: response.status, body: (response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text()) as any };
    };
    const head = await get('/head');
    expect(head.body).toMatchObject({ districtCode: '370804', treeSize: 4 });
    expect((await get('/entries?from=1&count=2')).body.map((e: { index: number }) => e.index)).toEqual([1, 2]);
    expect((await get('/entries/3')).body).toMatchObject({ index: 3 });
    expect((await get('/proof/inclusion?index=1&treeSize=4')).body).toMatchObject({ treeSize: 4, rootHash: head.body.rootHash });
    expect((await get('/proof/consistency?first=2&second=4')).body).toMatchObject({ first: 2, second: 4 });
    expect(verifyTreeHead(head.body, (await get('/public-key')).body)).toBe(true);
    expect(await get('/entries?count=x')).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', path: 'count' } } });
    expect(await get('/entries/99')).toMatchObject({ status: 404 });
    const record = await fetch(`${ledger.baseUrl}/ledger/records/${encodeURIComponent('SCHOOL:3708040001@v1')}`);
    expect(((await record.json()) as unknown[]).length).toBe(1);
  });

  it('when the bureau publishes the single-officer setting, then it is versioned, logged and re-hashable; other districts and the public are refused', async () => {
    const SET = 'mutation($d: String!, $a: Boolean!, $r: String!) { setSingleOfficerPublishing(districtCode: $d, allowed: $a, reason: $r) { recordId version singleOfficerAllowed reason publishedBy } }';
    const first = await ledger.client.request(SET, { d: '370805', a: true, r: '本区仅一名招生工作人员' }, bureau('370805'));
    expect(first.data!.setSingleOfficerPublishing).toEqual({ recordId: 'DISTRICT_SETTINGS:370805@v1', version: 1, singleOfficerAllowed: true, reason: '本区仅一名招生工作人员', publishedBy: 'officer-a' });
    await ledger.client.request(SET, { d: '370805', a: false, r: '已增配复核人员' }, bureau('370805', 'officer-b'));
    const foreign = await ledger.client.request(SET, { d: '370805', a: true, r: '越权' }, bureau('370806'));
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('不能由 370806 区发布') });
    const anonymous = await ledger.client.request(SET, { d: '370805', a: true, r: '匿名' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await ledger.client.request(
      '{ districtSettings(districtCode: "370805") { version singleOfficerAllowed } publicationLogEntries(districtCode: "370805", count: 10) { kind recordId version event contentHash ledgerContent } }',
    );
    expect(data!.districtSettings).toEqual({ version: 2, singleOfficerAllowed: false });
    expect(data!.publicationLogEntries.map((e: { recordId: string; event: string }) => `${e.recordId} ${e.event}`)).toEqual([
      'DISTRICT_SETTINGS:370805@v1 PUBLISHED', 'DISTRICT_SETTINGS:370805@v2 PUBLISHED', 'DISTRICT_SETTINGS:370805@v1 SUPERSEDED',
    ]);
    const { createHash } = await import('node:crypto');
    for (const entry of data!.publicationLogEntries) {
      expect(createHash('sha256').update(entry.ledgerContent).digest('hex')).toBe(entry.contentHash);
    }
  });
});
