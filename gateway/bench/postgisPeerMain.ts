// Bench only: the endpoint a developer would otherwise write for `locate`, in its own process as every
// server of the path bench is: express + a `pg` pool + PostGIS ST_Contains over the GiST-indexed zones
// (loaded by loadPeerZones). GET /locate?lng=&lat= or POST /locate {lng, lat} → {matches: [{name}]}.
// It skips what the GraphQL `locate` also does (near-boundary distances, year and stage defaults).
import express from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.PEER_PG_URL, max: Number(process.env.PEER_PG_POOL ?? 8) });
const SQL = 'SELECT name FROM zones WHERE ST_Contains(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) ORDER BY name';
const app = express();
app.disable('x-powered-by');
app.get('/readyz', async (_req, res) => {
  const ok = await pool.query('SELECT 1').then(() => true, () => false);
  res.status(ok ? 200 : 503).json({ ok });
});
app.use(express.json({ limit: '10kb' }));
app.post('/locate', async (req, res) => {
  const { lng, lat } = (req.body ?? {}) as { lng?: unknown; lat?: unknown };
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    return void res.status(400).json({ error: 'lng and lat must be numbers' });
  }
  try {
    const { rows } = await pool.query({ name: 'locate', text: SQL, values: [lng, lat] });
    res.json({ matches: rows });
  } catch (error) {
    res.status(500).json({ error: (error as Error).message });
  }
});
const server = app.listen(Number(process.env.PEER_PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  server.closeIdleConnections();
  void pool.end().finally(() => process.exit(0));
});
