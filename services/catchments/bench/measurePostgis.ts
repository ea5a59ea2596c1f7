import { Client } from 'pg';
import type { BenchZone } from './makeBenchZones';
import type { Rate } from './measureInProcess';

export const CONTAINS_SQL = 'SELECT id FROM zones WHERE ST_Contains(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))';

/** Loads the zones into a fresh `zones` table with a GiST index (ids are the zones' positions). */
export async function loadZones(url: string, zones: BenchZone[]): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await client.query('DROP TABLE IF EXISTS zones');
    await client.query('CREATE TABLE zones (id integer PRIMARY KEY, geom geometry(Geometry, 4326) NOT NULL)');
    for (let start = 0; start < zones.length; start += 500) {
      const batch = zones.slice(start, start + 500).map((zone, i) => ({ id: start + i, g: JSON.stringify(zone.geometry) }));
      await client.query(
        "INSERT INTO zones SELECT (j->>'id')::int, ST_SetSRID(ST_GeomFromGeoJSON(j->>'g'), 4326) FROM json_array_elements($1::json) j",
        [JSON.stringify(batch)],
      );
    }
    await client.query('CREATE INDEX zones_geom ON zones USING gist (geom)');
    await client.query('ANALYZE zones');
  } finally {
    await client.end();
  }
  return Date.now() - started;
}

/**
 * Lookups per second with ST_Contains over `connections` connections, each running prepared queries
 * one after another over its share of the points, until `minMs` have passed (after a warm-up round).
 */
export async function measurePostgisRate(url: string, points: [number, number][], connections: number, minMs: number): Promise<Rate> {
  const clients = await Promise.all(Array.from({ length: connections }, async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  const query = (client: Client, [lng, lat]: [number, number]) => client.query({ name: 'contains', text: CONTAINS_SQL, values: [lng, lat] });
  try {
    await Promise.all(clients.map(async (client, c) => {
      for (let i = c; i < Math.min(points.length, 2000); i += connections) await query(client, points[i]!);
    }));
    let lookups = 0;
    const started = Date.now();
    await Promise.all(clients.map(async (client, c) => {
      for (let i = c; Date.now() - started < minMs; i = (i + connections) % points.length) {
        await query(client, points[i]!);
        lookups++;
      }
    }));
    const ms = Date.now() - started;
    return { perSecond: (lookups / ms) * 1000, lookups, ms };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** Zone ids per point by `predicate` (ST_Contains or ST_Intersects), in one set-based query. */
export async function postgisAnswers(url: string, points: [number, number][], predicate: 'ST_Contains' | 'ST_Intersects'): Promise<number[][]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ i: string; id: number }>(
      `SELECT p.i, z.id FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(x, y, i)
       JOIN zones z ON ${predicate}(z.geom, ST_SetSRID(ST_MakePoint(p.x, p.y), 4326))`,
      [points.map((p) => p[0]), points.map((p) => p[1])],
    );
    const answers: number[][] = points.map(() => []);
    for (const row of rows) answers[Number(row.i) - 1]!.push(row.id);
    return answers.map((ids) => ids.sort((a, b) => a - b));
  } finally {
    await client.end();
  }
}

/** Points whose answers differ, with up to three examples. */
export function compareAnswers(a: number[][], b: number[][], points: [number, number][]) {
  const differing = a.map((ids, i) => (ids.join() === b[i]!.join() ? -1 : i)).filter((i) => i >= 0);
  return { differing: differing.length, examples: differing.slice(0, 3).map((i) => ({ point: points[i], a: a[i], b: b[i] })) };
}
