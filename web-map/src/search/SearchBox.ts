import type { AddressCandidate } from '../api/geocodeAddress';
import { t } from '../i18n/t';
import { el } from '../page/el';
import { parseLngLat } from './parseLngLat';

/** A suggestion the parent can pick: an address candidate, or typed coordinates. */
export type Suggestion = { kind: 'ADDRESS'; candidate: AddressCandidate } | { kind: 'COORDINATES'; lng: number; lat: number };

export interface SearchBoxOptions {
  /** Address candidates for text (geocode); may reject, in which case no suggestions are shown. */
  suggest(text: string, signal: AbortSignal): Promise<AddressCandidate[]>;
  /** A suggestion was chosen (Enter on it, a click, or Enter with text whose best match is taken). */
  choose(suggestion: Suggestion, label: string, startedAt: number): void;
  /** Enter with text that matched nothing. */
  nothingFound(text: string): void;
}

const DEBOUNCE_MS = 200;
const STAGE_ORDER = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'];
const MIN_CHARS = 2;

/** The words shown for a suggestion: name, what it is, house-number range and any zone the bureau assigned. */
export function suggestionLabel(suggestion: Suggestion): string {
  if (suggestion.kind === 'COORDINATES') return t('search.coordinates', { lng: suggestion.lng, lat: suggestion.lat });
  const c = suggestion.candidate;
  const range = c.fromNumber !== null && c.toNumber !== null ? ` ${t('range', { from: c.fromNumber, to: c.toNumber, parity: t(`parity.${c.parity ?? 'ALL'}`) })}` : '';
  const zones = c.zones
    .filter((z) => z.source === 'GAZETTEER_ASSIGNMENT')
    .sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage))
    .map((z) => z.catchment.name);
  return `${c.name}${range}（${t(`kind.${c.kind}`)}）${zones.length ? ` → ${zones.join('、')}` : ''}`;
}

/**
 * The address box as an ARIA combobox: suggestions from geocode as the parent types (debounced, older
 * requests aborted), arrow keys to move, Enter to choose (the highlighted suggestion, else the best
 * match), Escape to close. Typed "lng,lat" works without geocode.
 */
export class SearchBox {
  private suggestions: Suggestion[] = [];
  /** The text the shown suggestions are for. */
  private shownFor = '';
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | null = null;
  private lookup: Promise<Suggestion[]> = Promise.resolve([]);

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
  private refresh(): Promise<Suggestion[]> {
    window.clearTimeout(this.timer);
    this.pending?.abort();
    const text = this.input.value.trim();
    const point = parseLngLat(text);
    if (point) {
      this.lookup = Promise.resolve([{ kind: 'COORDINATES', ...point }]);
    } else if (text.length < MIN_CHARS) {
      this.lookup = Promise.resolve([]);
    } else {
      const controller = (this.pending = new AbortController());
      this.lookup = this.options
        .suggest(text, controller.signal)
        .then((candidates) => candidates.map((candidate): Suggestion => ({ kind: 'ADDRESS', candidate })))
        .catch(() => []);
    }
    const lookup = this.lookup;
    return lookup.then((found) => {
      if (lookup === this.lookup && text === this.input.value.trim()) this.show(found, text);
      return found;
    });
  }

  private show(suggestions: Suggestion[], text: string): void {
    this.suggestions = suggestions;
    this.shownFor = text;
    this.active = -1;
    this.listbox.replaceChildren(
      ...suggestions.map((suggestion, i) => {
        const option = el('li', { attrs: { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' } }, suggestionLabel(suggestion));
        // mousedown, not click: it fires before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.pick(i, performance.now());
        });
        return option;
      }),
    );
    const open = suggestions.length > 0 && document.activeElement === this.input;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.suggestions.length) return;
      event.preventDefault();
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
    const label = suggestion.kind === 'ADDRESS' ? suggestion.candidate.name : suggestionLabel(suggestion);
    this.close();
    this.options.choose(suggestion, label, startedAt);
  }

  /** Enter without a highlighted suggestion: take the best match for the text as typed. */
  private async submit(startedAt: number): Promise<void> {
    const text = this.input.value.trim();
    if (!text) return;
    const upToDate = this.shownFor === text && this.suggestions.length > 0;
    const found = upToDate ? this.suggestions : await this.refresh();
    if (found.length) this.pick(0, startedAt);
    else this.options.nothingFound(text);
  }

  close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
