import type { Server } from 'node:http';
import { findFreePort } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { configSchema } from '@zsgk/web-map/server/config';
import { createWebMapServer } from '@zsgk/web-map/server/createWebMapServer';
import { startSystem } from './support/startSystem';

export const DISTRICT = '370812';
export const YEAR = 2026;
/** Plans are published before registration opens: in December, next year's. */
export const PLAN_YEAR = 2027;
export const DRAFT_SEATS = 777;
export const RETURNED_COUNT = 55;

const SAVE_PLAN = 'mutation($input: EnrolmentPlanInput!, $submit: Boolean) { saveEnrolmentPlan(input: $input, submit: $submit) { id } }';
const SAVE_TRANSFER = 'mutation($input: TransferReportInput!, $submit: Boolean) { saveTransferReport(input: $input, submit: $submit) { id } }';
const APPROVE = 'mutation($id: ID!) { approveSubmission(id: $id) { status } }';
const RETURN = 'mutation($id: ID!) { returnSubmission(id: $id, reason: "数字有误，请核对") { status } }';

/**
 * The whole system with the demo district (兖州区) loaded, and, through the real review workflow:
 * a published plan and transfer report of school A, a draft plan of school B (never submitted) and a
 * returned transfer report of school B. Plans are for PLAN_YEAR, the rest for YEAR. The web map's server (open-data routes) listens in front.
 */
export async function startOpenDataFixture() {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const system = await startSystem({ allowedOrigins: [origin] });
  const boundary = readDemoBoundary(DISTRICT);
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: DISTRICT, districtName: boundary.name });
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  const primary = demo.schools.filter((s) => s.stages.includes('PRIMARY') && s.ownership === 'PUBLIC');
  const [schoolA, schoolB] = [primary[0]!.id, primary[1]!.id];
  const bureau = await system.token({ role: 'BUREAU', subject: 'open-data-reviewer', districtCode: DISTRICT });
  const as = async (query: string, variables: Record<string, unknown>, token: string) => {
    const answer = await system.gateway.request(query, variables, undefined, { authorization: `Bearer ${token}` });
    if (answer.errors?.length) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(answer.errors)}`);
    return answer.data as Record<string, { id: string }>;
  };
  const clerkOf = (schoolId: string) => system.token({ role: 'SCHOOL', subject: `clerk-${schoolId}`, schoolId });
  const [clerkA, clerkB] = await Promise.all([clerkOf(schoolA), clerkOf(schoolB)]);

  /** School A reports and the bureau approves (published). */
  const publishPlan = async (plannedSeats: number, correctionReason?: string) => {
    const saved = await as(SAVE_PLAN, { input: { districtCode: DISTRICT, schoolId: schoolA, year: PLAN_YEAR, stage: 'PRIMARY', plannedSeats, plannedClasses: 2, correctionReason }, submit: true }, clerkA);
    await as(APPROVE, { id: saved.saveEnrolmentPlan!.id }, bureau);
  };
  await publishPlan(90);
  const transfer = await as(
    SAVE_TRANSFER,
    { input: { districtCode: DISTRICT, schoolId: schoolA, year: YEAR, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 3 }], transfersOut: [{ reason: 'PARENT_JOB', count: 2 }] }, submit: true },
    clerkA,
  );
  await as(APPROVE, { id: transfer.saveTransferReport!.id }, bureau);
  await as(SAVE_PLAN, { input: { districtCode: DISTRICT, schoolId: schoolB, year: PLAN_YEAR, stage: 'PRIMARY', plannedSeats: DRAFT_SEATS }, submit: false }, clerkB);
  const returned = await as(
    SAVE_TRANSFER,
    { input: { districtCode: DISTRICT, schoolId: schoolB, year: YEAR, term: 'AUTUMN', transfersIn: [{ reason: 'OTHER', count: RETURNED_COUNT }] }, submit: true },
    clerkB,
  );
  await as(RETURN, { id: returned.saveTransferReport!.id }, bureau);

  // Head read on every request, so a publication shows at once (production reuses it for 1 s).
  const app = createWebMapServer(configSchema.parse({ GATEWAY_PUBLIC_URL: system.gatewayUrl, WEB_MAP_PORT: String(port), OPEN_DATA_HEAD_TTL_MS: '0' }));
  const webMap = await new Promise<Server>((resolve) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
  });
  return {
    system,
    demo,
    schoolA,
    schoolB,
    origin,
    publishPlan,
    async stop() {
      await new Promise((resolve) => webMap.close(resolve));
      await system.stop();
    },
  };
}
