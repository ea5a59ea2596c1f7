import L from 'leaflet';
import blankImage from './assets/blank.gif?url';

type Tile = { el: HTMLImageElement; coords: L.Coords };
type Internals = L.TileLayer & { _tiles: Record<string, Tile>; _tileZoom: number; _map: L.Map | null };

/**
 * Leaflet's TileLayer, except that tiles it abandons (zooming away, or a tile server that never
 * answers) are pointed at a blank image served by this site instead of Leaflet's `data:` GIF, which
 * the page's CSP (img-src 'self' + tile origins, no data:) refuses. Same three methods as Leaflet
 * 1.9.4's TileLayer (_abortLoading, _removeTile, _tileReady), with only the URL changed: re-check them
 * when upgrading Leaflet.
 */
export const CspTileLayer = L.TileLayer.extend({
  _abortLoading(this: Internals) {
    for (const [key, { el: tile, coords }] of Object.entries(this._tiles)) {
      if (coords.z === this._tileZoom) continue;
      tile.onload = L.Util.falseFn;
      tile.onerror = L.Util.falseFn;
      if (tile.complete) continue;
      tile.src = blankImage;
      L.DomUtil.remove(tile);
      delete this._tiles[key];
      this.fire('tileabort', { tile, coords });
    }
  },
  _removeTile(this: Internals, key: string) {
    const tile = this._tiles[key];
    if (!tile) return;
    // Changing src cancels the pending request, as in Leaflet.
    tile.el.setAttribute('src', blankImage);
    return (L.GridLayer.prototype as any)._removeTile.call(this, key);
  },
  _tileReady(this: Internals, coords: L.Coords, error: Error | undefined, tile: HTMLImageElement | undefined) {
    if (!this._map || tile?.getAttribute('src') === blankImage) return;
    return (L.GridLayer.prototype as any)._tileReady.call(this, coords, error, tile);
  },
}) as unknown as new (urlTemplate: string, options?: L.TileLayerOptions) => L.TileLayer;
