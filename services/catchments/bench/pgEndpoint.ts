import express from 'express';
import { Pool } from 'pg';
import { listenOnFreePort } from '@zsgk/testkit';
import { CONTAINS_SQL } from './measurePostgis';

/**
 * The endpoint a user would otherwise write: express + a `pg` pool + PostGIS ST_Contains over the
 * GiST-indexed table, POST /locate {lng, lat} → {matches: [id…]}. Same JSON in, JSON out as the
 * GraphQL call, minus GraphQL.
 */
export async function startPgEndpoint(url: string, poolSize: number) {
  const pool = new Pool({ connectionString: url, max: poolSize });
  const app = express();
  app.use(express.json({ limit: '10kb' }));
  app.post('/locate', async (req, res) => {
    const { lng, lat } = req.body as { lng: number; lat: number };
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return void res.status(400).json({ error: 'lng and lat must be numbers' });
    try {
      const { rows } = await pool.query({ name: 'contains', text: CONTAINS_SQL, values: [lng, lat] });
      res.json({ matches: rows.map((r: { id: number }) => r.id) });
    } catch (error) {
      res.status(500).json({ error: (error as Error).message });
    }
  });
  const listening = await listenOnFreePort(app);
  return {
    url: `${listening.baseUrl}/locate`,
    async stop() {
      await listening.close();
      await pool.end();
    },
  };
}
