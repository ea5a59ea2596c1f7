import type { Position } from 'geojson';
import { cancelSharedEdges, GridPolygonSet } from './GridPolygonSet';
import { areaOf } from './polygonSet';
import type { ZoneGeometry } from './Zone';

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const polygon = (...rings: Position[][]): ZoneGeometry => ({ type: 'Polygon', coordinates: rings });
const clockwise = (ring: Position[]) => [...ring].reverse();

describe('GridPolygonSet', () => {
  it('when neighbours are wound opposite ways, then their union still covers both (rings are oriented on entry)', () => {
    const a = polygon(square(116.0, 35.0, 116.2, 35.2));
    const b = polygon(clockwise(square(116.1, 35.0, 116.3, 35.2)));
    const grid = GridPolygonSet.around([a, b]);
    const union = grid.union([grid.toPaths(a), grid.toPaths(b)]);
    expect(grid.area(union) / areaOf([square(116.0, 35.0, 116.3, 35.2)].map((ring) => [ring]))).toBeCloseTo(1, 6);
  });

  it('when 40 zones side by side are united, then the union is one piece, the same ground', () => {
    const zones = Array.from({ length: 40 }, (_, i) => polygon(square(116 + i * 0.01, 35, 116 + (i + 1) * 0.01, 35.01)));
    const grid = GridPolygonSet.around(zones);
    const union = grid.union(zones.map((z) => grid.toPaths(z)));
    expect(grid.toParts(union)).toHaveLength(1);
    expect(grid.area(union) / areaOf([[square(116, 35, 116.4, 35.01)]])).toBeCloseTo(1, 6);
  });

  it('when slivers are dropped, then an island dropped inside a hole takes its own hole with it', () => {
    // A big square with a hole; inside the hole a tiny island (dropped) with a hole of its own.
    const big = polygon(square(116.0, 35.0, 116.1, 35.1), clockwise(square(116.02, 35.02, 116.08, 35.08)));
    const island = polygon(square(116.05, 35.05, 116.05002, 35.05002), clockwise(square(116.050005, 35.050005, 116.050015, 35.050015)));
    const grid = GridPolygonSet.around([big, island]);
    const paths = [...grid.toPaths(big), ...grid.toPaths(island)];
    const kept = grid.toParts(paths, 10);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toHaveLength(2); // the shell and its hole; nothing of the island
    expect(areaOf(kept) / areaOf([big.coordinates as Position[][]])).toBeCloseTo(1, 6);
    expect(grid.toParts(paths)).toHaveLength(2);
  });

  it('when two zones share an edge vertex for vertex, then it cancels and the outline is left, the same ground', () => {
    const [a, b] = [polygon(square(116.0, 35.0, 116.1, 35.1)), polygon(square(116.1, 35.0, 116.2, 35.1))];
    const grid = GridPolygonSet.around([a, b]);
    const paths = [...grid.toPaths(a), ...grid.toPaths(b)];
    const left = cancelSharedEdges(paths);
    expect(left.reduce((n, path) => n + path.length, 0)).toBe(6); // 8 edges less the shared pair
    expect(grid.area(left) / areaOf([[square(116.0, 35.0, 116.2, 35.1)]])).toBeCloseTo(1, 6);
  });

  it("when a zone fills another zone's hole exactly, then the hole's edges cancel and the union has no hole", () => {
    const ring = polygon(square(116.0, 35.0, 116.3, 35.3), clockwise(square(116.1, 35.1, 116.2, 35.2)));
    const inner = polygon(square(116.1, 35.1, 116.2, 35.2));
    const grid = GridPolygonSet.around([ring, inner]);
    const union = grid.union([grid.toPaths(ring), grid.toPaths(inner)]);
    const parts = grid.toParts(union);
    expect(parts.map((part) => part.length)).toEqual([1]); // one shell, no hole
    expect(areaOf(parts) / areaOf([[square(116.0, 35.0, 116.3, 35.3)]])).toBeCloseTo(1, 6);
  });
});
