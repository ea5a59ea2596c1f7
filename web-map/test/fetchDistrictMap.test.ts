import express from 'express';
import { DISTRICT_MAP_QUERY, fetchDistrictMap } from '../src/fetchDistrictMap';
import { PageError } from '../src/PageError';
import { listenOnFreePort } from '@zsgk/testkit';

const BOUNDARY = { type: 'MultiPolygon', coordinates: [[[[116.7, 35.5], [116.9, 35.5], [116.9, 35.6], [116.7, 35.5]]]] };
const SCHOOL = {
  id: '3708120001',
  name: '<img src=x onerror=alert(1)>实验小学',
  shortName: null,
  stages: ['PRIMARY', 'JUNIOR'],
  ownership: 'PUBLIC',
  address: '兖州区建设路1号',
  enquiryPhone: '0537-3412345',
  location: { lng: 116.78, lat: 35.55 },
  sampleData: true,
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A stand-in gateway that records what it was sent and answers with `status` and `body`. */
async function stubGateway(status: number, body: unknown) {
  const received: { contentType?: string; body?: unknown }[] = [];
  const app = express();
  app.post('/graphql', express.json(), (req, res) => {
    received.push({ contentType: req.get('content-type'), body: req.body });
    res.status(status).type(typeof body === 'string' ? 'text/html' : 'application/json').send(body);
  });
  const listening = await listenOnFreePort(app);
  closers.push(listening.close);
  return { url: `${listening.baseUrl}/graphql`, received };
}

async function failureOf(promise: Promise<unknown>): Promise<PageError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PageError);
  return error as PageError;
}

describe('fetchDistrictMap', () => {
  it('when the gateway answers, then it posts the DistrictMap query as JSON and returns district and schools', async () => {
    const gateway = await stubGateway(200, {
      data: { district: { code: '370812', name: '兖州区', sampleData: false, boundary: BOUNDARY }, schools: { nodes: [SCHOOL] } },
    });
    const result = await fetchDistrictMap(gateway.url, '370812');
    expect(gateway.received).toEqual([
      { contentType: 'application/json', body: { query: DISTRICT_MAP_QUERY, variables: { districtCode: '370812' } } },
    ]);
    expect(result.district).toEqual({ code: '370812', name: '兖州区', sampleData: false, boundary: BOUNDARY });
    expect(result.schools).toEqual([SCHOOL]);
  });

  it('when the gateway is unreachable, then the error names the gateway URL in Chinese', async () => {
    const gateway = await stubGateway(200, {});
    await closers.pop()!();
    const error = await failureOf(fetchDistrictMap(gateway.url, '370812'));
    expect(error.message).toBe(`数据服务 ${gateway.url} 无法连接。请稍后刷新；如仍无法使用，请联系区教育局。`);
  });

  it('when the gateway returns errors, then the error carries their messages', async () => {
    const gateway = await stubGateway(400, { errors: [{ message: 'Cannot query field "boundary" on type "District".' }] });
    const error = await failureOf(fetchDistrictMap(gateway.url, '370812'));
    expect(error.message).toContain('返回错误：Cannot query field "boundary" on type "District".');
  });

  it('when the gateway answers with a non-JSON 502, then the error gives the status', async () => {
    const gateway = await stubGateway(502, '<html>Bad Gateway</html>');
    const error = await failureOf(fetchDistrictMap(gateway.url, '370812'));
    expect(error.message).toContain('返回 HTTP 502');
  });

  it('when the district code is unknown, then the error names the code', async () => {
    const gateway = await stubGateway(200, { data: { district: null, schools: { nodes: [] } } });
    const error = await failureOf(fetchDistrictMap(gateway.url, '999999'));
    expect(error.message).toBe('没有找到行政区划代码为 999999 的区县。');
  });
});
