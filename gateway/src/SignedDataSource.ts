import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { AppError } from '@zsgk/errors';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@zsgk/identity';

export interface GatewayContext {
  identity: Identity;
  /** The client's address as express saw it (for the audit log). */
  clientAddress?: string;
}

/**
 * Sends subgraph requests with the caller's verified identity, signed with the shared secret.
 * Nothing the client sent is forwarded: a client's own identity header never reaches a subgraph.
 * A subgraph that cannot be reached (down, timed out) becomes a SERVICE_UNAVAILABLE error naming it,
 * while the rest of the answer is still returned.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    fetcher: (url: string, init?: RequestInit) => Promise<Response>,
  ) {
    super({ url, fetcher: fetcher as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = (context as Partial<GatewayContext>).identity;
    if (identity && identity.role !== 'PUBLIC') request.http?.headers.set(IDENTITY_HEADER, signIdentity(identity, this.secret));
  }

  override didEncounterError(error: Error): void {
    const timedOut = error.name === 'TimeoutError' || /aborted|timeout/i.test(error.message);
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      timedOut
        ? `The ${this.serviceName} service did not answer within ${this.timeoutMs} ms; the rest of the answer is unaffected.`
        : `The ${this.serviceName} service is unavailable; the rest of the answer is unaffected.`,
      { cause: error, details: { service: this.serviceName } },
    );
  }
}
