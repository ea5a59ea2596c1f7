import cluster from 'node:cluster';
import { runClusterWorkers } from './clusterWorkers';
import { loadConfig } from './config';

// The gateway's entry when GATEWAY_WORKERS may be above 1: the primary forks that many workers, each
// of which runs main.ts (as `npm start` runs it with one). With 1 it is main.ts itself.
const { GATEWAY_WORKERS } = loadConfig();
if (cluster.isPrimary && GATEWAY_WORKERS > 1) runClusterWorkers({ workers: GATEWAY_WORKERS });
else require('./main');
