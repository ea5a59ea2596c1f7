import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '@zsgk/errors';
import { Observability, withObservability } from '@zsgk/observability';
import { listenOnFreePort } from '@zsgk/testkit';
import express from 'express';
import { ServiceClient } from './ServiceClient';
import { serviceQuery } from './ServiceQuery';

const SCHOOL = serviceQuery<{ school: { id: string } | null }, { id: string }>('query($id: ID!) { school(id: $id) { id } }');

/** A callee that answers each request with `answer(body)`, recording what it was sent. */
async function startCallee(
  answer: (body: { query: string; variables: Record<string, unknown> }) => { status?: number; json?: unknown; text?: string; delayMs?: number },
) {
  const seen: { headers: http.IncomingHttpHeaders; body: { query: string; variables: Record<string, unknown> } }[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw);
      seen.push({ headers: req.headers, body });
      const reply = answer(body);
      setTimeout(() => {
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        res.end(reply.text ?? JSON.stringify(reply.json));
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: AppError) => error,
  );

describe('ServiceClient', () => {
  it('when the callee answers, then the data comes back and the query and variables were sent as GraphQL', async () => {
    const callee = await startCallee(() => ({ json: { data: { school: { id: '3708120001' } } } }));
    try {
      const client = new ServiceClient({ service: 'schools', url: callee.url });
      await expect(client.query(SCHOOL, { id: '3708120001' })).resolves.toEqual({ school: { id: '3708120001' } });
      expect(callee.seen[0]!.body).toEqual({ query: SCHOOL.text, variables: { id: '3708120001' } });
    } finally {
      await callee.close();
    }
  });

  it('when the callee refuses with its own code, then that code and message are passed on naming the service', async () => {
    const callee = await startCallee(() => ({ json: { data: null, errors: [{ message: '学校 1 不存在', extensions: { code: 'NOT_FOUND' } }] } }));
    try {
      const error = await failure(new ServiceClient({ service: 'schools', url: callee.url }).query(SCHOOL, { id: '1' }));
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: '学校 1 不存在', details: { service: 'schools' } });
    } finally {
      await callee.close();
    }
  });

  it('when the callee fails inside (INTERNAL_SERVER_ERROR or no data), then the call is SERVICE_UNAVAILABLE naming the service', async () => {
    const callee = await startCallee((body) =>
      body.variables.id === 'a'
        ? { json: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }
        : { status: 502, text: 'Bad Gateway' },
    );
    try {
      const client = new ServiceClient({ service: 'schools', url: callee.url });
      expect(await failure(client.query(SCHOOL, { id: 'a' }))).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringContaining('答复了错误：boom'),
        details: { service: 'schools' },
      });
      expect(await failure(client.query(SCHOOL, { id: 'b' }))).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringContaining('答复 HTTP 502'),
      });
    } finally {
      await callee.close();
    }
  });

  it('when the callee is slower than the timeout, then the call gives up after it, saying so', async () => {
    const callee = await startCallee(() => ({ json: { data: { school: null } }, delayMs: 500 }));
    try {
      const started = Date.now();
      const error = await failure(new ServiceClient({ service: 'catchments', url: callee.url, timeoutMs: 100 }).query(SCHOOL, { id: '1' }));
      expect(Date.now() - started).toBeLessThan(450);
      expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { service: 'catchments', reason: '100 毫秒内无答复（超时）' } });
    } finally {
      await callee.close();
    }
  });

  it('when nothing listens at the URL, then the call is refused with the caller’s unavailable code and the socket error', async () => {
    const callee = await startCallee(() => ({ json: {} }));
    await callee.close();
    const error = await failure(new ServiceClient({ service: 'schools', url: callee.url, unavailableCode: 'SCHOOLS_UNAVAILABLE' }).query(SCHOOL, { id: '1' }));
    expect(error).toMatchObject({
      code: 'SCHOOLS_UNAVAILABLE',
      message: 'schools 服务无法连接（ECONNREFUSED）',
      details: { reason: '无法连接（ECONNREFUSED）' },
    });
  });

  it('when called while serving a request, then the request id goes along in x-request-id', async () => {
    const callee = await startCallee(() => ({ json: { data: { school: null } } }));
    const client = new ServiceClient({ service: 'schools', url: callee.url });
    const observability = new Observability({ service: 'caller', destination: { write: () => undefined } });
    const app = express().get('/work', async (_req, res) => void res.json(await client.query(SCHOOL, { id: '1' })));
    const caller = await listenOnFreePort(withObservability(app, observability, { trustIncomingId: true }));
    try {
      const sent = 'abcdef01-2345-6789-abcd-ef0123456789';
      await fetch(`${caller.baseUrl}/work`, { headers: { 'x-request-id': sent } });
      expect(callee.seen[0]!.headers['x-request-id']).toBe(sent);
    } finally {
      await caller.close();
      await callee.close();
    }
  });
});
