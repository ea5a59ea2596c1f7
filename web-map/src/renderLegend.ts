import { LEGEND } from './stageColour';

/** The marker colour key, built from the same table as the markers. */
export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    ...LEGEND.map(({ label, colour }) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      // CSSOM assignment, which style-src 'self' allows (unlike a style attribute in markup).
      swatch.style.backgroundColor = colour;
      item.append(swatch, label);
      return item;
    }),
  );
}
