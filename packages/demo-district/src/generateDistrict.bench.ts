/**
 * Times generateDistrict on the demo boundary: the default 30/12/3 district and 2,000 PRIMARY zones.
 * Run with `npm run bench -w @zsgk/demo-district`; numbers go to the README by hand.
 */
import { performance } from 'node:perf_hooks';
import { generateDistrict } from './generateDistrict';
import { generateSyntheticDistrict } from './generateSyntheticDistrict';
import { readDemoBoundary } from './readDemoBoundary';

const { wgs84: boundary, name } = readDemoBoundary('370812');
const options = { boundary, districtCode: '370812', districtName: name };

function time(label: string, runs: number, generate: () => unknown): void {
  generate(); // warm-up: module loading and JIT are not what we measure
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    generate();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[runs - 1]!.toFixed(0)} ms (${runs} runs)`);
}

time('default (30 primary / 12 junior / 3 senior, 3 years)', 10, () => generateDistrict(options));
time('2,000 PRIMARY zones (2,003 / 800 / 200 schools)', 3, () => generateSyntheticDistrict({ ...options, zones: 2000 }));
