import type { GatewayClient } from './GatewayClient';
import { WorkingDaysAfterDocument } from './generated/graphql';

/** The ladder's length (aliases in WorkingDaysAfter); the gateway allows 30 aliases. */
export const WORKING_DAY_LADDER = 20;

/**
 * Working days after `from` up to and including `to`, on the admissions service's holiday calendar
 * (the one its deadlines use), or null when more than WORKING_DAY_LADDER. 0 when `to` ≤ `from`.
 * @example await countWorkingDays(client, '2026-12-03', '2026-12-07') // 2 (Fri 4th, Mon 7th)
 */
export async function countWorkingDays(client: GatewayClient, from: string, to: string): Promise<number | null> {
  if (to <= from) return 0;
  const ladder = await client.request(WorkingDaysAfterDocument, { from });
  const dues = Array.from({ length: WORKING_DAY_LADDER }, (_, i) => ladder[`d${i + 1}` as keyof typeof ladder].dueOn);
  // dues[k-1] is the k-th working day after `from`; count those on or before `to`.
  const counted = dues.filter((due) => due <= to).length;
  return counted === WORKING_DAY_LADDER && dues[WORKING_DAY_LADDER - 1]! < to ? null : counted;
}
