import { Metrics } from '@zsgk/observability';
import type { CatalogSnapshot } from './PublishedCatalog';
import { registerZoneIndexGauges } from './registerZoneIndexGauges';

const snapshot = (version: number, zones: number) => ({ version, catchments: new Array(zones).fill({}) }) as unknown as CatalogSnapshot;

async function gauges(metrics: Metrics): Promise<Record<string, number>> {
  const values: Record<string, number> = {};
  for (const name of ['zone_index_version', 'zone_index_zones', 'zone_index_age_seconds']) {
    values[name] = (await metrics.registry.getSingleMetric(name)!.get()).values[0]!.value;
  }
  return values;
}

describe('registerZoneIndexGauges', () => {
  it('when a new zone set replaces the index, then the version and zone count follow it and the age starts again', async () => {
    let current = snapshot(-1, 0);
    let clock = 1_000_000;
    const metrics = new Metrics('catchments');
    const stop = registerZoneIndexGauges(metrics, { current: () => current }, () => clock);
    try {
      clock += 30_000;
      expect(await gauges(metrics)).toEqual({ zone_index_version: -1, zone_index_zones: 0, zone_index_age_seconds: 30 });
      current = snapshot(7, 770);
      clock += 5_000;
      expect(await gauges(metrics)).toEqual({ zone_index_version: 7, zone_index_zones: 770, zone_index_age_seconds: 0 });
      clock += 2_500;
      expect((await gauges(metrics)).zone_index_age_seconds).toBe(2.5);
    } finally {
      stop();
    }
  });
});
