import { currentRequest } from './requestContext';

/** Counts a 429 from the rate limit in rate_limit_refusals_total (route: where the limiter is mounted). */
export function countRateLimitRefusal(route: string): void {
  currentRequest()?.observability.metrics.rateLimitRefusals.inc({ route: route || '/' });
}
