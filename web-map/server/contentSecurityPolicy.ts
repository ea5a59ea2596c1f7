import type { WebMapConfig } from './config';

// Leaflet's default `subdomains` option; the page does not change it.
const LEAFLET_SUBDOMAINS = ['a', 'b', 'c'];

/** Origins the tile template can reach, with {s} expanded rather than widened to a `*.` wildcard. */
export function tileOrigins(tileUrl: string): string[] {
  const origin = new URL(tileUrl).origin;
  return origin.includes('{s}') ? LEAFLET_SUBDOMAINS.map((s) => origin.replace('{s}', s)) : [origin];
}

/**
 * The page's Content-Security-Policy: everything from this server, GraphQL from the gateway only,
 * images from the tile server only. Vite emits no inline script or style, and Leaflet's bundled images
 * are emitted as files (assetsInlineLimit 0), so neither 'unsafe-inline' nor data: is needed.
 */
export function contentSecurityPolicy(config: Pick<WebMapConfig, 'GATEWAY_PUBLIC_URL' | 'TILE_URL'>): string {
  const imgSources = ["'self'", ...(config.TILE_URL ? tileOrigins(config.TILE_URL) : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${imgSources.join(' ')}`,
    `connect-src 'self' ${new URL(config.GATEWAY_PUBLIC_URL).origin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
