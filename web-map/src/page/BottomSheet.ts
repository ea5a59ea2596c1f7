import { t } from '../i18n/t';
import { PHONE_MEDIA } from './isPhone';

/** How far the answer sheet is pulled up over the map on a phone. */
export type SheetState = 'COLLAPSED' | 'HALF' | 'FULL';
const ORDER: readonly SheetState[] = ['COLLAPSED', 'HALF', 'FULL'];
/** Share of the viewport the map keeps visible above a half-open sheet (issue 14: "a map that stays usable"). */
const MAP_SHARE_AT_HALF = 0.5;
/** A half-open sheet is never smaller than this (px), whatever the header takes. */
const MIN_HALF_PX = 140;
/** A pointer that moved less than this (px) between down and up was a tap on the handle, not a drag. */
const TAP_PX = 6;

/**
 * The answer panel as a bottom sheet on a phone (loaded only there): collapsed to its heading row, half
 * open (the map keeps at least half the screen) or full. Dragged by its handle with a finger or a mouse
 * (pointer events, snapping to the nearest state), or stepped with the handle button (Enter/Space: the
 * next state, wrapping; arrow keys: up and down), which says its state with aria-expanded and in words.
 * While collapsed, the sheet's body is inert, so keyboard focus does not wander into what is hidden.
 */
export class BottomSheet {
  private state: SheetState;
  private drag: { pointerId: number; startY: number; startHeight: number; moved: boolean } | null = null;
  private readonly media = window.matchMedia(PHONE_MEDIA);

  constructor(
    private readonly sheet: HTMLElement,
    private readonly handle: HTMLButtonElement,
    private readonly body: HTMLElement,
    private readonly tools: HTMLElement,
    /** Called after the sheet settles in a new size (the map re-measures itself). */
    private readonly resized: () => void,
    /** The panel already shows an answer (a shared link opened before this code loaded): start half open. */
    answered: boolean,
  ) {
    this.state = answered ? 'HALF' : 'COLLAPSED';
    handle.hidden = false;
    handle.addEventListener('click', () => {
      if (!this.drag) this.set(ORDER[(ORDER.indexOf(this.state) + 1) % ORDER.length]!);
    });
    handle.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      this.set(ORDER[Math.min(ORDER.length - 1, Math.max(0, ORDER.indexOf(this.state) + step))]!);
    });
    handle.addEventListener('pointerdown', (event) => this.startDrag(event));
    handle.addEventListener('pointermove', (event) => this.moveDrag(event));
    handle.addEventListener('pointerup', (event) => this.endDrag(event));
    handle.addEventListener('pointercancel', (event) => this.endDrag(event));
    window.addEventListener('resize', () => this.apply());
    this.media.addEventListener('change', () => this.apply());
    this.apply();
  }

  /** Brings an answer into view: a collapsed sheet opens half (a sheet the parent opened fully stays so). */
  reveal(): void {
    if (this.state === 'COLLAPSED') this.set('HALF');
  }

  /** Words for the handle in the page's language (after a language switch). */
  relabel(): void {
    this.label();
  }

  set(state: SheetState): void {
    this.state = state;
    this.apply();
  }

  /** The sheet's height in each state, in px, for the current viewport and header. */
  private heights(): Record<SheetState, number> {
    const top = this.sheet.parentElement!.getBoundingClientRect().top;
    const available = Math.max(0, window.innerHeight - top);
    const collapsed = Math.ceil(this.tools.getBoundingClientRect().bottom - this.sheet.getBoundingClientRect().top + 8);
    const half = Math.max(MIN_HALF_PX, Math.floor(window.innerHeight * (1 - MAP_SHARE_AT_HALF) - top));
    return { COLLAPSED: collapsed, HALF: Math.min(half, available), FULL: available };
  }

  private apply(): void {
    if (!this.media.matches) {
      // A desktop (or a phone turned to a wide landscape): the panel beside the map, as before.
      this.sheet.style.removeProperty('height');
      delete this.sheet.dataset.sheet;
      this.body.inert = false;
      this.handle.hidden = true;
      this.resized();
      return;
    }
    this.handle.hidden = false;
    this.sheet.dataset.sheet = this.state;
    this.sheet.style.height = `${this.heights()[this.state]}px`;
    this.body.inert = this.state === 'COLLAPSED';
    if (this.state === 'COLLAPSED') this.sheet.scrollTop = 0;
    this.label();
    this.resized();
  }

  private label(): void {
    this.handle.setAttribute('aria-expanded', String(this.state !== 'COLLAPSED'));
    this.handle.querySelector('.sheet-state')!.textContent = `${t('sheet.handle')}${t('sep.colon')}${t(`sheet.${this.state}`)}`;
    this.handle.title = t('sheet.hint');
  }

  private startDrag(event: PointerEvent): void {
    if (!this.media.matches || (event.pointerType === 'mouse' && event.button !== 0)) return;
    this.handle.setPointerCapture(event.pointerId);
    this.drag = { pointerId: event.pointerId, startY: event.clientY, startHeight: this.sheet.getBoundingClientRect().height, moved: false };
    this.sheet.classList.add('dragging');
  }

  private moveDrag(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    const dy = event.clientY - this.drag.startY;
    if (Math.abs(dy) >= TAP_PX) this.drag.moved = true;
    const { COLLAPSED, FULL } = this.heights();
    this.sheet.style.height = `${Math.min(FULL, Math.max(COLLAPSED, this.drag.startHeight - dy))}px`;
  }

  private endDrag(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.sheet.classList.remove('dragging');
    if (!drag.moved) {
      // A tap: the click that follows steps the state.
      this.drag = null;
      return;
    }
    const height = this.sheet.getBoundingClientRect().height;
    const heights = this.heights();
    const nearest = ORDER.reduce((best, state) => (Math.abs(heights[state] - height) < Math.abs(heights[best] - height) ? state : best));
    this.set(nearest);
    // The click after a drag must not step the state again.
    setTimeout(() => (this.drag = null), 0);
  }
}
