import { ZONE_COLOURS } from './answer/ZoneLayers';
import { t } from './i18n/t';
import { LEGEND } from './stageColour';

function item(className: string, colour: string, label: string): HTMLLIElement {
  const entry = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = className;
  // CSSOM assignment, which style-src 'self' allows (unlike a style attribute in markup).
  if (className === 'swatch') swatch.style.backgroundColor = colour;
  else swatch.style.borderTopColor = colour;
  entry.append(swatch, label);
  return entry;
}

/** The map key: marker colours (from the same table as the markers) and the two zone outlines. */
export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    ...LEGEND.map(({ label, colour }) => item('swatch', colour, t(label))),
    item('line primary', ZONE_COLOURS.PRIMARY, t('map.primaryZones')),
    item('line junior', ZONE_COLOURS.JUNIOR, t('map.juniorZones')),
  );
}
