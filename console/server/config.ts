import path from 'node:path';
import { readConfigOrExit } from '@zsgk/config';
import { observabilityEnv } from '@zsgk/observability';
import { z } from 'zod';

const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

export const configSchema = z.object({
  CONSOLE_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  /** Interface to bind; loopback unless deployed behind a proxy. */
  HOST: z.string().default('127.0.0.1'),
  /** The gateway's base URL as the staff's browser reaches it (no path): /graphql, /auth, /upload … hang off it. */
  GATEWAY_PUBLIC_URL: z
    .string()
    .default('http://localhost:4000')
    .refine(isHttpUrl, 'must be an absolute http(s) URL, e.g. https://zsgk.example.gov.cn')
    .transform((value) => new URL(value).origin),
  /**
   * Offer 使用统一身份认证登录 on the sign-in page: the gateway's /auth/oidc/start (set when the gateway has
   * OIDC_ISSUER; its OIDC_RETURN_URL must be this console).
   */
  CONSOLE_OIDC_SIGN_IN: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Folder holding the Vite build (index.html and assets/). */
  CONSOLE_DIST: z
    .string()
    .default(path.resolve(__dirname, '..', 'dist'))
    .transform((dir) => path.resolve(dir)),
}).extend(observabilityEnv.shape); // LOG_LEVEL, METRICS_TOKEN

export type ConsoleServerConfig = z.infer<typeof configSchema>;

export function loadConfig(): ConsoleServerConfig {
  return readConfigOrExit(configSchema, process.env);
}
