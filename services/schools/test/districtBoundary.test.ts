import { randomUUID } from 'node:crypto';
import { openPublicationLog } from '@zsgk/publication';
import { CatchmentRepository, createCatchmentModels } from '@zsgk/catchments';
import { districtVersionFields } from '@zsgk/catchments/src/data/CatchmentRepository';
import { districtContent } from '@zsgk/catchments/src/publication/catchmentsContent';
import { publishVersion } from '@zsgk/catchments/src/publication/publishVersion';
import type { District } from '@zsgk/catchments/src/zones/Zone';
import { approveOrThrow, BUREAU, IMPORT, schoolRow, startSchoolsServer } from './schoolsServer';

const YANZHOU: District = {
  code: '370812',
  name: '兖州区',
  boundary: { type: 'Polygon', coordinates: [[[116.75, 35.5], [116.85, 35.5], [116.85, 35.6], [116.75, 35.6], [116.75, 35.5]]] },
  uploadedCrs: 'WGS84',
  sampleData: true,
  contact: null,
};

/**
 * Starts the schools service reading boundaries from a catchments database of its own, and publishes
 * 370812's square boundary around (116.8, 35.55) there the way the catchments service does (its own
 * repository, version store and publishVersion, logging the PUBLISHED entry with the content hash);
 * every other district has no boundary.
 */
async function startWithPublishedBoundary() {
  const catchmentsDb = `t_catchments_${randomUUID().slice(0, 8)}`;
  const harness = await startSchoolsServer({ catchmentsDb });
  const catchments = harness.database.connection.useDb(catchmentsDb, { useCache: true });
  const repository = new CatchmentRepository(createCatchmentModels(catchments));
  await repository.ensureIndexes();
  const log = openPublicationLog(harness.database.connection, harness.ledgerDb);
  const published = await publishVersion(
    repository.districtVersions,
    {
      kind: 'DISTRICT_BOUNDARY', key: YANZHOU.code, districtCode: YANZHOU.code, reviewId: 'review-1', actor: 'officer', baseVersion: 0,
      fields: districtVersionFields(YANZHOU),
      contentOf: async (id) => districtContent((await repository.findDistrictVersion(id))!),
    },
    { log },
  );
  /** Publishes version 2 with `boundary` as catchments would, crashing (as a process can) right after storing it, before the log. */
  const interruptedVersion2 = async (boundary: District['boundary']) => {
    const crash = async (step: string) => {
      if (step === 'version-inserted') throw new Error('crash after storing the version');
    };
    await publishVersion(
      repository.districtVersions,
      {
        kind: 'DISTRICT_BOUNDARY', key: YANZHOU.code, districtCode: YANZHOU.code, reviewId: 'review-2', actor: 'officer', baseVersion: 1,
        fields: districtVersionFields({ ...YANZHOU, boundary }),
        contentOf: async (id) => districtContent((await repository.findDistrictVersion(id))!),
      },
      { log, fault: crash },
    ).catch(() => undefined);
  };
  return {
    harness,
    published,
    catchments,
    interruptedVersion2,
    stop: async () => {
      await catchments.dropDatabase().catch(() => undefined);
      await harness.stop();
    },
  };
}

/** Imports rows and, when a change is submitted, has another officer of that district approve it. */
const importRows = async (harness: Awaited<ReturnType<typeof startSchoolsServer>>, rows: unknown[], identity: any = BUREAU, districtCode = '370812') => {
  const res = await harness.client.request(IMPORT, { input: { districtCode, format: 'JSON', content: JSON.stringify(rows) } }, identity);
  const change = res.data?.importSchools?.change;
  if (change) await approveOrThrow(harness.client, change.id, { ...identity, subject: `${identity.subject}-reviewer` });
  return res;
};

describe('the within-district location check', () => {
  let started: Awaited<ReturnType<typeof startWithPublishedBoundary>>;
  let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
  beforeAll(async () => {
    started = await startWithPublishedBoundary();
    harness = started.harness;
  });
  afterAll(async () => {
    await started.stop();
  });

  it('when a school lies more than 1 km outside its district, then its row is refused saying how far, and nothing is written', async () => {
    const res = await importRows(harness, [schoolRow(1), schoolRow(2, { location: { lng: 116.95, lat: 35.55 } })]);
    expect(res.data!.importSchools).toMatchObject({ accepted: false, warnings: [] });
    expect(res.data!.importSchools.problems).toEqual([{ row: 2, field: 'location', reason: expect.stringMatching(/^位置在兖州区边界外 9\.\d\d 公里/) }]);
  });

  it('when schools lie inside or within 1 km of the boundary, then they are accepted without warnings', async () => {
    const res = await importRows(harness, [schoolRow(3), schoolRow(4, { location: { lng: 116.855, lat: 35.55 } })]);
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 2, warnings: [] });
  });

  it('when catchments has published no boundary for the district, then the check is skipped with a warning', async () => {
    const tianjin = { role: 'BUREAU', subject: 'tj', districtCode: '120116' };
    const row = schoolRow(5, { id: '1201160005', districtCode: '120116', location: { lng: 117.7, lat: 39.0 } });
    const res = await importRows(harness, [row], tianjin, '120116');
    expect(res.data!.importSchools).toMatchObject({ accepted: true, warnings: [expect.stringContaining('划片服务中没有本区的边界')] });
  });

  it('when a single school is moved outside its district, then the update is refused naming the location', async () => {
    const res = await harness.client.request(
      'mutation($id: ID!, $patch: SchoolPatch!) { updateSchool(id: $id, patch: $patch) { school { version } } }',
      { id: '3708120003', patch: { location: { lng: 117.2, lat: 35.55 } } },
      BUREAU,
    );
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/^「位置（经纬度）」位置在兖州区边界外 \d+\.\d 公里/), extensions: { code: 'BAD_USER_INPUT', field: 'patch.location' } });
  });
});

it('when the stored boundary differs from what the publication log vouches for, then it is not used and the import warns that the check was skipped', async () => {
  const started = await startWithPublishedBoundary();
  try {
    // An edit behind the system's back: the stored boundary no longer hashes to the logged content.
    const moved = JSON.stringify({ type: 'Polygon', coordinates: [[[117.75, 35.5], [117.85, 35.5], [117.85, 35.6], [117.75, 35.6], [117.75, 35.5]]] });
    await started.catchments.collection('district_versions').updateOne({ _id: started.published.recordId } as never, { $set: { boundaryJson: moved } });
    const res = await importRows(started.harness, [schoolRow(6)]);
    expect(res.data!.importSchools).toMatchObject({
      accepted: true,
      warnings: [expect.stringMatching(/^未核对学校位置是否在本区边界内（划片服务发布的本区边界 DISTRICT_BOUNDARY:370812@v1 与发布日志第 \d+ 条记录的内容哈希不符（日志 [0-9a-f]{12}…，库中 [0-9a-f]{12}…）），只核对了位置在中国境内$/)],
    });
  } finally {
    await started.stop();
  }
});

it('when a boundary version is stored but not yet in the publication log, then the check is skipped saying so', async () => {
  const started = await startWithPublishedBoundary();
  try {
    await started.harness.database.connection.useDb(started.harness.ledgerDb).collection('log_entries').deleteMany({});
    const res = await importRows(started.harness, [schoolRow(7)]);
    expect(res.data!.importSchools).toMatchObject({
      accepted: true,
      warnings: ['未核对学校位置是否在本区边界内（划片服务的本区边界 DISTRICT_BOUNDARY:370812@v1 在发布日志中没有发布记录），只核对了位置在中国境内'],
    });
  } finally {
    await started.stop();
  }
});

it('when a newer boundary is stored but its publication stopped before the log, then the logged version is still the one checked', async () => {
  const started = await startWithPublishedBoundary();
  try {
    await started.interruptedVersion2({ type: 'Polygon', coordinates: [[[116.9, 35.5], [117.0, 35.5], [117.0, 35.6], [116.9, 35.6], [116.9, 35.5]]] });
    const res = await importRows(started.harness, [schoolRow(8, { location: { lng: 116.95, lat: 35.55 } })]);
    expect(res.data!.importSchools).toMatchObject({ accepted: false, problems: [{ row: 1, field: 'location', reason: expect.stringMatching(/^位置在兖州区边界外 9\.\d\d 公里/) }] });
  } finally {
    await started.stop();
  }
});
