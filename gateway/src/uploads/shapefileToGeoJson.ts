import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UploadError } from './UploadError';

type WorkerAnswer =
  | { ok: true; geojson: string; prj: string | null }
  | { ok: false; problem: 'layers' | 'noLayer'; layers: string[] }
  | { ok: false; problem: 'unreadable'; message: string };

/**
 * A zipped Shapefile (.shp + .dbf, optionally .prj and .cpg) as GeoJSON text, read by shpjs in a
 * worker thread. With a .prj, shpjs reprojects to WGS-84 longitude/latitude (proj4); `prj` is its text.
 */
export async function shapefileToGeoJson(bytes: Buffer, timeoutMs = 60_000): Promise<{ geojson: string; prj: string | null }> {
  const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
    const copy = new Uint8Array(bytes).buffer;
    const worker = new Worker(path.join(__dirname, 'shapefileWorker.mjs'), { workerData: { bytes: copy }, transferList: [copy] });
    const timer = setTimeout(() => void worker.terminate().then(() => reject(new UploadError(400, 'BAD_USER_INPUT', `Shapefile 在 ${timeoutMs / 1000} 秒内未能读完，请拆分后上传。`, 'file'))), timeoutMs);
    worker.once('message', (message: WorkerAnswer) => {
      clearTimeout(timer);
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  if (answer.ok) return { geojson: answer.geojson, prj: answer.prj };
  if (answer.problem === 'noLayer') throw new UploadError(400, 'BAD_USER_INPUT', '压缩包里没有 .shp 文件：请把同名的 .shp、.dbf、.prj（和 .cpg）一起压缩成 .zip 上传。', 'file');
  if (answer.problem === 'layers') throw new UploadError(400, 'BAD_USER_INPUT', `压缩包里有 ${answer.layers.length} 个图层（${answer.layers.join('、')}）：一次只上传一个学区图层。`, 'file');
  throw new UploadError(400, 'BAD_USER_INPUT', `无法读取压缩包里的 Shapefile（${'message' in answer ? answer.message : ''}）。`, 'file');
}
