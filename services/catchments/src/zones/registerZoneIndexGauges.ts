import type { Metrics } from '@zsgk/observability';
import type { CatalogSnapshot } from './PublishedCatalog';

/** How often the snapshot in memory is compared with the last one seen, to date a new one. */
const CHECK_MS = 1000;

/**
 * Gauges of the zone index this replica answers `locate` from: zone_index_version (the published
 * version in memory; -1 before the first load), zone_index_zones (zones in it) and
 * zone_index_age_seconds (since that snapshot replaced the previous one, to within a second). A
 * replica whose version lags the others' for longer than the poll interval is not refreshing.
 * Returns a function that stops the check.
 */
export function registerZoneIndexGauges(metrics: Metrics, catalog: { current(): CatalogSnapshot }, now: () => number = Date.now): () => void {
  let seen = catalog.current();
  let since = now();
  const check = () => {
    const snapshot = catalog.current();
    if (snapshot !== seen) {
      seen = snapshot;
      since = now();
    }
    return snapshot;
  };
  const timer = setInterval(check, CHECK_MS);
  timer.unref();
  metrics.gauge('zone_index_version', 'Published zone set version held in memory by this replica (-1 before the first load).', () => check().version);
  metrics.gauge('zone_index_zones', 'Zones in the index held in memory.', () => check().catchments.length);
  metrics.gauge('zone_index_age_seconds', 'Seconds since the index in memory replaced the previous one.', () => {
    check();
    return (now() - since) / 1000;
  });
  return () => clearInterval(timer);
}
