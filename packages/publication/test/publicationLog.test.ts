import { openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import { leafHash } from '../src/merkle/merkleHash';
import { entryOf, eventKey, leafBytes } from '../src/log/leafOf';
import { LOG_CLAIMS, LOG_ENTRIES, LOG_LINKS, openPublicationLog, type PublicationLog } from '../src/log/openPublicationLog';
import type { PublicationEventInput } from '../src/log/LogEntry';
import { contentHash } from '../src/hashing/contentHash';

let db: TestDatabase;
let ledgerDb: string;
let log: PublicationLog;

beforeAll(async () => {
  db = await openTestDatabase('publog');
  ledgerDb = `${db.name}_ledger`;
  log = openPublicationLog(db.connection, ledgerDb);
  await log.ensureIndexes();
});
afterAll(async () => {
  await db.connection.useDb(ledgerDb).dropDatabase().catch(() => undefined);
  await db.drop();
});

function event(districtCode: string, recordId: string, extra: Partial<PublicationEventInput> = {}): PublicationEventInput {
  return { districtCode, kind: 'SCHOOL', recordId, version: 1, event: 'PUBLISHED', content: { id: recordId, name: '实验小学' }, at: new Date('2025-05-01T08:00:00Z'), ...extra };
}

describe('publication log', () => {
  it('when an event is appended, then the entry carries its content hash and a leaf hash of its canonical fields', async () => {
    const [entry] = await log.append([event('110101', 'SCHOOL:a@v1')]);
    expect(entry).toMatchObject({ districtCode: '110101', index: 0, kind: 'SCHOOL', recordId: 'SCHOOL:a@v1', version: 1, event: 'PUBLISHED', at: '2025-05-01T08:00:00.000Z' });
    expect(entry!.contentHash).toBe(contentHash({ name: '实验小学', id: 'SCHOOL:a@v1' }));
    expect(entry!.leafHash).toBe(leafHash(leafBytes(entry!)).toString('hex'));
    expect(await log.entry('110101', 0)).toEqual(entry);
  });

  it('when the same event is appended again with another time, then the first entry comes back and the log does not grow', async () => {
    const [first] = await log.append([event('110102', 'SCHOOL:b@v1')]);
    const [again] = await log.append([event('110102', 'SCHOOL:b@v1', { at: new Date('2026-01-01T00:00:00Z') })]);
    expect(again).toEqual(first);
    expect(await log.size('110102')).toBe(1);
  });

  it('when 20 appenders send the same event at once, then there is exactly one entry', async () => {
    const logs = Array.from({ length: 20 }, () => openPublicationLog(db.connection, ledgerDb));
    const results = await Promise.all(logs.map((each) => each.append([event('110103', 'SCHOOL:c@v1')])));
    expect(new Set(results.map(([entry]) => entry!.index))).toEqual(new Set([0]));
    expect(await log.size('110103')).toBe(1);
    expect(await log.entries('110103', 0, 10)).toHaveLength(1);
  });

  it('when 20 appenders send different events at once, then the indexes are exactly 0..19 with no gap or repeat', async () => {
    const logs = Array.from({ length: 20 }, () => openPublicationLog(db.connection, ledgerDb));
    const results = await Promise.all(logs.map((each, i) => each.append([event('110104', `SCHOOL:d${i}@v1`)])));
    const indexes = results.map(([entry]) => entry!.index).sort((a, b) => a - b);
    expect(indexes).toEqual(Array.from({ length: 20 }, (_, i) => i));
    const stored = await log.entries('110104', 0, 25);
    expect(stored.map((entry) => entry.index)).toEqual(indexes);
    expect(new Set(stored.map((entry) => entry.recordId)).size).toBe(20);
    expect(await log.leafHashes('110104', 20)).toHaveLength(20);
  });

  it('when a crash left a claim without its leaf, then appending the event again finishes it at the next index', async () => {
    await log.append([event('110105', 'SCHOOL:e@v1')]);
    const orphan = event('110105', 'SCHOOL:f@v1', { at: new Date('2025-06-01T00:00:00Z') });
    const ledger = db.connection.useDb(ledgerDb);
    await ledger.collection(LOG_CLAIMS).insertOne({
      _id: '110105|SCHOOL|SCHOOL:f@v1|v1|PUBLISHED' as never, districtCode: '110105', kind: 'SCHOOL', recordId: 'SCHOOL:f@v1', version: 1,
      event: 'PUBLISHED', contentHash: contentHash(orphan.content), at: '2025-06-01T00:00:00.000Z', from: 1,
    });
    const [finished] = await log.append([{ ...orphan, at: new Date('2025-07-01T00:00:00Z') }]);
    expect(finished).toMatchObject({ index: 1, at: '2025-06-01T00:00:00.000Z' });
    const link = await ledger.collection(LOG_LINKS).findOne({ _id: '110105|SCHOOL|SCHOOL:f@v1|v1|PUBLISHED' as never });
    expect(link?.index).toBe(1);
    expect(await ledger.collection(LOG_ENTRIES).countDocuments({ districtCode: '110105' })).toBe(2);
  });

  it('when a record has several events, then entriesForRecord lists them in index order', async () => {
    await log.append([event('110106', 'SCHOOL:g@v1'), event('110106', 'SCHOOL:g@v1', { event: 'SUPERSEDED' })]);
    expect((await log.entriesForRecord('SCHOOL:g@v1')).map((entry) => [entry.index, entry.event])).toEqual([[0, 'PUBLISHED'], [1, 'SUPERSEDED']]);
  });

  it('when 6 appenders send overlapping batches at once, then every event has exactly one entry, indexes are contiguous, and all see the same entries', async () => {
    const batch = (from: number) => Array.from({ length: 40 }, (_, i) => event('110107', `SCHOOL:h${from + i}@v1`));
    const logs = Array.from({ length: 6 }, () => openPublicationLog(db.connection, ledgerDb));
    const results = await Promise.all(logs.map((each, n) => each.append(batch(n * 20))));
    const stored = await log.entries('110107', 0, 200);
    expect(stored.map((entry) => entry.index)).toEqual(Array.from({ length: 140 }, (_, i) => i));
    expect(new Set(stored.map((entry) => entry.recordId)).size).toBe(140);
    const byRecord = new Map(stored.map((entry) => [entry.recordId, entry]));
    for (const entries of results) for (const entry of entries) expect(entry).toEqual(byRecord.get(entry.recordId));
    expect(await log.size('110107')).toBe(140);
  });

  it('when a batch names one event twice and two districts, then each event gets one entry in its own district and the answer follows the input', async () => {
    const events = [event('110108', 'SCHOOL:i@v1'), event('110109', 'SCHOOL:j@v1'), event('110108', 'SCHOOL:i@v1'), event('110108', 'SCHOOL:k@v1')];
    const entries = await log.append(events);
    expect(entries.map((entry) => [entry.districtCode, entry.index, entry.recordId])).toEqual([
      ['110108', 0, 'SCHOOL:i@v1'], ['110109', 0, 'SCHOOL:j@v1'], ['110108', 0, 'SCHOOL:i@v1'], ['110108', 1, 'SCHOOL:k@v1'],
    ]);
    expect([await log.size('110108'), await log.size('110109')]).toEqual([2, 1]);
  });

  it('when a crash cut a batch after its claims and the first leaves, then appending it again finishes it: each event once, contiguous, first times kept', async () => {
    const ledger = db.connection.useDb(ledgerDb);
    const first = Array.from({ length: 10 }, (_, i) => event('110110', `SCHOOL:l${i}@v1`, { at: new Date(Date.UTC(2025, 5, 1, 0, i)) }));
    const claims = first.map((e) => ({
      _id: eventKey(e), districtCode: e.districtCode, kind: e.kind, recordId: e.recordId, version: e.version, event: e.event,
      contentHash: contentHash(e.content), at: e.at.toISOString(), from: 0,
    }));
    await ledger.collection(LOG_CLAIMS).insertMany(claims as never[]);
    await ledger.collection(LOG_ENTRIES).insertMany(claims.slice(0, 4).map(({ _id, from: _from, ...fields }, index) => ({
      _id: `110110:${index}`, ...entryOf({ ...fields, index }), eventKey: _id,
    })) as never[]);
    const retried = await openPublicationLog(db.connection, ledgerDb).append(first.map((e) => ({ ...e, at: new Date('2026-01-01T00:00:00Z') })));
    expect(retried.map((entry) => [entry.index, entry.at])).toEqual(first.map((e, i) => [i, e.at.toISOString()]));
    expect(await ledger.collection(LOG_ENTRIES).countDocuments({ districtCode: '110110' })).toBe(10);
    expect(await ledger.collection(LOG_LINKS).countDocuments({ _id: { $in: claims.map((c) => c._id) } } as never)).toBe(10);
  });
});
