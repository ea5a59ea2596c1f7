/**
 * The data dictionary page's style (served as /open-data/open-data.css: its CSP allows no inline style).
 * A string rather than a .css file, so a bundled server build (build:server) needs no file beside it.
 */
export const DICTIONARY_CSS = [
  'body { font: 15px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; margin: 0; }',
  'main { max-width: 72rem; margin: 0 auto; padding: 1rem; }',
  'a { color: #0b57d0; }',
  '.scroll { overflow-x: auto; }',
  'table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }',
  'caption { text-align: left; color: #57606a; }',
  'th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }',
  'thead th { background: #f6f8fa; }',
  '.en { color: #57606a; }',
  '.codes { margin: 0.25rem 0 0; padding-left: 1.2rem; }',
  'code { font-family: ui-monospace, Consolas, monospace; }',
].join('\n');
