import { z } from 'zod';

/** Variables every service reads; each service's config.ts extends this. */
export const commonEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** MongoDB connection string. Unset: the start script runs the embedded database and sets it. */
  MONGODB_URI: z.string().url().or(z.string().startsWith('mongodb')),
  /** Shared secret with which the gateway signs the caller's identity for the subgraphs. */
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Interface to bind; loopback unless deployed behind a proxy. */
  HOST: z.string().default('127.0.0.1'),
});
