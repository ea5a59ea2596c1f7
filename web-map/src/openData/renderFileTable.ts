import { el } from '../page/el';
import type { OpenDataKey } from './openDataMessages';
import type { OpenDataManifest } from './OpenDataIndex';
import { openDataText } from './openDataText';

const formatBytes = (bytes: number) =>
  bytes < 1024 ? openDataText('od.bytes', { n: bytes }) : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** What a file holds, in words: data files by name, sidecars as the sidecar of their CSV. */
function describe(name: string): string {
  if (name.endsWith('.csv.json')) return openDataText('od.file.sidecar', { file: name.slice(0, -'.json'.length) });
  return openDataText(`od.file.${name}` as OpenDataKey);
}

/** One row per file of the year (with its download link, rows, size and SHA-256), then the manifest itself. */
export function renderFileTable(table: HTMLTableElement, manifest: OpenDataManifest, manifestUrl: string): void {
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const rows = manifest.files.map((file) =>
    el(
      'tr',
      { attrs: { 'data-file': file.name } },
      el('th', { attrs: { scope: 'row' } }, el('a', { attrs: { href: base + file.name, download: `${manifest.districtCode}-${manifest.year}-${file.name}` } }, file.name)),
      el('td', {}, describe(file.name)),
      el('td', { className: 'num' }, file.rows === undefined ? '' : file.rows.toLocaleString()),
      el('td', { className: 'num', attrs: { 'data-bytes': String(file.bytes) } }, formatBytes(file.bytes)),
      el('td', { className: 'od-hash' }, file.sha256),
    ),
  );
  rows.push(
    el(
      'tr',
      { attrs: { 'data-file': 'manifest.json' } },
      el('th', { attrs: { scope: 'row' } }, el('a', { attrs: { href: manifestUrl } }, 'manifest.json')),
      el('td', {}, describe('manifest.json')),
      el('td', {}),
      el('td', {}),
      el('td', {}),
    ),
  );
  table.tBodies[0]!.replaceChildren(...rows);
  table.caption!.textContent = openDataText('od.files.caption', { year: manifest.year });
  table.dataset.state = 'ready';
}
