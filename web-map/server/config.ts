import path from 'node:path';
import { readConfigOrExit } from '@zsgk/config';
import { observabilityEnv } from '@zsgk/observability';
import { z } from 'zod';

const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

// Leaflet fills {s} with a subdomain; any other placeholder in the host would make the CSP origin unknowable.
const hasOnlySubdomainPlaceholderInHost = (value: string): boolean =>
  isHttpUrl(value) && !/[{}]/.test(new URL(value).host.replace('{s}', ''));

/** Until the bureau sets one, the files say so rather than implying any licence. */
export const DEFAULT_LICENCE =
  '区教育局尚未设定本数据的使用许可；转载或再利用前请向区教育局咨询。The bureau has not set a licence for this data yet; ask the bureau before reusing it.';

export const configSchema = z.object({
  WEB_MAP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Interface to bind; loopback unless deployed behind a proxy. */
  HOST: z.string().default('127.0.0.1'),
  /** GraphQL endpoint as the parent's browser reaches it (not as this server would). */
  GATEWAY_PUBLIC_URL: z
    .string()
    .default('http://localhost:4000/graphql')
    .refine(isHttpUrl, 'must be an absolute http(s) URL, e.g. https://zsgk.example.gov.cn/graphql'),
  /** Leaflet tile URL template; unset means no base map (outline and schools on a plain background). */
  TILE_URL: z
    .string()
    .refine(isHttpUrl, 'must be an absolute http(s) URL template, e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png')
    .refine(hasOnlySubdomainPlaceholderInHost, 'only {s} may appear in the host part')
    .optional()
    .transform((value) => value ?? null),
  /** Plain text shown in the map corner, e.g. "© OpenStreetMap contributors". */
  TILE_ATTRIBUTION: z
    .string()
    .optional()
    .transform((value) => value ?? null),
  /** 6-digit division code of the district the page shows. */
  DEMO_DISTRICT_CODE: z.string().regex(/^\d{6}$/, 'must be a 6-digit division code').default('370812'),
  /**
   * GraphQL endpoint as this server reaches it, for the open-data files (default: GATEWAY_PUBLIC_URL).
   * Behind a proxy the public URL may not be reachable from inside; set the internal one here.
   */
  GATEWAY_INTERNAL_URL: z
    .string()
    .refine(isHttpUrl, 'must be an absolute http(s) URL, e.g. http://gateway:4000/graphql')
    .optional()
    .transform((value) => value ?? null),
  /** The licence of the open data, as the bureau words it (shown on /open-data and in every file). */
  OPEN_DATA_LICENCE: z.string().trim().min(1, 'must not be empty').default(DEFAULT_LICENCE),
  /** Where the licence's full text is, if anywhere. */
  OPEN_DATA_LICENCE_URL: z
    .string()
    .refine(isHttpUrl, 'must be an absolute http(s) URL')
    .optional()
    .transform((value) => value ?? null),
  /** Cache-Control max-age of open-data files; they are revalidated by ETag after it. */
  OPEN_DATA_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** How long one read of a district's tree head serves every open-data request (files may lag a publication by this long). */
  OPEN_DATA_HEAD_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Time allowed for each gateway query while making open-data files. */
  OPEN_DATA_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Folder holding the Vite build (index.html and assets/). */
  WEB_MAP_DIST: z
    .string()
    .default(path.resolve(__dirname, '..', 'dist'))
    .transform((dir) => path.resolve(dir)),
}).extend(observabilityEnv.shape); // LOG_LEVEL, METRICS_TOKEN

export type WebMapConfig = z.infer<typeof configSchema>;

export function loadConfig(): WebMapConfig {
  return readConfigOrExit(configSchema, process.env);
}
