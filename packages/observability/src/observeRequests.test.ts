import express from 'express';
import { fetch as undiciFetch } from 'undici';
import { listenOnFreePort } from '@zsgk/testkit';
import { forwardRequestIdTo, withHeader } from './forwardRequestIdTo';
import { Observability } from './Observability';
import { currentRequestId } from './requestContext';
import { withObservability } from './withObservability';
import { withCommandMonitoring } from './monitorDatabase';

type Line = Record<string, any>;

function observed(service: string, metricsToken?: string) {
  const lines: Line[] = [];
  const observability = new Observability({ service, metricsToken, destination: { write: (text: string) => void lines.push(JSON.parse(text)) } });
  return { lines, observability };
}

describe('observeRequests', () => {
  it('when a trusted hop sends x-request-id, then the answer and the log line carry it; at the edge a new one is made', async () => {
    const inner = express().get('/graphql', (_req, res) => void res.json({ id: currentRequestId() }));
    const subgraph = observed('sub');
    const edge = observed('edge');
    const trusted = await listenOnFreePort(withObservability(inner, subgraph.observability, { trustIncomingId: true }));
    const untrusted = await listenOnFreePort(withObservability(inner, edge.observability, { trustIncomingId: false }));
    try {
      const sent = 'abcdef01-2345-6789-abcd-ef0123456789';
      const a = await fetch(`${trusted.baseUrl}/graphql?q=secret-address`, { headers: { 'x-request-id': sent } });
      expect(a.headers.get('x-request-id')).toBe(sent);
      expect(await a.json()).toEqual({ id: sent });
      const b = await fetch(`${untrusted.baseUrl}/graphql`, { headers: { 'x-request-id': sent } });
      const minted = b.headers.get('x-request-id');
      expect(minted).toMatch(/^[0-9a-f-]{36}$/);
      expect(minted).not.toBe(sent);
      const line = subgraph.lines.find((l) => l.msg === 'request')!;
      expect(line).toMatchObject({ service: 'sub', reqId: sent, method: 'GET', path: '/graphql', status: 200, level: 'info' });
      expect(JSON.stringify(subgraph.lines)).not.toContain('secret-address');
      expect(edge.lines.find((l) => l.msg === 'request')?.reqId).toBe(minted);
    } finally {
      await trusted.close();
      await untrusted.close();
    }
  });

  it('when an incoming id is malformed (a log-injection attempt), then a new one is used', async () => {
    const { observability } = observed('sub');
    const served = await listenOnFreePort(withObservability(express(), observability, { trustIncomingId: true }));
    try {
      const response = await fetch(`${served.baseUrl}/healthz`, { headers: { 'x-request-id': 'x"} {"level":"fatal' } });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await served.close();
    }
  });

  it('when passwords, tokens, cookies or a commenter contact are logged, then they are redacted', () => {
    const { lines, observability } = observed('gw');
    observability.logger.info({ password: 'hunter2-secret', headers: { authorization: 'Bearer eyJsecret', cookie: 'sid=secret' }, variables: { contact: '13800000000' } }, 'x');
    observability.logger.info({ body: { password: 'hunter2-secret', token: 'tok-secret' } }, 'y');
    const text = JSON.stringify(lines);
    for (const secret of ['hunter2', 'eyJsecret', 'sid=secret', '13800000000', 'tok-secret']) expect(text).not.toContain(secret);
    expect(lines[0]!.password).toBe('[redacted]');
  });
});

describe('GET /metrics', () => {
  it('when scraped on loopback, then it answers Prometheus text with the request counted; through a proxy, 403', async () => {
    const { observability } = observed('svc');
    const served = await listenOnFreePort(withObservability(express().get('/graphql', (_req, res) => void res.json({})), observability, { trustIncomingId: true }));
    try {
      await fetch(`${served.baseUrl}/graphql`);
      const metrics = await fetch(`${served.baseUrl}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      const text = await metrics.text();
      expect(text).toMatch(/http_requests_total\{route="\/graphql",operation="",status="200",service="svc"\} 1/);
      expect(text).toContain('process_cpu_seconds_total');
      const proxied = await fetch(`${served.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(proxied.status).toBe(403);
      expect(((await proxied.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    } finally {
      await served.close();
    }
  });

  it('when METRICS_TOKEN is set, then only the bearer of it may scrape', async () => {
    const { observability } = observed('svc', 'scrape-token-0123456789');
    const served = await listenOnFreePort(withObservability(express(), observability, { trustIncomingId: false }));
    try {
      expect((await fetch(`${served.baseUrl}/metrics`)).status).toBe(403);
      expect((await fetch(`${served.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(403);
      expect((await fetch(`${served.baseUrl}/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789' } })).status).toBe(200);
    } finally {
      await served.close();
    }
  });
});

describe('forwardRequestIdTo', () => {
  it('when a request calls a listed service, then the call carries its id; an unlisted origin never sees it', async () => {
    const seen: Array<string | undefined> = [];
    const peer = await listenOnFreePort(express().get('/graphql', (req, res) => void (seen.push(req.header('x-request-id')), res.json({}))));
    const other = await listenOnFreePort(express().get('/graphql', (req, res) => void (seen.push(req.header('x-request-id')), res.json({}))));
    forwardRequestIdTo([`${peer.baseUrl}/graphql`]);
    const { observability } = observed('caller');
    const caller = express().get('/go', async (_req, res) => {
      await undiciFetch(`${peer.baseUrl}/graphql`);
      await undiciFetch(`${other.baseUrl}/graphql`);
      res.json({});
    });
    const served = await listenOnFreePort(withObservability(caller, observability, { trustIncomingId: false }));
    try {
      const response = await fetch(`${served.baseUrl}/go`);
      expect(seen).toEqual([response.headers.get('x-request-id'), undefined]);
    } finally {
      await Promise.all([peer.close(), other.close(), served.close()]);
    }
  });
});

describe('withHeader', () => {
  it.each([
    [undefined, { 'x-request-id': 'id-1' }],
    [{ accept: 'a' }, { accept: 'a', 'x-request-id': 'id-1' }],
    [{ 'X-Request-Id': 'own' }, { 'X-Request-Id': 'own' }],
    [['accept', 'a'], ['accept', 'a', 'x-request-id', 'id-1']],
    [['x-request-id', 'own'], ['x-request-id', 'own']],
    [[['accept', 'a']], [['accept', 'a'], ['x-request-id', 'id-1']]],
  ])('when the headers are %j, then the id is added once: %j', (headers, expected) => {
    expect(withHeader(headers as never, 'x-request-id', 'id-1')).toEqual(expected);
  });
});

describe('withCommandMonitoring', () => {
  it.each([
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/?monitorCommands=true'],
    ['mongodb://127.0.0.1:27017/db', 'mongodb://127.0.0.1:27017/db?monitorCommands=true'],
    ['mongodb://h:1/?authSource=admin', 'mongodb://h:1/?authSource=admin&monitorCommands=true'],
    ['mongodb://h:1/?monitorCommands=false', 'mongodb://h:1/?monitorCommands=false'],
  ])('when the URI is %s, then command monitoring is asked for as %s', (uri, expected) => {
    expect(withCommandMonitoring(uri)).toBe(expected);
  });
});
