import { contentHash, DEFAULT_LEDGER_DB, eventKey, LOG_LINKS, type LogEntry, type PublicationLog } from '@zsgk/publication';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Connection } from 'mongoose';
import type { DistrictBoundaryLookup, DistrictBoundarySource } from '../register/DistrictBoundary';

/** The catchments service's collection of published district boundaries (one document per version). */
export const DISTRICT_VERSIONS = 'district_versions';

/** The publication log's kind of a district boundary version (catchments' `DISTRICT_BOUNDARY`). */
export const DISTRICT_BOUNDARY_KIND = 'DISTRICT_BOUNDARY';

/** The fields of a catchments `district_versions` document this source reads (its stored form). */
interface DistrictVersionRow {
  _id: string;
  key: string;
  version: number;
  code: string;
  name: string;
  boundaryJson: string;
  uploadedCrs?: unknown;
  sampleData?: unknown;
  contact?: unknown;
}

export interface PublishedDistrictSourceOptions {
  /** This service's connection; the catchments database is reached on the same server with `useDb`. */
  connection: Connection;
  /** The catchments service's database (CATCHMENTS_DB), read only. */
  catchmentsDb: string;
  /** The publication log (ledger database): the authority on what was published, by content hash. */
  log: PublicationLog;
  /** The log's database (LEDGER_DB), for its event links (`log_links`); default zsgk_ledger. */
  ledgerDb?: string;
  /** How long a found boundary is reused before reading again (a boundary changes about once a year). */
  cacheMs?: number;
}

/** How many of the newest versions are tried: the newest may be mid-publication (stored, not yet logged). */
const VERSIONS_TRIED = 3;

/**
 * District boundaries as published: the newest stored version of the district's boundary in the
 * catchments database whose `PUBLISHED` entry in the district's publication log carries the content
 * hash of exactly what is stored. No call to the catchments service (no runtime cycle
 * schools ⇄ catchments); the log, written by catchments when a second officer approved the boundary,
 * vouches for the content, so an edit behind the system's back, or a change of the stored form
 * that this reader does not follow, is not used but reported.
 * Failures are answers (UNAVAILABLE with the reason), never exceptions, so an import can go on
 * and say what it could not check.
 */
export class PublishedDistrictSource implements DistrictBoundarySource {
  private readonly cache = new Map<string, { until: number; lookup: DistrictBoundaryLookup }>();

  constructor(private readonly options: PublishedDistrictSourceOptions) {}

  async find(districtCode: string): Promise<DistrictBoundaryLookup> {
    const cached = this.cache.get(districtCode);
    if (cached && cached.until > Date.now()) return cached.lookup;
    const lookup = await this.read(districtCode).catch((error: Error) => unavailable(`的数据库读取失败：${error.message}`));
    if (lookup.status === 'FOUND') this.cache.set(districtCode, { until: Date.now() + (this.options.cacheMs ?? 60_000), lookup });
    return lookup;
  }

  private async read(districtCode: string): Promise<DistrictBoundaryLookup> {
    const versions = this.options.connection.useDb(this.options.catchmentsDb, { useCache: true }).collection<DistrictVersionRow>(DISTRICT_VERSIONS);
    const rows = await versions.find({ key: districtCode }).sort({ version: -1 }).limit(VERSIONS_TRIED).toArray();
    const newest = rows[0];
    if (!newest) return { status: 'UNKNOWN' };
    for (const row of rows) {
      const published = await this.publishedEntry(districtCode, row);
      if (!published) continue; // stored but not yet logged: a publication under way; the one before is in force
      const boundary = readBoundary(row.boundaryJson);
      if (!boundary) return unavailable(`发布的本区边界 ${row._id} 不是 Polygon 或 MultiPolygon`);
      const stored = contentHash(districtContentOf(row, boundary));
      if (stored !== published.contentHash) {
        return unavailable(`发布的本区边界 ${row._id} 与发布日志第 ${published.index} 条记录的内容哈希不符（日志 ${published.contentHash.slice(0, 12)}…，库中 ${stored.slice(0, 12)}…）`);
      }
      return { status: 'FOUND', name: row.name, boundary };
    }
    return unavailable(`的本区边界 ${newest._id} 在发布日志中没有发布记录`);
  }

  /**
   * The log's PUBLISHED entry of this version: by its event link, then the leaf, both by `_id` (a whole
   * cold lookup with a 2,000-vertex boundary: 30–50 ms with 1,000 log entries, 150–380 ms with 10,000,
   * FerretDB, shared machine); only when the link is missing (a crash between leaf and link, repaired by
   * the next append) by a search over the record's entries, which FerretDB 1.x answers by scanning the
   * whole log (140–290 ms at 1,000 entries, 1.5–3 s at 10,000).
   */
  private async publishedEntry(districtCode: string, row: DistrictVersionRow): Promise<LogEntry | undefined> {
    const event = { districtCode, kind: DISTRICT_BOUNDARY_KIND, recordId: row._id, version: row.version, event: 'PUBLISHED' } as const;
    const links = this.options.connection.useDb(this.options.ledgerDb ?? DEFAULT_LEDGER_DB, { useCache: true }).collection<{ _id: string; index: number }>(LOG_LINKS);
    const link = await links.findOne({ _id: eventKey(event) });
    const linked = link ? await this.options.log.entry(districtCode, link.index) : null;
    const isIt = (entry: LogEntry) => entry.event === 'PUBLISHED' && entry.districtCode === districtCode && entry.kind === DISTRICT_BOUNDARY_KIND && entry.recordId === row._id;
    if (linked && isIt(linked)) return linked;
    return (await this.options.log.entriesForRecord(row._id)).find(isIt);
  }
}

function unavailable(why: string): DistrictBoundaryLookup {
  return { status: 'UNAVAILABLE', reason: `划片服务${why}` };
}

/**
 * The content catchments logs for a district version (its `districtContent`, catchments/src/publication/
 * catchmentsContent.ts), rebuilt from the stored document. Kept in step by the hash comparison: if the
 * two ever differ, every lookup says so instead of using an unvouched boundary.
 */
function districtContentOf(row: DistrictVersionRow, boundary: Polygon | MultiPolygon) {
  return { code: row.code, name: row.name, boundary, uploadedCrs: row.uploadedCrs, sampleData: row.sampleData, contact: row.contact ?? null };
}

function readBoundary(text: string): Polygon | MultiPolygon | null {
  let geometry: unknown;
  try {
    geometry = JSON.parse(text);
  } catch {
    return null;
  }
  if (!geometry || typeof geometry !== 'object') return null;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates) ? (geometry as Polygon | MultiPolygon) : null;
}
