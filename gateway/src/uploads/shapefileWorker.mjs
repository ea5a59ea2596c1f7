// Converts a zipped Shapefile to GeoJSON in a worker thread. Plain ES module on purpose: shpjs and
// but-unzip ship ES modules only, which Node loads natively here (the gateway itself runs as
// CommonJS), and a large file is parsed off the gateway's event loop.
import { iter } from 'but-unzip';
import shp from 'shpjs';
import { parentPort, workerData } from 'node:worker_threads';
import { inflateRaw } from 'node:zlib';

/** dBASE language driver ids of Chinese code pages (byte 29 of the .dbf header): 0x4D = 936 (GBK). */
const CHINESE_LDID = new Set([0x4d, 0x7a]);

/** Inflates one zip member, refusing to grow past the limit (a zip bomb stops here, not in memory). */
const inflate = (maxBytes) => (data) =>
  new Promise((resolve, reject) => inflateRaw(data, { maxOutputLength: maxBytes }, (error, out) => (error ? reject(error) : resolve(out))));

async function convert(bytes, maxMemberBytes) {
  const members = new Map();
  for (const entry of iter(bytes, inflate(maxMemberBytes))) if (!entry.filename.includes('__MACOSX')) members.set(entry.filename, entry);
  const layers = [...members.keys()].filter((n) => /\.shp$/i.test(n));
  if (layers.length !== 1) return { ok: false, problem: layers.length ? 'layers' : 'noLayer', layers };
  const base = layers[0].slice(0, -4);
  const read = async (ext) => {
    const name = [...members.keys()].find((n) => n.toLowerCase() === `${base}.${ext}`.toLowerCase());
    return name ? new Uint8Array(await members.get(name).read()) : null;
  };
  const [shpBytes, dbf, prj, cpg] = await Promise.all(['shp', 'dbf', 'prj', 'cpg'].map(read));
  const prjText = prj ? new TextDecoder().decode(prj) : null;
  let cpgText = cpg ? new TextDecoder().decode(cpg).trim() : null;
  // Chinese GIS software often writes GBK attribute text without a .cpg; shpjs would read it as UTF-8.
  if (dbf && !cpgText && (CHINESE_LDID.has(dbf[29]) || !isUtf8(dbf.subarray(32)))) cpgText = 'gbk';
  const collection = await shp({ shp: shpBytes, dbf: dbf ?? undefined, prj: prjText ?? undefined, cpg: cpgText ?? undefined });
  return { ok: true, geojson: JSON.stringify({ type: 'FeatureCollection', features: collection.features }), prj: prjText, encoding: cpgText };
}

function isUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

try {
  parentPort.postMessage(await convert(new Uint8Array(workerData.bytes), workerData.maxMemberBytes));
} catch (error) {
  const tooLarge = error && (error.code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError);
  parentPort.postMessage({ ok: false, problem: tooLarge ? 'tooLarge' : 'unreadable', message: String(error && error.message ? error.message : error) });
}
