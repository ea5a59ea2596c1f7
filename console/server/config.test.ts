import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, readConfig } from '@zsgk/config';
import { configSchema } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(configSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('console server config', () => {
  it('when nothing is set, then it listens on 127.0.0.1:8081, talks to the gateway on localhost:4000 and serves the dist/ beside server/', () => {
    const config = readConfig(configSchema, {});
    expect(config).toMatchObject({ CONSOLE_PORT: 8081, HOST: '127.0.0.1', GATEWAY_PUBLIC_URL: 'http://localhost:4000' });
    expect(config.CONSOLE_DIST).toBe(path.resolve(__dirname, '..', 'dist'));
  });

  it('when GATEWAY_PUBLIC_URL has a path, then only its origin is kept (the console adds /graphql, /auth …)', () => {
    expect(readConfig(configSchema, { GATEWAY_PUBLIC_URL: 'https://zsgk.example.gov.cn/graphql' }).GATEWAY_PUBLIC_URL).toBe('https://zsgk.example.gov.cn');
  });

  it('when GATEWAY_PUBLIC_URL is not an http(s) URL, then the problem names the variable', () => {
    expect(problemsOf({ GATEWAY_PUBLIC_URL: 'javascript:alert(1)' })).toEqual([expect.stringMatching(/^GATEWAY_PUBLIC_URL: must be an absolute http\(s\) URL/)]);
  });

  it('when CONSOLE_PORT is not a port, then it is refused', () => {
    expect(problemsOf({ CONSOLE_PORT: '70000' })).toEqual([expect.stringMatching(/^CONSOLE_PORT: /)]);
  });
});
