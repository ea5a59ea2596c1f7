import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UploadError } from './UploadError';

type WorkerAnswer =
  | { ok: true; geojson: string; prj: string | null }
  | { ok: false; problem: 'layers' | 'noLayer'; layers: string[] }
  | { ok: false; problem: 'unreadable' | 'tooLarge'; message: string };

const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Largest unpacked member of the zip (.shp or .dbf); more is refused rather than inflated. */
export const MAX_SHAPEFILE_MEMBER_BYTES = 256 * 1024 * 1024;

/**
 * A zipped Shapefile (.shp + .dbf, optionally .prj and .cpg) as GeoJSON text, read by shpjs in a
 * worker thread. With a .prj, shpjs reprojects to WGS-84 longitude/latitude (proj4); `prj` is its text.
 */
export async function shapefileToGeoJson(bytes: Buffer, timeoutMs = 60_000, maxMemberBytes = MAX_SHAPEFILE_MEMBER_BYTES): Promise<{ geojson: string; prj: string | null }> {
  // but-unzip loops forever on bytes without a zip directory (lastIndexOf from -1 wraps to the end): look first.
  if (bytes.lastIndexOf(END_OF_CENTRAL_DIRECTORY) < Math.max(0, bytes.length - 65_557)) {
    throw new UploadError(400, 'BAD_USER_INPUT', '文件不是完整的 .zip 压缩包（找不到压缩包目录）：请重新压缩后上传。', 'file');
  }
  const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
    const copy = new Uint8Array(bytes).buffer;
    const worker = new Worker(path.join(__dirname, 'shapefileWorker.mjs'), {
      workerData: { bytes: copy, maxMemberBytes },
      transferList: [copy],
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    const timer = setTimeout(() => void worker.terminate().then(() => reject(new UploadError(400, 'BAD_USER_INPUT', `Shapefile 在 ${timeoutMs / 1000} 秒内未能读完，请拆分后上传。`, 'file'))), timeoutMs);
    worker.once('message', (message: WorkerAnswer) => {
      clearTimeout(timer);
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      console.error('[gateway] shapefile worker failed', error);
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UploadError(413, 'PAYLOAD_TOO_LARGE', 'Shapefile 太大，读取时超出内存上限，未导入：请拆分图层后上传。', 'file')
          : new UploadError(400, 'BAD_USER_INPUT', '无法读取压缩包里的 Shapefile。', 'file'),
      );
    });
  });
  if (answer.ok) return { geojson: answer.geojson, prj: answer.prj };
  if (answer.problem === 'noLayer') throw new UploadError(400, 'BAD_USER_INPUT', '压缩包里没有 .shp 文件：请把同名的 .shp、.dbf、.prj（和 .cpg）一起压缩成 .zip 上传。', 'file');
  if (answer.problem === 'layers') throw new UploadError(400, 'BAD_USER_INPUT', `压缩包里有 ${answer.layers.length} 个图层（${answer.layers.join('、')}）：一次只上传一个学区图层。`, 'file');
  if (answer.problem === 'tooLarge') {
    throw new UploadError(413, 'PAYLOAD_TOO_LARGE', `压缩包里的文件解压后超过 ${Math.round(maxMemberBytes / 1024 / 1024)} MB，未导入：请拆分图层后上传。`, 'file');
  }
  throw new UploadError(400, 'BAD_USER_INPUT', `无法读取压缩包里的 Shapefile（${'message' in answer ? answer.message : ''}）。`, 'file');
}
