import { beijingToday, label } from '../../api/labels';

/** The stages a bureau publishes zones, rules and figures for, with their Chinese names, for selects. */
export const STAGE_OPTIONS = (['PRIMARY', 'JUNIOR', 'SENIOR', 'KINDERGARTEN'] as const).map((value) => ({ value, label: label(value) }));

export type StageValue = (typeof STAGE_OPTIONS)[number]['value'];

/** 小学 for PRIMARY, …; the value itself when unknown. */
export const stageLabel = label;

/**
 * The intake year the bureau is working on: this Beijing calendar year (plans, zones and rules for the
 * autumn intake are prepared from January; figures are published after the summer).
 */
export function currentSchoolYear(): number {
  return Number(beijingToday().slice(0, 4));
}
