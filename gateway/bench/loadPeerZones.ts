import type { CatchmentCollection } from '@zsgk/demo-district';
import { Client } from 'pg';

/** Loads zones (WGS-84) into a fresh `zones` table with a GiST index, as a developer would for the peer. */
export async function loadPeerZones(url: string, zones: CatchmentCollection): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await client.query('DROP TABLE IF EXISTS zones');
    await client.query('CREATE TABLE zones (id serial PRIMARY KEY, name text NOT NULL, geom geometry(Geometry, 4326) NOT NULL)');
    const rows = zones.features.map((feature) => ({ name: feature.properties.name, g: JSON.stringify(feature.geometry) }));
    await client.query(
      "INSERT INTO zones (name, geom) SELECT j->>'name', ST_SetSRID(ST_GeomFromGeoJSON(j->>'g'), 4326) FROM json_array_elements($1::json) j",
      [JSON.stringify(rows)],
    );
    await client.query('CREATE INDEX zones_geom ON zones USING gist (geom)');
    await client.query('ANALYZE zones');
  } finally {
    await client.end();
  }
}
