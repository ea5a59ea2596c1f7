import type { Stage } from './DistrictMap';
import { STAGE_LABELS } from './formatStages';

/** Marker colours; one table feeds both the markers and the legend. */
export const STAGE_COLOURS = {
  KINDERGARTEN: '#ae3ec9',
  PRIMARY: '#2f9e44',
  JUNIOR: '#1971c2',
  SENIOR: '#e8590c',
  MULTIPLE: '#5f3dc4',
} as const;

export const LEGEND: { label: string; colour: string }[] = [
  ...(['PRIMARY', 'JUNIOR', 'SENIOR', 'KINDERGARTEN'] as const).map((stage) => ({
    label: STAGE_LABELS[stage],
    colour: STAGE_COLOURS[stage],
  })),
  { label: '多学段（如九年一贯制）', colour: STAGE_COLOURS.MULTIPLE },
];

/** A school offering one stage gets that stage's colour; one offering several (九年一贯制) its own. */
export function stageColour(stages: readonly Stage[]): string {
  const [only, ...rest] = new Set(stages);
  return only && rest.length === 0 ? STAGE_COLOURS[only] : STAGE_COLOURS.MULTIPLE;
}
