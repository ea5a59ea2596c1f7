import type { AddressCandidate } from '../api/geocodeAddress';
import type { MapSchool } from '../DistrictMap';
import { t } from '../i18n/t';
import { dataText, el } from '../page/el';
import { matchedPlace } from './matchedPlace';
import { parseLngLat } from './parseLngLat';

/** A suggestion the parent can pick: an address candidate, a school (by name), or typed coordinates. */
export type Suggestion =
  | { kind: 'ADDRESS'; candidate: AddressCandidate }
  | { kind: 'SCHOOL'; school: MapSchool }
  | { kind: 'COORDINATES'; lng: number; lat: number };

/** Suggestions for a text, and whether the first one may be answered on Enter without asking. */
export interface Lookup {
  suggestions: Suggestion[];
  clear: boolean;
}

export interface SearchBoxOptions {
  /** Suggestions for text (geocode, school names); may reject, in which case none are shown. */
  suggest(text: string, signal: AbortSignal): Promise<Lookup>;
  /** A suggestion was chosen (Enter on it, a click, or Enter on text with a clear match). */
  choose(suggestion: Suggestion, startedAt: number): void;
  /** Enter on text with suggestions but no clear match: the parent must choose. */
  ask(text: string, suggestions: Suggestion[]): void;
  /** Enter on text that matched nothing. */
  nothingFound(text: string): void;
}

const DEBOUNCE_MS = 200;
const STAGE_ORDER = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'];
const MIN_CHARS = 2;
const NONE: Lookup = { suggestions: [], clear: false };

/** The words shown for a suggestion: the address as matched, what it is, the house-number range and any zone the bureau assigned (names marked as data). */
export function suggestionLabel(suggestion: Suggestion): (string | Node)[] {
  if (suggestion.kind === 'COORDINATES') return [t('search.coordinates', { lng: suggestion.lng, lat: suggestion.lat })];
  if (suggestion.kind === 'SCHOOL') return [dataText(suggestion.school.name), t('sep.paren', { text: t('kind.SCHOOL') })];
  const c = suggestion.candidate;
  const range = c.fromNumber !== null && c.toNumber !== null ? ` ${t('range', { from: c.fromNumber, to: c.toNumber, parity: t(`parity.${c.parity ?? 'ALL'}`) })}` : '';
  const zones = c.zones
    .filter((z) => z.source === 'GAZETTEER_ASSIGNMENT')
    .sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage))
    .map((z) => z.catchment.name);
  return [dataText(matchedPlace(c)), `${range}${t('sep.paren', { text: t(`kind.${c.kind}`) })}`, ...(zones.length ? [' → ', dataText(zones.join('、'))] : [])];
}

/** The text a chosen suggestion leaves in the box. */
export function suggestionText(suggestion: Suggestion): string {
  if (suggestion.kind === 'ADDRESS') return matchedPlace(suggestion.candidate);
  if (suggestion.kind === 'SCHOOL') return suggestion.school.name;
  return t('search.coordinates', { lng: suggestion.lng, lat: suggestion.lat });
}

/**
 * The address box as an ARIA combobox: suggestions from geocode and the school names as the parent
 * types (debounced, older requests aborted), arrow keys to move, Enter to choose, Escape to close.
 * Enter without a highlighted suggestion answers only a clear match (see `Lookup.clear`); with
 * several plausible ones it asks, with none it says so. Typed "lng,lat" works without geocode.
 */
export class SearchBox {
  private suggestions: Suggestion[] = [];
  private clear = false;
  /** The text the shown suggestions are for. */
  private shownFor = '';
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | null = null;
  private lookup: Promise<Lookup> = Promise.resolve(NONE);

  constructor(private readonly input: HTMLInputElement, private readonly listbox: HTMLUListElement, private readonly options: SearchBoxOptions) {
    input.addEventListener('input', () => this.scheduleLookup());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(performance.now());
    });
  }

  private scheduleLookup(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  /** Looks the current text up now, shows the suggestions and returns them. */
  private refresh(): Promise<Lookup> {
    window.clearTimeout(this.timer);
    this.pending?.abort();
    const text = this.input.value.trim();
    const point = parseLngLat(text);
    if (point) {
      this.lookup = Promise.resolve({ suggestions: [{ kind: 'COORDINATES', ...point }], clear: true });
    } else if (text.length < MIN_CHARS) {
      this.lookup = Promise.resolve(NONE);
    } else {
      const controller = (this.pending = new AbortController());
      this.lookup = this.options.suggest(text, controller.signal).catch(() => NONE);
    }
    const lookup = this.lookup;
    return lookup.then((found) => {
      if (lookup === this.lookup && text === this.input.value.trim()) this.show(found, text);
      return found;
    });
  }

  private show(found: Lookup, text: string): void {
    this.suggestions = found.suggestions;
    this.clear = found.clear;
    this.shownFor = text;
    this.active = -1;
    this.listbox.replaceChildren(
      ...found.suggestions.map((suggestion, i) => {
        const option = el('li', { attrs: { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-kind': suggestion.kind } }, ...suggestionLabel(suggestion));
        // mousedown, not click: it fires before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.pick(i, performance.now());
        });
        return option;
      }),
    );
    this.open(document.activeElement === this.input);
  }

  private open(open: boolean): void {
    const shown = open && this.suggestions.length > 0;
    this.listbox.hidden = !shown;
    this.input.setAttribute('aria-expanded', String(shown));
    this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.suggestions.length) return;
      event.preventDefault();
      if (this.listbox.hidden) this.open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.highlight((this.active + step + this.suggestions.length) % this.suggestions.length);
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.pick(this.active, performance.now());
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private highlight(index: number): void {
    this.active = index;
    for (const [i, option] of [...this.listbox.children].entries()) option.setAttribute('aria-selected', String(i === index));
    this.input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    this.listbox.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  private pick(index: number, startedAt: number): void {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.input.value = suggestionText(suggestion);
    this.shownFor = '';
    this.close();
    this.options.choose(suggestion, startedAt);
  }

  /** Enter without a highlighted suggestion: answer a clear match, else ask, else say nothing was found. */
  private async submit(startedAt: number): Promise<void> {
    const text = this.input.value.trim();
    if (!text) return;
    const found = this.shownFor === text ? { suggestions: this.suggestions, clear: this.clear } : await this.refresh();
    if (found.clear && found.suggestions.length) this.pick(0, startedAt);
    else if (found.suggestions.length) {
      this.close();
      this.options.ask(text, found.suggestions);
    } else this.options.nothingFound(text);
  }

  close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
