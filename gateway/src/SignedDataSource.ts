import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { AppError } from '@zsgk/errors';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@zsgk/identity';

export interface GatewayContext {
  identity: Identity;
  /** The client's address as express saw it (for the audit log; signed to the subgraphs, see signingFetcher). */
  clientAddress?: string;
  /** This operation's subgraph timeout when it is not the gateway's usual one (bulk imports). */
  subgraphTimeoutMs?: number;
}

/** A fetch-style function; `timeoutMs` overrides the pool's timeout for one request. */
export type Fetcher = (url: string, init?: RequestInit & { timeoutMs?: number }) => Promise<Response>;

/** The identity, client address (when forwarded) and timeout of the operation whose subgraph requests are being sent. */
const forwarding = new AsyncLocalStorage<{ identity?: Identity; clientAddress?: string; timeoutMs?: number }>();

/**
 * Sends subgraph requests with the caller's verified identity, signed for that very request: the
 * header covers method, path and the exact body bytes, so it is signed in the fetcher, after
 * RemoteGraphQLDataSource has serialised the body (willSendRequest runs before that).
 * Nothing the client sent is forwarded: a client's own identity header never reaches a subgraph. The
 * client's address (express `req.ip`, after `trust proxy`) is signed in with the identity for
 * signed-in users and for anonymous writes, so subgraphs can limit per client (comments).
 * A subgraph that cannot be reached (down, timed out) becomes a SERVICE_UNAVAILABLE error naming it,
 * while the rest of the answer is still returned.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    secret: string,
    private readonly timeoutMs: number,
    fetcher: Fetcher,
    identityTtlSeconds?: number,
  ) {
    super({ url, fetcher: signingFetcher(fetcher, secret, identityTtlSeconds) as never });
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { identity, subgraphTimeoutMs, clientAddress } = options.context as Partial<GatewayContext>;
    // An anonymous caller's address goes only with writes (public comments are limited per address); anonymous reads stay unsigned.
    const write = 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'mutation';
    const forwarded = identity?.role === 'PUBLIC' && !write ? undefined : clientAddress;
    return identity || subgraphTimeoutMs ? forwarding.run({ identity, clientAddress: forwarded, timeoutMs: subgraphTimeoutMs }, () => super.process(options)) : super.process(options);
  }

  override didEncounterError(error: Error): void {
    const timeoutMs = forwarding.getStore()?.timeoutMs ?? this.timeoutMs;
    const timedOut = error.name === 'TimeoutError' || /aborted|timeout/i.test(error.message);
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      timedOut
        ? `The ${this.serviceName} service did not answer within ${timeoutMs} ms; the rest of the answer is unaffected.`
        : `The ${this.serviceName} service is unavailable; the rest of the answer is unaffected.`,
      { cause: error, details: { service: this.serviceName } },
    );
  }
}

function signingFetcher(fetcher: Fetcher, secret: string, ttlSeconds: number | undefined): Fetcher {
  return async (url, init = {}) => {
    const { identity, clientAddress, timeoutMs } = forwarding.getStore() ?? {};
    if (timeoutMs) init = { ...init, timeoutMs };
    if (!identity || (identity.role === 'PUBLIC' && !clientAddress)) return fetcher(url, init);
    const method = init.method ?? 'GET';
    const header = await signIdentity(identity, secret, { method, url, body: (init.body as string | undefined) ?? '' }, { ttlSeconds, clientAddress });
    return fetcher(url, { ...init, headers: { ...(init.headers as Record<string, string>), [IDENTITY_HEADER]: header } });
  };
}
