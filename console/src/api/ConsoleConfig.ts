/** What the console server tells the page at GET /config.json. */
export interface ConsoleConfig {
  /** The gateway's base URL as the browser reaches it, e.g. http://localhost:4000 (no path). */
  gatewayUrl: string;
  /** Whether staff may sign in through the bureau's identity provider (the gateway's /auth/oidc/start). */
  oidcSignIn: boolean;
}
