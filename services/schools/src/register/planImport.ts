import { changedFields } from './changedFields';
import type { School, SchoolFields } from './School';

export interface ImportPlan {
  create: SchoolFields[];
  update: SchoolFields[];
  unchanged: number;
}

/**
 * Sorts parsed rows into creates, updates and no-ops by comparing each with what is stored, so that
 * importing the same file twice writes nothing the second time.
 */
export function planImport(rows: SchoolFields[], existing: Map<string, School>): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: 0 };
  for (const row of rows) {
    const current = existing.get(row.id);
    if (!current) plan.create.push(row);
    else if (changedFields(current, row).length === 0) plan.unchanged += 1;
    else plan.update.push(row);
  }
  return plan;
}
