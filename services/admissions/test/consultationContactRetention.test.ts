import { openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import type { NewAuditEvent } from '../src/audit/AuditRecorder';
import type { ConsultationFields } from '../src/consultation/Consultation';
import { ContactRetention } from '../src/consultation/ContactRetention';
import { createConsultationStores, ensureConsultationIndexes, type ConsultationStores } from '../src/data/ConsultationStores';

/**
 * Commenters' contacts are deleted 180 days (by default) after their consultation closed, by a sweep
 * that logs and records how many, never what. Consultations and comments are stored as the service
 * stores them (the published versions, the comment store); the clock is the test's.
 */
let database: TestDatabase;
let stores: ConsultationStores;
beforeAll(async () => {
  database = await openTestDatabase('contact_retention');
  stores = createConsultationStores(database.connection);
  await ensureConsultationIndexes(stores);
});
afterAll(() => database.drop());

const consultation = (id: string, phase: 'OPEN' | 'CLOSED', closedOn: string | null): ConsultationFields => ({
  consultationId: `370812/${id}`, districtCode: '370812', subjectKind: 'OTHER', subjectId: null, title: `事项 ${id}`, draftText: null, basis: '依据', howToComment: '本平台',
  opensOn: '2026-01-05', closesOn: '2026-02-03', shortWindowReason: null, phase,
  feedback: closedOn ? { groups: [], commentsReceived: 2, finalRecordId: 'OTHER:x', summary: null, closedOn } : null,
});

async function publishWithComments(fields: ConsultationFields): Promise<void> {
  await stores.consultations.insertVersions('CONSULTATION', [{ key: fields.consultationId, fields, correctionReason: null, previous: undefined }], new Date(), 'test', `test:${fields.consultationId}`);
  await stores.comments.add(`${fields.consultationId}#1`, { consultationId: fields.consultationId, districtCode: '370812', text: '意见一', contact: '13800000000', submittedAt: new Date() }, '2026-01-10');
  await stores.comments.add(`${fields.consultationId}#2`, { consultationId: fields.consultationId, districtCode: '370812', text: '意见二', contact: null, submittedAt: new Date() }, '2026-01-10');
}

it('when a consultation closed 180 days ago, then its contacts are removed (the comments stay), recorded and logged by count; open and recently closed ones keep theirs; a second sweep removes nothing', async () => {
  await publishWithComments(consultation('old', 'CLOSED', '2026-02-10'));
  await publishWithComments(consultation('recent', 'CLOSED', '2026-03-01'));
  await publishWithComments(consultation('open', 'OPEN', null));
  const events: NewAuditEvent[] = [];
  const lines: string[] = [];
  const retention = new ContactRetention({
    closed: () => stores.consultations.find({ phase: 'CLOSED' }),
    clearContacts: (ids) => stores.comments.clearContacts(ids),
    audit: { record: async (list) => void events.push(...list) },
    today: () => '2026-08-09', // 2026-02-10 + 180 days
    retentionDays: 180,
    log: (line) => lines.push(line),
  });

  expect(await retention.sweep()).toEqual({ consultations: 1, contacts: 1 });
  const contacts = async (id: string) => (await stores.comments.find(`370812/${id}`)).map((c) => c.contact);
  expect(await contacts('old')).toEqual([null, null]);
  expect(await stores.comments.find('370812/old')).toHaveLength(2);
  expect(await contacts('recent')).toContain('13800000000');
  expect(await contacts('open')).toContain('13800000000');
  expect(events).toEqual([expect.objectContaining({ action: 'DELETE_CONTACTS', entityId: '370812/old', districtCode: '370812', summary: expect.stringContaining('删除意见人联系方式 1 条') })]);
  expect(lines).toEqual(['[admissions] contact retention: removed 1 contact(s) from 1 consultation(s) closed 180 or more days ago']);
  expect(lines.join()).not.toContain('13800000000');

  expect(await retention.sweep()).toEqual({ consultations: 0, contacts: 0 });
  expect(events).toHaveLength(1);
});

it('when the day before the retention ends, then nothing is removed', async () => {
  await publishWithComments(consultation('edge', 'CLOSED', '2026-05-01'));
  const retention = new ContactRetention({
    closed: () => stores.consultations.find({ phase: 'CLOSED', consultationId: '370812/edge' }),
    clearContacts: (ids) => stores.comments.clearContacts(ids),
    audit: { record: async () => undefined },
    today: () => '2026-10-27', // 2026-05-01 + 179 days
    retentionDays: 180,
    log: () => undefined,
  });
  expect(retention.dueOn(consultation('edge', 'CLOSED', '2026-05-01'))).toBe('2026-10-28');
  expect(await retention.sweep()).toEqual({ consultations: 0, contacts: 0 });
});
