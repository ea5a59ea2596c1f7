/**
 * Optional check, not a test: runs every upload case of the golden fixtures through a throwaway
 * PostGIS (the bench's, bench/startPostgis.ts) and prints where `ST_IsValid` / `ST_MakeValid`
 * agree with validateZoneGeometry / repairZoneGeometry. Needs the Debian packages postgresql and
 * postgresql-15-postgis-3. Run: `npx tsx services/catchments/src/zones/checkFixturesAgainstPostgis.ts`.
 *
 * Verdicts are compared on topology only: our shape rules (positions inside China, no repeated
 * consecutive points, at least 4 positions) are stricter than OGC and are listed apart. Repairs are
 * compared by ground with both `ST_MakeValid` methods: the symmetric difference of our repair and
 * its polygons (lines kept from collapsed edges are dropped, as a zone has no use for them).
 * `method=structure` (GEOS ≥ 3.10, as JTS GeometryFixer) reads holes as holes, as our repair does;
 * the default `method=linework` takes shell XOR holes, so where holes overlap, poke out of the
 * shell or share its edge, it keeps ground the bureau drew as a hole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { startPostgis } from '../../bench/startPostgis';
import { repairZoneGeometry } from './repairZoneGeometry';
import { checkZoneShape, findTopologyProblem, validateZoneGeometry } from './validateZoneGeometry';
import type { ZoneGeometry } from './Zone';

const FIXTURES_IN = path.join(__dirname, 'fixtures', 'in');
/** Ground within this share of the zone's area counts as the same (degrees², planar: only the ratio matters). */
const SAME_GROUND = 1e-9;

const METHODS = ['structure', 'linework'] as const;

interface Row {
  valid: boolean;
  reason: string;
  /** Per method: area of the symmetric difference with our repair, and of ST_MakeValid's polygons. */
  symdiff: Record<string, number | null>;
  area: Record<string, number | null>;
}

async function main() {
  const postgis = await startPostgis((line) => console.log(line));
  const client = new Client({ connectionString: postgis.url });
  let [verdicts, verdictsAgree, shapeOnly, repairs, notOffered] = [0, 0, 0, 0, 0];
  const repairsAgree: Record<string, number> = Object.fromEntries(METHODS.map((m) => [m, 0]));
  try {
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    for (const file of fs.readdirSync(FIXTURES_IN).filter((f) => f.endsWith('.geojson')).sort()) {
      const features = JSON.parse(fs.readFileSync(path.join(FIXTURES_IN, file), 'utf8')).features as { geometry: unknown; properties?: { probe?: string } }[];
      if (features.some((f) => f.properties?.probe)) continue; // a lookup case
      for (const [i, { geometry }] of features.entries()) {
        const name = `${file.replace(/\.geojson$/, '')}#${i}`;
        if (checkZoneShape(geometry).length) {
          shapeOnly++;
          console.log(`${name}: refused by our shape rules (${checkZoneShape(geometry)[0]}); not an OGC topology question`);
          continue;
        }
        const ours = findTopologyProblem(geometry as ZoneGeometry);
        const repaired = repairZoneGeometry(geometry).geometry;
        const offered = ours && validateZoneGeometry(repaired).length === 0 ? repaired : null;
        const row = await compare(client, geometry, offered);
        verdicts++;
        const verdictAgrees = row.valid === (ours === null);
        if (verdictAgrees) verdictsAgree++;
        let repairNote = '';
        if (ours && !offered) notOffered++;
        if (ours && offered) {
          repairs++;
          const notes = METHODS.map((method) => {
            const [symdiff, area] = [row.symdiff[method], row.area[method]];
            const same = symdiff != null && area != null && symdiff <= SAME_GROUND * Math.max(area, 1e-12);
            if (same) repairsAgree[method]!++;
            return `${method} ${same ? 'same ground' : `differs by ${symdiff?.toExponential(2)} deg²`}`;
          });
          repairNote = `; repair vs ST_MakeValid: ${notes.join(', ')}`;
        } else if (ours) repairNote = '; no repair offered';
        console.log(`${name}: ${verdictAgrees ? 'agree' : 'DISAGREE'} (ours: ${ours ? ours.reason : 'valid'}; ST_IsValid: ${row.valid ? 'valid' : row.reason})${repairNote}`);
      }
    }
  } finally {
    await client.end().catch(() => undefined);
    postgis.stop();
  }
  const matches = METHODS.map((m) => `method=${m} on ${repairsAgree[m]} of ${repairs}`).join(', ');
  console.log(`\nST_IsValid verdicts agree on ${verdictsAgree} of ${verdicts}; repairs cover the same ground as ST_MakeValid ${matches} (${notOffered} invalid case(s) left unrepaired); ${shapeOnly} refused by shape rules before topology`);
}

async function compare(client: Client, geometry: unknown, repaired: unknown): Promise<Row> {
  const params = [JSON.stringify(geometry), repaired ? JSON.stringify(repaired) : null];
  const { rows } = await client.query<{ valid: boolean; reason: string }>(
    'SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason FROM ST_GeomFromGeoJSON($1) AS g',
    params.slice(0, 1),
  );
  const row: Row = { ...rows[0]!, symdiff: {}, area: {} };
  for (const method of METHODS) {
    const { rows: [made] } = await client.query<{ symdiff: number | null; area: number }>(
      `WITH m AS (SELECT ST_CollectionExtract(ST_MakeValid(ST_GeomFromGeoJSON($1), 'method=${method}'), 3) AS m)
       SELECT ST_Area(ST_SymDifference(m, ST_GeomFromGeoJSON($2))) AS symdiff, ST_Area(m) AS area FROM m`,
      params,
    );
    row.symdiff[method] = made!.symdiff;
    row.area[method] = made!.area;
  }
  return row;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
