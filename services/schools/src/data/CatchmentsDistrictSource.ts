import type { AppError } from '@zsgk/errors';
import { ServiceClient, serviceQuery } from '@zsgk/service-client';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistrictBoundaryLookup, DistrictBoundarySource } from '../register/DistrictBoundary';

const DISTRICT_BOUNDARY = serviceQuery<{ district: { name: string; boundary: unknown } | null }, { code: string }>(
  'query($code: String!) { district(code: $code) { name boundary } }',
);

export interface CatchmentsDistrictSourceOptions {
  /** The catchments subgraph's GraphQL URL. */
  url: string;
  /** Give up after this long and report the boundary as unavailable. */
  timeoutMs?: number;
  /** How long a found boundary is reused before asking again. */
  cacheMs?: number;
}

/**
 * District boundaries from the catchments subgraph, which owns them, through its public
 * `district(code) { boundary }` query through the one service client: this service never reads
 * another service's database.
 * Failures are answers (UNAVAILABLE with the reason), never exceptions, so an import can go on
 * and say what it could not check.
 */
export class CatchmentsDistrictSource implements DistrictBoundarySource {
  private readonly cache = new Map<string, { until: number; lookup: DistrictBoundaryLookup }>();

  private readonly catchments: ServiceClient;

  constructor(private readonly options: CatchmentsDistrictSourceOptions) {
    this.catchments = new ServiceClient({ service: 'catchments', url: options.url, timeoutMs: options.timeoutMs ?? 3000 });
  }

  async find(districtCode: string): Promise<DistrictBoundaryLookup> {
    const cached = this.cache.get(districtCode);
    if (cached && cached.until > Date.now()) return cached.lookup;
    const lookup = await this.ask(districtCode);
    if (lookup.status !== 'UNAVAILABLE') this.cache.set(districtCode, { until: Date.now() + (this.options.cacheMs ?? 60_000), lookup });
    return lookup;
  }

  private async ask(districtCode: string): Promise<DistrictBoundaryLookup> {
    const unavailable = (why: string): DistrictBoundaryLookup => ({ status: 'UNAVAILABLE', reason: `划片服务${why}` });
    let district: { name: string; boundary: unknown } | null | undefined;
    try {
      district = (await this.catchments.query(DISTRICT_BOUNDARY, { code: districtCode })).district;
    } catch (error) {
      // An unreachable or failing catchments service is an answer here ("not checked"), not a refusal.
      const { code, message, details } = error as AppError;
      return unavailable(code === 'SERVICE_UNAVAILABLE' && typeof details?.reason === 'string' ? details.reason : `答复了错误：${message}`);
    }
    if (!district) return { status: 'UNKNOWN' };
    const boundary = readBoundary(district.boundary);
    return boundary ? { status: 'FOUND', name: district.name, boundary } : unavailable('给出的边界不是 Polygon 或 MultiPolygon');
  }
}

function readBoundary(value: unknown): Polygon | MultiPolygon | null {
  const geometry = typeof value === 'string' ? safeParse(value) : value;
  const candidate = geometry && typeof geometry === 'object' && 'geometry' in geometry ? (geometry as { geometry: unknown }).geometry : geometry;
  if (!candidate || typeof candidate !== 'object') return null;
  const { type, coordinates } = candidate as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates) ? (candidate as Polygon | MultiPolygon) : null;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
