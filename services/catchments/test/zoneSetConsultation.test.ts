import { contentHash, openPublicationLog, versionId } from '@zsgk/publication';
import { beijingDate } from '../src/zones/beijingDate';
import { approve, BUREAU, IMPORT, publishSet, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';

/**
 * A zone set out for public comment (征求意见稿): reachable by everyone while the consultation runs,
 * labelled DRAFT, answered beside (never inside) what is in force; gone once the final version is
 * published. Plain drafts stay the bureau's.
 */
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer({ indexPollMs: 100 });
}, 60_000);
afterAll(() => harness.stop());

const S1 = '3708120001';
const S2 = '3708120002';
const CONSULTATION_ID = '370812/0123456789ab';
const closesOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function draft(features: unknown[], readRules = false): Promise<string> {
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', year: 2027, stage: 'PRIMARY', readRules, content: JSON.stringify({ type: 'FeatureCollection', features }) } }, BUREAU);
  expect(res.data?.importCatchments).toMatchObject({ accepted: true });
  return res.data!.importCatchments.setId;
}

/** What the admissions subgraph appends when a consultation's opening is approved (its version 1). */
async function publishConsultationInLog(consultationId: string) {
  await openPublicationLog(harness.database.connection, harness.ledgerDb).append([
    { districtCode: '370812', kind: 'CONSULTATION', recordId: versionId('CONSULTATION', consultationId, 1), version: 1, event: 'PUBLISHED', content: { consultationId }, at: new Date() },
  ]);
}

const OPEN = `mutation($setId: ID!, $consultationId: ID!, $closesOn: String!) {
  openZoneSetConsultation(setId: $setId, consultationId: $consultationId, closesOn: $closesOn) { id kind status recordKey zoneSet { id status } }
}`;
const LOCATE = `query($lng: Float!, $address: String) { locate(lng: $lng, lat: 35.55, stage: PRIMARY, address: $address) {
  year matches { catchment { name status } }
  drafts {
    label consultationId closesOn moves summary
    zoneSet { id status consultation { label consultationId closesOn open recordId } }
    matches { catchment { name status year } }
    current { name status year }
    byAddress { claims { catchment { name status } rule { text } } }
  }
} }`;
const SET = `query($id: ID!) { zoneSet(id: $id) { status consultation { open } catchments { name status } } }`;
const locate = async (lng: number, address?: string) => {
  await harness.server.catalog.refresh(true);
  const res = await harness.client.request(LOCATE, { lng, address });
  expect(res.errors).toBeUndefined();
  return res.data!.locate;
};

// In force (2027 v1): 西区 116.78–116.80 (S1) | 东区 116.80–116.82 (S2).
// The draft (v2) moves the strip 116.79–116.80 from 西区 to 东区.
const inForce = () => [squareZone('西区', [S1], [116.78, 35.54, 116.8, 35.56]), squareZone('东区', [S2], [116.8, 35.54, 116.82, 35.56])];
// Its 东区 also lists 建设路1-99号 in its 四至 (read into an address rule).
const proposed = () => [
  squareZone('西区', [S1], [116.78, 35.54, 116.79, 35.56]),
  { ...squareZone('东区', [S2], [116.79, 35.54, 116.82, 35.56]), properties: { name: '东区', schools: [S2], boundaryText: '建设路1-99号' } },
];

describe('a zone set out for public comment', () => {
  let draftId: string;
  let plainDraftId: string;
  beforeAll(async () => {
    await publishSet(harness.client, await draft(inForce()));
    draftId = await draft(proposed(), true);
    plainDraftId = await draft(proposed());
  }, 60_000);

  it('when the consultation is not published yet, then the draft cannot be opened for comment', async () => {
    const res = await harness.client.request(OPEN, { setId: draftId, consultationId: CONSULTATION_ID, closesOn }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'consultationId' });
  });

  it('when a consultation of another district is named, then it is refused naming it', async () => {
    const res = await harness.client.request(OPEN, { setId: draftId, consultationId: '370811/0123456789ab', closesOn }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'consultationId' });
  });

  it('when a draft is submitted for comment, then nothing is public until a second officer approves it', async () => {
    await publishConsultationInLog(CONSULTATION_ID);
    const submitted = await harness.client.request(OPEN, { setId: draftId, consultationId: CONSULTATION_ID, closesOn }, BUREAU);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.openZoneSetConsultation).toMatchObject({ kind: 'ZONE_SET_CONSULTATION', status: 'SUBMITTED', recordKey: '370812:2027:PRIMARY', zoneSet: { id: draftId, status: 'DRAFT' } });
    expect((await harness.client.request(SET, { id: draftId })).data!.zoneSet).toBeNull();
    expect((await locate(116.795)).drafts).toEqual([]);
    const approved = await approve(harness.client, submitted.data!.openZoneSetConsultation.id, REVIEWER);
    expect(approved).toMatchObject({ status: 'PUBLISHED', publishedRecordId: 'ZONE_SET_CONSULTATION:370812:2027:PRIMARY@v1' });
  });

  it('when the draft is open for comment, then anyone reads it as CONSULTATION, and an address that moves says from A to B, labelled DRAFT', async () => {
    expect((await harness.client.request(SET, { id: draftId })).data!.zoneSet).toEqual({
      status: 'CONSULTATION', consultation: { open: true }, catchments: [{ name: '东区', status: 'CONSULTATION' }, { name: '西区', status: 'CONSULTATION' }],
    });
    const answer = await locate(116.795);
    expect(answer.matches).toEqual([{ catchment: { name: '西区', status: 'PUBLISHED' } }]); // what is in force is unchanged
    expect(answer.drafts).toEqual([{
      label: 'DRAFT', consultationId: CONSULTATION_ID, closesOn, moves: true,
      summary: `按征求意见稿（${CONSULTATION_ID}，截至 ${closesOn}，尚未生效），此处将由「西区」调整为「东区」`,
      zoneSet: { id: draftId, status: 'CONSULTATION', consultation: { label: 'DRAFT', consultationId: CONSULTATION_ID, closesOn, open: true, recordId: 'ZONE_SET_CONSULTATION:370812:2027:PRIMARY@v1' } },
      matches: [{ catchment: { name: '东区', status: 'CONSULTATION', year: 2027 } }],
      current: [{ name: '西区', status: 'PUBLISHED', year: 2027 }],
      byAddress: null,
    }]);
  });

  it('when an address is given, then the draft answer also says what the draft\'s address rules claim', async () => {
    const [under] = (await locate(116.795, '建设路7号')).drafts;
    expect(under.byAddress).toEqual({ claims: [{ catchment: { name: '东区', status: 'CONSULTATION' }, rule: { text: '建设路1-99号' } }] });
  });

  it('when an address stays in its zone under the draft, then the draft answer says it stays', async () => {
    const [stays] = (await locate(116.785)).drafts;
    expect(stays).toMatchObject({ moves: false, summary: expect.stringContaining('此处仍属「西区」'), matches: [{ catchment: { name: '西区' } }], current: [{ name: '西区' }] });
  });

  it('when a draft is not opened for comment, then the public cannot read it and locate never answers from it', async () => {
    expect((await harness.client.request(SET, { id: plainDraftId })).data!.zoneSet).toBeNull();
    expect((await locate(116.795)).drafts.map((d: any) => d.zoneSet.id)).toEqual([draftId]);
  });

  it('when the publication log is asked for the draft\'s content, then it is the set with the consultation and hashes as logged', async () => {
    const entries = await openPublicationLog(harness.database.connection, harness.ledgerDb).entriesForRecord('ZONE_SET_CONSULTATION:370812:2027:PRIMARY@v1');
    const served = await harness.server.publisher.contentOf('ZONE_SET_CONSULTATION', 'ZONE_SET_CONSULTATION:370812:2027:PRIMARY@v1');
    expect(served).toMatchObject({ setId: draftId, consultationId: CONSULTATION_ID, closesOn });
    expect(entries.map((e) => [e.event, e.contentHash])).toEqual([['PUBLISHED', contentHash(served)]]);
  });

  it('when the final version is published, then the draft answer is gone and the draft is the bureau\'s again', async () => {
    const finalId = await draft(proposed());
    await publishSet(harness.client, finalId);
    const answer = await locate(116.795);
    expect(answer).toMatchObject({ matches: [{ catchment: { name: '东区', status: 'PUBLISHED' } }], drafts: [] });
    expect((await harness.client.request(SET, { id: draftId })).data!.zoneSet).toBeNull();
    expect((await harness.client.request(SET, { id: draftId }, BUREAU)).data!.zoneSet).toMatchObject({ status: 'DRAFT', consultation: { open: false } });
  });

  it('when closesOn has passed or is not a date, then opening is refused naming it', async () => {
    const another = await draft(proposed());
    for (const bad of ['2020-01-01', '2027-02-30', 'soon']) {
      const res = await harness.client.request(OPEN, { setId: another, consultationId: CONSULTATION_ID, closesOn: bad }, BUREAU);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesOn' });
    }
    expect(beijingDate() <= closesOn).toBe(true);
  });
});
