import { language, t } from '../i18n/t';
import { setLanguage } from '../i18n/pageLanguage';
import { pageElement } from '../pageElement';

export interface ControlsDeps {
  /** Years with published zones, newest first. */
  years: readonly number[];
  year(): number | null;
  setYear(year: number): Promise<void>;
  /** The language changed: refill every text. */
  relabel(): void;
  /** The browser gave the device's position (WGS-84). */
  locate(lng: number, lat: number): void;
  status: HTMLElement;
}

/** The year switch (with its note), language switch, "use my location", copy link and print. */
export function wireControls(deps: ControlsDeps): void {
  const select = pageElement<HTMLSelectElement>('year');
  const note = pageElement('year-note');
  const latest = deps.years[0] ?? null;
  const fillYears = () => {
    select.replaceChildren(
      ...deps.years.map((year) => {
        const option = document.createElement('option');
        option.value = String(year);
        option.textContent = t(year === latest ? 'year.latest' : 'year.option', { year });
        option.selected = year === deps.year();
        return option;
      }),
    );
    select.disabled = deps.years.length < 2;
    const shown = deps.year();
    note.hidden = shown === null || latest === null || shown >= latest;
    note.textContent = note.hidden ? '' : t('year.older', { year: shown!, latest: latest! });
  };
  fillYears();
  select.addEventListener('change', () => {
    void deps.setYear(Number(select.value)).then(fillYears);
  });

  const languageButton = pageElement<HTMLButtonElement>('language');
  const labelLanguageButton = () => {
    languageButton.textContent = t('lang.switch');
    languageButton.lang = language() === 'zh' ? 'en' : 'zh-CN';
  };
  labelLanguageButton();
  languageButton.addEventListener('click', () => {
    // The first switch to English loads its catalogue; a failed load leaves the page as it was.
    void setLanguage(language() === 'zh' ? 'en' : 'zh').then(() => {
      labelLanguageButton();
      fillYears();
      deps.relabel();
    }, (error: unknown) => console.error(error));
  });

  const locateMe = pageElement<HTMLButtonElement>('locate-me');
  // Browsers offer geolocation only on secure origins; hide the button where it cannot work.
  locateMe.hidden = !('geolocation' in navigator) || !window.isSecureContext;
  locateMe.addEventListener('click', () => {
    deps.status.textContent = t('geo.busy');
    navigator.geolocation.getCurrentPosition(
      (position) => deps.locate(position.coords.longitude, position.coords.latitude),
      (error) => (deps.status.textContent = t('geo.failed', { reason: error.message || String(error.code) })),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });

  const copy = pageElement<HTMLButtonElement>('copy-link');
  const print = pageElement<HTMLButtonElement>('print');
  copy.disabled = false;
  print.disabled = false;
  copy.addEventListener('click', () => {
    const url = location.href;
    const done = () => (deps.status.textContent = t('share.copied', { url }));
    // Without clipboard access (http, or refused) the link is still shown in the status line to copy by hand.
    navigator.clipboard?.writeText(url).then(done, done) ?? done();
  });
  print.addEventListener('click', () => window.print());
}
