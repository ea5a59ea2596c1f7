import type { Server } from 'node:http';
import type { Express } from 'express';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@zsgk/identity';

export const TEST_IDENTITY_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Posts GraphQL to a running server, optionally with an identity signed for that request (as the gateway would). */
export class GraphqlClient {
  constructor(readonly url: string, private readonly secret = TEST_IDENTITY_SECRET) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    identity?: Identity,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const body = JSON.stringify({ query, variables });
    const signed = identity && identity.role !== 'PUBLIC' ? await signIdentity(identity, this.secret, { method: 'POST', url: this.url, body }) : undefined;
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signed ? { [IDENTITY_HEADER]: signed } : {}),
        ...headers,
      },
      body,
    });
    const answer = (await response.json()) as GraphqlResponse<T>;
    return { ...answer, status: response.status };
  }
}

/** Listens on 127.0.0.1:0 and returns the base URL and a closer. */
export function listenOnFreePort(app: Express): Promise<{ baseUrl: string; server: Server; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        server,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
