import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { decodeFile } from '@zsgk/validation';
import { shapefileToGeoJson } from './shapefileToGeoJson';
import { UploadError } from './UploadError';

export type Crs = 'WGS84' | 'GCJ02' | 'BD09';
export type ZoneFileFormat = 'GEOJSON' | 'KML' | 'SHAPEFILE';

/** A zone file as the GeoJSON FeatureCollection text importCatchments takes. */
export interface ZoneFile {
  format: ZoneFileFormat;
  geojson: string;
  /** The coordinate system the file itself states (GeoJSON crs member, KML = WGS-84, Shapefile .prj); null when it says nothing. */
  statedCrs: Crs | null;
  features: number;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads a zone file by its bytes (and name): GeoJSON, KML (→ GeoJSON with @tmcw/togeojson over
 * @xmldom/xmldom), or a zipped Shapefile (→ GeoJSON with shpjs, in a worker thread).
 */
export async function readZoneFile(bytes: Buffer, fileName: string): Promise<ZoneFile> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC) || /\.zip$/i.test(fileName)) {
    if (/\.kmz$/i.test(fileName)) throw new UploadError(400, 'BAD_USER_INPUT', '暂不支持 KMZ：请在 Google 地球或奥维中导出为 .kml 后上传。', 'file');
    const { geojson, prj } = await shapefileToGeoJson(bytes);
    const parsed = JSON.parse(geojson) as { features: unknown[] };
    // shpjs reprojects to longitude/latitude when a .prj is present; a GCJ-02 or BD-09 file cannot say so in a .prj.
    return { format: 'SHAPEFILE', geojson, statedCrs: prj ? 'WGS84' : null, features: parsed.features.length };
  }
  const text = decodeText(bytes);
  const start = text.trimStart().slice(0, 1);
  if (start === '<' || /\.kml$/i.test(fileName)) return readKml(text);
  if (start === '{' || /\.(geo)?json$/i.test(fileName)) return readGeoJson(text);
  throw new UploadError(400, 'BAD_USER_INPUT', '无法识别学区文件的格式：请上传 GeoJSON（.geojson）、KML（.kml）或压缩的 Shapefile（.zip）。', 'file');
}

function decodeText(bytes: Buffer): string {
  try {
    return decodeFile(bytes, null, 'file').text;
  } catch {
    throw new UploadError(400, 'BAD_USER_INPUT', '无法识别文件的编码：请保存为 UTF-8 后上传。', 'file');
  }
}

function readGeoJson(text: string): ZoneFile {
  let value: { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UploadError(400, 'BAD_USER_INPUT', `文件不是有效的 GeoJSON（${(error as Error).message}）。`, 'file');
  }
  if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    throw new UploadError(400, 'BAD_USER_INPUT', 'GeoJSON 须为 FeatureCollection（每个学区一个 Feature）。', 'file');
  }
  return { format: 'GEOJSON', geojson: text, statedCrs: crsNamed(value.crs?.properties?.name), features: value.features.length };
}

/** A GeoJSON `crs` member's name; CGCS2000 (EPSG:4490) is within a metre of WGS-84 and read as it. */
export function crsNamed(name: unknown): Crs | null {
  if (typeof name !== 'string') return null;
  if (/gcj/i.test(name)) return 'GCJ02';
  if (/bd-?09|baidu/i.test(name)) return 'BD09';
  if (/crs84|epsg:{1,2}(4326|4490)\b|wgs[\s_-]?84|cgcs[\s_-]?2000/i.test(name)) return 'WGS84';
  return null;
}

function readKml(text: string): ZoneFile {
  const errors: string[] = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'text/xml');
  } catch (error) {
    errors.push((error as Error).message);
  }
  if (!doc || errors.length) throw new UploadError(400, 'BAD_USER_INPUT', `文件不是有效的 KML（${errors[0] ?? '无法解析'}）。`, 'file');
  const collection = kml(doc as unknown as Parameters<typeof kml>[0]);
  const features = collection.features.filter((f) => f.geometry);
  if (!features.length) throw new UploadError(400, 'BAD_USER_INPUT', 'KML 里没有带图形的地标（Placemark）。', 'file');
  // KML coordinates are WGS-84 longitude/latitude by definition (OGC KML 2.2).
  return { format: 'KML', geojson: JSON.stringify({ type: 'FeatureCollection', features }), statedCrs: 'WGS84', features: features.length };
}
