/** The stages a bureau publishes zones, rules and figures for, with their Chinese names, for selects. */
export const STAGE_OPTIONS = [
  { value: 'PRIMARY', label: '小学' },
  { value: 'JUNIOR', label: '初中' },
  { value: 'SENIOR', label: '高中' },
  { value: 'KINDERGARTEN', label: '幼儿园' },
] as const;

export type StageValue = (typeof STAGE_OPTIONS)[number]['value'];

export function stageLabel(stage: string): string {
  return STAGE_OPTIONS.find((s) => s.value === stage)?.label ?? stage;
}

/** The school year a bureau is working on: this calendar year (the autumn intake). */
export function currentSchoolYear(now = new Date()): number {
  return now.getFullYear();
}
