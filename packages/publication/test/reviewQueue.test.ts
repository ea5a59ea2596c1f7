import { AppError, isAppError } from '@zsgk/errors';
import { openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import { openReviewQueue, type ReviewQueue } from '../src/review/openReviewQueue';
import { openDistrictSettings } from '../src/settings/openDistrictSettings';
import { openPublicationLog } from '../src/log/openPublicationLog';
import { publishOrReturn } from '../src/review/publishOrReturn';

let db: TestDatabase;
let ledgerDb: string;
let reviews: ReviewQueue;

beforeAll(async () => {
  db = await openTestDatabase('review');
  ledgerDb = `${db.name}_ledger`;
  reviews = openReviewQueue(db.connection, 'review_events', { settings: openDistrictSettings(db.connection, ledgerDb) });
  await reviews.ensureIndexes();
});
afterAll(async () => {
  await db.connection.useDb(ledgerDb).dropDatabase().catch(() => undefined);
  await db.drop();
});

const submit = (recordKey: string, districtCode = '370811') =>
  reviews.submit({ kind: 'ZONE_SET', recordKey, districtCode, payload: { year: 2025 }, summary: '2025 年划片', actor: 'officer-a' });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return isAppError(error) ? error.code : String(error);
  }
}

describe('review queue', () => {
  it('when a change is submitted twice for one record, then the rounds are 1 and 2 and both are SUBMITTED', async () => {
    const first = await submit('370811-2025');
    const second = await submit('370811-2025');
    expect([first.id, second.id]).toEqual(['ZONE_SET:370811-2025#1', 'ZONE_SET:370811-2025#2']);
    expect(await reviews.get(first.id)).toMatchObject({ status: 'SUBMITTED', submittedBy: 'officer-a', payload: { year: 2025 } });
  });

  it('when 10 reviewers approve one item at once, then exactly one succeeds and the rest get CONFLICT', async () => {
    const item = await submit('370811-race');
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => codeOf(reviews.approve(item.id, { subject: `reviewer-${i}`, districtCode: '370811' }))));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(9);
    expect((await reviews.get(item.id))?.status).toBe('APPROVED');
  });

  it('when one reviewer returns while another approves, then one wins and the item shows only that outcome', async () => {
    const item = await submit('370811-mixed');
    const codes = await Promise.all([
      codeOf(reviews.returnItem(item.id, '边界不清', { subject: 'officer-b', districtCode: '370811' })),
      codeOf(reviews.approve(item.id, { subject: 'officer-c', districtCode: '370811' })),
    ]);
    expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
    expect(['RETURNED', 'APPROVED']).toContain((await reviews.get(item.id))?.status);
  });

  it('when the submitter approves their own change, then FORBIDDEN in Chinese; after the district publishes the single-officer setting, it is allowed', async () => {
    const item = await submit('370813-self', '370813');
    const self = reviews.approve(item.id, { subject: 'officer-a', districtCode: '370813' });
    await expect(self).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('须由本区另一名工作人员审核') });
    await openDistrictSettings(db.connection, ledgerDb).publish({ districtCode: '370813', singleOfficerAllowed: true, reason: '本区仅一名招生工作人员', actor: 'officer-a' });
    expect((await reviews.approve(item.id, { subject: 'officer-a', districtCode: '370813' })).status).toBe('APPROVED');
    const logged = await openPublicationLog(db.connection, ledgerDb).entries('370813', 0, 5);
    expect(logged.map((entry) => [entry.kind, entry.event])).toEqual([['DISTRICT_SETTINGS', 'PUBLISHED']]);
  });

  it('when a reviewer of another district approves or returns, then FORBIDDEN naming both districts', async () => {
    const item = await submit('370811-foreign');
    await expect(reviews.approve(item.id, { subject: 'officer-x', districtCode: '370812' })).rejects.toMatchObject({
      code: 'FORBIDDEN', message: expect.stringMatching(/370811.*370812/),
    });
    await expect(reviews.returnItem(item.id, '不对', { subject: 'officer-x', districtCode: '370812' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await reviews.get(item.id))?.status).toBe('SUBMITTED');
  });

  it('when an approved item is marked published (twice), then it is PUBLISHED with its result and no longer pending repair', async () => {
    const item = await submit('370811-publish');
    await reviews.approve(item.id, { subject: 'officer-b', districtCode: '370811' });
    expect((await reviews.approvedUnpublished()).map((pending) => pending.id)).toContain(item.id);
    await reviews.markPublished(item.id, { recordId: 'ZONE_SET:370811-publish@v1', version: 1 });
    const again = await reviews.markPublished(item.id, { recordId: 'other' });
    expect(again).toMatchObject({ status: 'PUBLISHED', reviewedBy: 'officer-b', result: { recordId: 'ZONE_SET:370811-publish@v1', version: 1 } });
    expect((await reviews.approvedUnpublished()).map((pending) => pending.id)).not.toContain(item.id);
  });

  it('when an item was returned or never approved, then markPublished is a CONFLICT and an unknown id is NOT_FOUND', async () => {
    const item = await submit('370811-returned');
    await reviews.returnItem(item.id, '缺少四至', { subject: 'officer-b', districtCode: '370811' });
    expect(await reviews.get(item.id)).toMatchObject({ status: 'RETURNED', returnReason: '缺少四至' });
    expect(await codeOf(reviews.markPublished(item.id, {}))).toBe('CONFLICT');
    expect(await codeOf(reviews.approve('ZONE_SET:nothing#1', { subject: 'b', districtCode: '370811' }))).toBe('NOT_FOUND');
  });

  it('when listing by district and status, then only that district’s items in that status come back', async () => {
    await submit('370814-a', '370814');
    const b = await submit('370814-b', '370814');
    await reviews.approve(b.id, { subject: 'officer-b', districtCode: '370814' });
    expect((await reviews.list({ districtCode: '370814' })).map((item) => item.recordKey)).toEqual(['370814-a', '370814-b']);
    expect((await reviews.list({ districtCode: '370814', status: 'APPROVED' })).map((item) => item.id)).toEqual([b.id]);
  });

  it('when an approved change loses the race for its version, then it ends RETURNED with the reason, repair no longer lists it, and the winner stays PUBLISHED', async () => {
    const [winner, loser] = [await submit('370811-lost'), await submit('370811-lost')];
    const officer = { subject: 'officer-b', districtCode: '370811' };
    await reviews.approve(winner.id, officer);
    const approved = await reviews.approve(loser.id, officer);
    await reviews.markPublished(winner.id, { recordId: 'ZONE_SET:370811-lost@v2', version: 2 });
    const lost = new AppError('CONFLICT', '370811-lost 的第 2 版已由另一次发布写入');
    const attempt = publishOrReturn(reviews, approved, () => Promise.reject(lost));
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已退回'), details: { status: 'RETURNED' } });
    expect(await reviews.get(loser.id)).toMatchObject({
      status: 'RETURNED', reviewedBy: 'officer-b', returnReason: expect.stringContaining('第 2 版已由另一次发布写入'),
    });
    expect((await reviews.approvedUnpublished()).map((item) => item.id)).not.toContain(loser.id);
    expect(await codeOf(reviews.markPublished(loser.id, {}))).toBe('CONFLICT');
    expect(await reviews.get(winner.id)).toMatchObject({ status: 'PUBLISHED', result: { version: 2 } });
    expect(await codeOf(reviews.returnUnpublished(winner.id, '不该退回'))).toBe('CONFLICT');
  });

  it('when publishing and returning an approved item race, then exactly one of them is its outcome', async () => {
    const item = await submit('370811-either');
    await reviews.approve(item.id, { subject: 'officer-b', districtCode: '370811' });
    const codes = await Promise.all([
      codeOf(reviews.markPublished(item.id, { version: 1 })), codeOf(reviews.returnUnpublished(item.id, '另一变更先发布')),
      codeOf(reviews.markPublished(item.id, { version: 1 })), codeOf(reviews.returnUnpublished(item.id, '另一变更先发布')),
    ]);
    const status = (await reviews.get(item.id))!.status;
    expect(codes).toEqual(status === 'PUBLISHED' ? ['OK', 'CONFLICT', 'OK', 'CONFLICT'] : ['CONFLICT', 'OK', 'CONFLICT', 'OK']);
  });

  it('when publishing fails for another reason than CONFLICT, then the item stays APPROVED for the repair pass', async () => {
    const item = await submit('370811-down');
    const approved = await reviews.approve(item.id, { subject: 'officer-b', districtCode: '370811' });
    await expect(publishOrReturn(reviews, approved, () => Promise.reject(new Error('database unavailable')))).rejects.toThrow('database unavailable');
    expect((await reviews.approvedUnpublished()).map((pending) => pending.id)).toContain(item.id);
  });
});
