// `npm run demo:load`: loads the sample district into already-running subgraphs (e.g. in
// docker-compose, profile "demo"). Uses the same settings as the services.
import { readConfigOrExit } from '@zsgk/config';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { z } from 'zod';

const config = readConfigOrExit(
  z.object({
    SCHOOLS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
    CATCHMENTS_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
    ADMISSIONS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
    IDENTITY_SECRET: z.string().min(32),
    DEMO_DISTRICT_CODE: z.string().regex(/^\d{6}$/).default('370812'),
  }),
  process.env,
);

async function main(): Promise<void> {
  const boundary = readDemoBoundary(config.DEMO_DISTRICT_CODE);
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: config.DEMO_DISTRICT_CODE, districtName: boundary.name });
  const summary = await loadDemoDistrict(
    { schoolsUrl: config.SCHOOLS_URL, catchmentsUrl: config.CATCHMENTS_URL, admissionsUrl: config.ADMISSIONS_URL, identitySecret: config.IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  console.log(`[demo] loaded ${boundary.name}: ${JSON.stringify(summary)}`);
}

main().catch((error) => {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
