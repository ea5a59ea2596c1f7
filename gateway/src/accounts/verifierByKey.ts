import type { Identity } from '@zsgk/identity';
import { decodeProtectedHeader } from 'jose';

type Verify = (authorization: string | undefined) => Promise<Identity>;

/**
 * With both the bureau's identity provider and the embedded directory on, a token signed with the
 * embedded key (its `kid`) is verified against that key and everything else against the provider.
 * The header is only read to choose; the chosen verifier checks the signature as usual.
 */
export function verifierByKey(localKid: string, local: Verify, provider: Verify): Verify {
  return (authorization) => {
    const token = /^Bearer (\S+)$/.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return provider(authorization);
    try {
      return decodeProtectedHeader(token).kid === localKid ? local(authorization) : provider(authorization);
    } catch {
      return provider(authorization);
    }
  };
}
