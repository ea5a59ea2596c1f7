type OpenIdClient = typeof import('openid-client');

let loaded: OpenIdClient | undefined;

/**
 * `openid-client` v6 is ES modules only; Node 20.19+ `require`s it natively. It is loaded on first use,
 * only where OpenID Connect is configured, so nothing else depends on it loading. (Jest's CommonJS
 * registry needs it in the project's transformIgnorePatterns exceptions to load it: see the README.)
 */
export function loadOpenIdClient(): OpenIdClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('openid-client') as OpenIdClient;
  return loaded;
}
