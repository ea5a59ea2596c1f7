import type { ConsoleServerConfig } from './config';

/**
 * The console's Content-Security-Policy: scripts from this server only (Vite emits no inline script),
 * calls to the gateway only, and styles from this server plus the per-request nonce that Ant Design's
 * CSS-in-JS puts on the <style> tags it injects. Images: this server, and blob: for spreadsheets the
 * console builds for download; no tile server (the console's maps draw on a plain background).
 */
export function contentSecurityPolicy(config: Pick<ConsoleServerConfig, 'GATEWAY_PUBLIC_URL'>, nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob:",
    `connect-src 'self' ${config.GATEWAY_PUBLIC_URL}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
