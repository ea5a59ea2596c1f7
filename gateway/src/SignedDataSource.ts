import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@zsgk/identity';

export interface GatewayContext {
  identity: Identity;
}

/**
 * Sends subgraph requests with the caller's verified identity, signed with the shared secret.
 * Nothing the client sent is forwarded: a client's own identity header never reaches a subgraph.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly secret: string, private readonly timeoutMs: number) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = (context as Partial<GatewayContext>).identity;
    if (identity && identity.role !== 'PUBLIC') request.http?.headers.set(IDENTITY_HEADER, signIdentity(identity, this.secret));
  }

  override fetcher = (input: string, init?: RequestInit) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(this.timeoutMs) }) as never;
}
