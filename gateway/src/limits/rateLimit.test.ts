import express from 'express';
import { listenOnFreePort } from '@zsgk/testkit';
import { rateLimit } from './rateLimit';

it('when a client exceeds its window\'s allowance, then it gets 429 with Retry-After until its window ends, and another address is unaffected', async () => {
  const app = express();
  app.set('trust proxy', true);
  app.use(rateLimit({ perSecond: 1, burst: 3 }));
  app.get('/', (_req, res) => void res.send('ok'));
  const server = await listenOnFreePort(app);
  try {
    const get = (ip: string) => fetch(server.baseUrl, { headers: { 'x-forwarded-for': ip } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('10.0.0.1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await get('10.0.0.1');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect((await get('10.0.0.2')).status).toBe(200);
  } finally {
    await server.close();
  }
});
