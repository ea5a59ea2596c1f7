import type { GraphqlClient } from '@zsgk/testkit';
import type { ExternalGeocoder } from '../src/gazetteer/ExternalGeocoder';
import { publishBoundary, publishSet, startCatchmentsServer, TEST_BOUNDARIES } from './catchmentsServer';

/** The catchments subgraph in-process on a free port and a fresh database, with an optional external geocoder. */
export function startGazetteerServer(geocoder: ExternalGeocoder | null = null, boundaries = TEST_BOUNDARIES) {
  return startCatchmentsServer({ geocoder }, boundaries);
}

export const BUREAU = { role: 'BUREAU', subject: 'planner-1', districtCode: '370812' } as const;

const square = (name: string, [x0, y0, x1, y1]: number[]) => ({
  type: 'Feature',
  properties: { name, schools: name === '西区' ? ['3708120001'] : ['3708120002'] },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
});

/** Two PRIMARY zones of 2026 sharing the edge lng = 116.80 (西区 west, 东区 east), published, and the district 兖州区. */
export async function publishTwoZones(client: GraphqlClient): Promise<void> {
  await publishBoundary(client, '370812', square('兖州区', [116.7, 35.5, 116.9, 35.6]).geometry, {}, '兖州区');
  const imported = await client.request(
    `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { index reason } } }`,
    {
      input: {
        districtCode: '370812', year: 2026, stage: 'PRIMARY',
        content: JSON.stringify({ type: 'FeatureCollection', features: [square('西区', [116.78, 35.54, 116.8, 35.56]), square('东区', [116.8, 35.54, 116.82, 35.56])] }),
      },
    },
    BUREAU,
  );
  expect(imported.data!.importCatchments).toMatchObject({ accepted: true });
  await publishSet(client, imported.data!.importCatchments.setId);
}

export const IMPORT_GAZETTEER = `mutation($input: GazetteerImportInput!) {
  importGazetteer(input: $input) { accepted version imported problems { row field reason } review { id status } }
}`;

export const GEOCODE = `query($text: String!, $year: Int, $stage: Stage, $limit: Int) {
  geocode(text: $text, districtCode: "370812", year: $year, stage: $stage, limit: $limit) {
    normalized street houseNumber building unit year gazetteerVersion
    candidates {
      kind name matchedName score lng lat fromNumber toNumber parity
      zones { stage source nearBoundary edgeDistanceMeters overridesPolygon catchment { name } }
    }
  }
}`;
