import type { Crs } from '@zsgk/geo';

/** A place an external geocoder found for a text, in that geocoder's coordinate system. */
export interface ExternalCandidate {
  name: string;
  lng: number;
  lat: number;
  crs: Crs;
  /** 0–1, the geocoder's confidence scaled down: a bureau's own gazetteer is trusted more. */
  score: number;
}

/** A geocoder outside the bureau's gazetteer (e.g. 天地图), asked only when the gazetteer has no good match. */
export interface ExternalGeocoder {
  readonly name: string;
  geocode(text: string): Promise<ExternalCandidate[]>;
}

export interface TiandituOptions {
  /** Endpoint, e.g. https://api.tianditu.gov.cn/geocoder (a bureau may run its own mirror). */
  url: string;
  /** The bureau's 天地图 key (tk). */
  key: string;
  timeoutMs: number;
}

/** How much of 天地图's own 0–100 score a candidate keeps. */
const EXTERNAL_WEIGHT = 0.9;

/**
 * 天地图's address geocoder (`geocoder?ds={"keyWord":…}&tk=…`). Its coordinates are CGCS2000, within
 * centimetres of WGS-84 at this scale, so they are read as WGS-84. Answers `[]` when it finds nothing.
 *
 * @example await createTiandituGeocoder({ url, key, timeoutMs: 3000 }).geocode('兖州区建设路15号')
 */
export function createTiandituGeocoder(options: TiandituOptions): ExternalGeocoder {
  return {
    name: 'tianditu',
    async geocode(text: string) {
      const url = `${options.url}?ds=${encodeURIComponent(JSON.stringify({ keyWord: text }))}&tk=${encodeURIComponent(options.key)}`;
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
      if (!response.ok) throw new Error(`天地图 answered HTTP ${response.status}`);
      const body = (await response.json()) as { status?: string; location?: { lon?: number; lat?: number; score?: number; keyWord?: string } };
      const location = body.location;
      if (String(body.status) !== '0' || !location || !Number.isFinite(location.lon) || !Number.isFinite(location.lat)) return [];
      const score = Math.max(0, Math.min(100, Number(location.score ?? 0))) / 100;
      return [{ name: location.keyWord ?? text, lng: location.lon!, lat: location.lat!, crs: 'WGS84', score: Math.round(EXTERNAL_WEIGHT * score * 1000) / 1000 }];
    },
  };
}

/**
 * The external geocoder the configuration asks for, or null (the default: nothing leaves the
 * bureau's machines). Throws at start-up when tianditu is chosen without a key.
 */
export function externalGeocoderFrom(config: {
  CATCHMENTS_GEOCODER: 'off' | 'tianditu';
  CATCHMENTS_TIANDITU_URL: string;
  CATCHMENTS_TIANDITU_KEY?: string;
  CATCHMENTS_GEOCODER_TIMEOUT_MS: number;
}): ExternalGeocoder | null {
  if (config.CATCHMENTS_GEOCODER === 'off') return null;
  if (!config.CATCHMENTS_TIANDITU_KEY) throw new Error('CATCHMENTS_GEOCODER=tianditu needs CATCHMENTS_TIANDITU_KEY (the bureau’s 天地图 key).');
  return createTiandituGeocoder({ url: config.CATCHMENTS_TIANDITU_URL, key: config.CATCHMENTS_TIANDITU_KEY, timeoutMs: config.CATCHMENTS_GEOCODER_TIMEOUT_MS });
}
