import type { Connection } from 'mongoose';
import { listOf, type Config } from '../config';
import type { CatchmentsReplicaOptions } from './CatchmentsReplica';

/** The replica's settings from the gateway's config, or undefined when it is off (or the fast path is, which it needs). */
export function replicaOptionsFrom(config: Config, connection: Connection): CatchmentsReplicaOptions | undefined {
  if (config.GATEWAY_CATCHMENTS_REPLICA !== 'on' || config.GATEWAY_FAST_PATH !== 'on') return undefined;
  return {
    connection,
    dbName: config.CATCHMENTS_DB,
    pollMs: config.CATCHMENTS_INDEX_POLL_MS,
    nearBoundaryMeters: config.CATCHMENTS_NEAR_BOUNDARY_METERS,
    fields: listOf(config.GATEWAY_REPLICA_FIELDS),
  };
}
