import type { Stage } from './DistrictMap';
import type { MessageKey } from './i18n/messages';

/** Marker colours; one table feeds both the markers and the legend. */
export const STAGE_COLOURS = {
  KINDERGARTEN: '#ae3ec9',
  PRIMARY: '#2f9e44',
  JUNIOR: '#1971c2',
  SENIOR: '#e8590c',
  MULTIPLE: '#5f3dc4',
} as const;

/** The map key's entries: a catalogue key (the label in the page's language) and the marker colour. */
export const LEGEND: { label: MessageKey; colour: string }[] = [
  ...(['PRIMARY', 'JUNIOR', 'SENIOR', 'KINDERGARTEN'] as const).map((stage) => ({
    label: `stage.${stage}` as const,
    colour: STAGE_COLOURS[stage],
  })),
  { label: 'legend.MULTIPLE', colour: STAGE_COLOURS.MULTIPLE },
];

/** A school offering one stage gets that stage's colour; one offering several (九年一贯制) its own. */
export function stageColour(stages: readonly Stage[]): string {
  const [only, ...rest] = new Set(stages);
  return only && rest.length === 0 ? STAGE_COLOURS[only] : STAGE_COLOURS.MULTIPLE;
}
