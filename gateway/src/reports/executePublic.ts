import { AppError } from '@zsgk/errors';
import { PUBLIC } from '@zsgk/identity';
import type { PublicExecute } from './fetchAnnualReportInput';

/** What the report needs of the gateway's Apollo server. */
interface Executor {
  executeOperation(request: { query: string; variables: Record<string, unknown> }, options: { contextValue: { identity: typeof PUBLIC } }): Promise<{ body: { kind: string; singleResult?: { data?: unknown; errors?: readonly { message: string }[] } } }>;
}

/**
 * Runs an operation through the gateway's own Apollo server as an anonymous caller: the operation
 * limits and the PUBLIC role apply as to anyone, without a round trip over HTTP or the rate limit
 * of one client address. Any error refuses the whole report (SERVICE_UNAVAILABLE naming it).
 */
export function executePublic(apollo: Executor): PublicExecute {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { identity: PUBLIC } });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    if (!result?.data || result.errors?.length) {
      const why = result?.errors?.map((e) => e.message).join('；') ?? '网关未返回数据';
      throw new AppError('SERVICE_UNAVAILABLE', `年度报告所需数据读取失败：${why}`, { details: { service: 'gateway' } });
    }
    return result.data as T;
  };
}
