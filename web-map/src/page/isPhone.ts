/** The width at which the answer becomes a bottom sheet over the map (the same as style.css's @media). */
export const PHONE_MEDIA = '(max-width: 720px)';

/** True on a phone-sized screen, where the answer is a bottom sheet and the rules' sections start closed. */
export function isPhone(): boolean {
  return window.matchMedia(PHONE_MEDIA).matches;
}
