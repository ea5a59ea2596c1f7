// Converts a zipped Shapefile to GeoJSON in a worker thread. Plain ES module on purpose: shpjs and
// but-unzip ship ES modules only, which Node loads natively here (the gateway itself runs as
// CommonJS), and a large file is parsed off the gateway's event loop.
import { iter } from 'but-unzip';
import shp from 'shpjs';
import { parentPort, workerData } from 'node:worker_threads';

const bytes = new Uint8Array(workerData.bytes);
try {
  const names = [];
  for (const entry of iter(bytes)) names.push(entry.filename);
  const members = names.filter((n) => !n.includes('__MACOSX'));
  const layers = members.filter((n) => /\.shp$/i.test(n));
  const prj = members.find((n) => /\.prj$/i.test(n)) ?? null;
  let prjText = null;
  if (prj) for (const entry of iter(bytes)) if (entry.filename === prj) prjText = new TextDecoder().decode(await entry.read());
  if (layers.length !== 1) {
    parentPort.postMessage({ ok: false, problem: layers.length ? 'layers' : 'noLayer', layers });
  } else {
    const collection = await shp(bytes);
    parentPort.postMessage({ ok: true, geojson: JSON.stringify({ type: 'FeatureCollection', features: collection.features }), prj: prjText });
  }
} catch (error) {
  parentPort.postMessage({ ok: false, problem: 'unreadable', message: String(error && error.message ? error.message : error) });
}
