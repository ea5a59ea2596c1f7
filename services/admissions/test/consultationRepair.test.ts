import { beijingDate } from '@zsgk/working-days';
import type { PublicationStep } from '../src/publication/Publisher';
import { APPROVE_CHANGE, BUREAU, DISTRICT, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

/** A consultation goes through the same publication as every bureau change, so a crash in it is finished at the next start. */
const STEPS: PublicationStep[] = ['approved', 'inserted', 'logged'];
let armed: PublicationStep | null = null;
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
const faults = (step: PublicationStep) => {
  if (step !== armed) return;
  armed = null;
  throw new Error(`injected crash after ${step}`);
};

beforeAll(async () => {
  harness = await startAdmissionsServer({ faults, withoutRegister: true });
});
afterAll(() => harness.stop());

const OPEN = 'mutation($input: ConsultationInput!) { openConsultation(input: $input) { id recordKey } }';

it.each(STEPS)('when the publication of a consultation dies after %s, then the restart publishes it once and it takes comments', async (step) => {
  const input = { districtCode: DISTRICT, subjectKind: 'OTHER', title: `崩溃恢复测试（${step}）`, draftText: '草案', basis: '依据', howToComment: '本平台', opensOn: beijingDate() };
  const opened = (await harness.client.request(OPEN, { input }, BUREAU)).data!.openConsultation;
  armed = step;
  const crashed = await harness.client.request(APPROVE_CHANGE, { id: opened.id }, SECOND_BUREAU);
  expect(armed).toBeNull();
  expect(crashed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

  await harness.restart(faults);
  expect(harness.repair.failed).toEqual([]);
  expect(harness.repair.finished).toContain(opened.id);
  const consultation = (await harness.client.request('query($id: ID!) { consultation(id: $id) { status version recordId acceptingComments } }', { id: opened.recordKey })).data!.consultation;
  expect(consultation).toEqual({ status: 'CONSULTATION', version: 1, recordId: `CONSULTATION:${opened.recordKey}@v1`, acceptingComments: true });
  const logged = (await harness.logEntries()).filter((e) => e.recordId === consultation.recordId).map((e) => e.event);
  expect(logged).toEqual(['PUBLISHED']);
  const comment = await harness.client.request('mutation($id: ID!) { submitConsultationComment(consultationId: $id, text: "恢复后也能提交意见。") { duplicate } }', { id: opened.recordKey });
  expect(comment.data!.submitConsultationComment).toEqual({ duplicate: false });
});
