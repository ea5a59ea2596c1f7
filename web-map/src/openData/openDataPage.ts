import './openData.css';
import { fetchPublicConfig } from '../fetchPublicConfig';
import { el } from '../page/el';
import { pageElement } from '../pageElement';
import type { OpenDataIndex, OpenDataManifest } from './OpenDataIndex';
import { applyOpenDataText, openDataLanguage as language, openDataText, setOpenDataLanguage as setLanguage } from './openDataText';
import { renderApiExamples } from './renderApiExamples';
import { renderFileTable } from './renderFileTable';

/**
 * /open-data: the district's files per year (links, rows, sizes, SHA-256), the tree head they were
 * taken from, the licence, and the public GraphQL API with copyable curl examples. Everything comes
 * from this server's /open-data/<district>/… routes, which read the gateway's public API.
 */
async function start(): Promise<void> {
  if (new URLSearchParams(location.search).get('lang') === 'en') setLanguage('en');
  const status = pageElement<HTMLParagraphElement>('od-status');
  const fail = (error: unknown) => {
    status.textContent = '';
    const box = pageElement<HTMLParagraphElement>('od-error');
    box.textContent = openDataText('od.error', { reason: error instanceof Error ? error.message : String(error) });
    box.hidden = false;
  };
  let index: OpenDataIndex;
  let manifest: OpenDataManifest | null = null;
  try {
    status.textContent = openDataText('od.loading');
    const config = await fetchPublicConfig();
    const district = new URLSearchParams(location.search).get('district') ?? config.districtCode;
    index = await getJson<OpenDataIndex>(`/open-data/${encodeURIComponent(district)}/index.json`);
  } catch (error) {
    fail(error);
    return;
  }

  const yearSelect = pageElement<HTMLSelectElement>('od-year');
  const render = () => {
    applyOpenDataText();
    document.title = openDataText('od.title', { district: index.districtName });
    pageElement('od-heading').textContent = openDataText('od.heading', { district: index.districtName });
    const languageButton = pageElement<HTMLButtonElement>('od-language');
    languageButton.textContent = openDataText('od.lang.switch');
    languageButton.lang = language() === 'zh' ? 'en' : 'zh-CN';
    pageElement<HTMLAnchorElement>('od-dictionary-link').href = index.dictionary;
    pageElement('od-sample').hidden = !index.sampleData;
    pageElement('od-endpoint').textContent = index.gatewayUrl;
    const licence = pageElement('od-licence');
    licence.replaceChildren(index.licence.text, ...(index.licence.url ? [' ', el('a', { attrs: { href: index.licence.url, rel: 'license' } }, index.licence.url)] : []));
    renderApiExamples(pageElement('od-examples'), index);
    if (manifest) renderManifest(manifest);
  };
  const renderManifest = (m: OpenDataManifest) => {
    const entry = index.years.find((y) => y.year === m.year)!;
    renderFileTable(pageElement<HTMLTableElement>('od-files'), m, entry.manifest);
    // The annual disclosure report is made by the gateway (/reports/annual/…), from the same log.
    const report = `${new URL(index.gatewayUrl).origin}/reports/annual/${index.districtCode}/${m.year}`;
    pageElement('od-annual-report').replaceChildren(
      openDataText('od.report', { year: m.year }),
      ...['html', 'pdf', 'json'].flatMap((format, i) => [...(i ? [' · '] : []), el('a', { attrs: { href: `${report}.${format}`, hreflang: 'zh-CN' } }, format.toUpperCase())]),
    );
    const head = m.treeHead;
    pageElement('od-head').replaceChildren(
      ...([
        ['od.head.size', String(head.treeSize)],
        ['od.head.root', head.rootHash],
        ['od.head.time', head.timestamp],
        ['od.head.signature', head.signature],
      ] as const).flatMap(([key, value]) => [el('dt', {}, openDataText(key)), el('dd', { className: 'od-hash', attrs: { 'data-head': key.slice('od.head.'.length) } }, value)]),
    );
    status.textContent = openDataText('od.ready', { year: m.year, n: m.files.length + 1 });
  };
  const loadYear = async (year: number) => {
    const entry = index.years.find((y) => y.year === year);
    if (!entry) return;
    pageElement<HTMLTableElement>('od-files').dataset.state = 'loading';
    status.textContent = openDataText('od.loadingYear', { year });
    try {
      manifest = await getJson<OpenDataManifest>(entry.manifest);
      renderManifest(manifest);
    } catch (error) {
      fail(error);
    }
  };

  yearSelect.replaceChildren(...index.years.map(({ year }) => el('option', { attrs: { value: String(year) } }, String(year))));
  yearSelect.disabled = index.years.length === 0;
  yearSelect.addEventListener('change', () => void loadYear(Number(yearSelect.value)));
  pageElement<HTMLButtonElement>('od-language').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    const url = new URL(location.href);
    if (language() === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url);
    render();
  });
  render();
  const asked = Number(new URLSearchParams(location.search).get('year'));
  const first = index.years.find((y) => y.year === asked)?.year ?? index.currentYear ?? index.years[0]?.year;
  if (first !== undefined) {
    yearSelect.value = String(first);
    await loadYear(first);
  }
  document.body.dataset.state = 'ready';
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error((await response.text()).split('\n')[0] || `HTTP ${response.status}`);
  return (await response.json()) as T;
}

void start();
