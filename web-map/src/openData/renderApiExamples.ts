import { el } from '../page/el';
import type { OpenDataKey } from './openDataMessages';
import type { OpenDataIndex } from './OpenDataIndex';
import { openDataText } from './openDataText';

type Example = OpenDataIndex['examples'][number];

/** The curl commands of one example: plain POST, or the persisted-query registration and the GET. */
export function curlCommands(gatewayUrl: string, example: Example): { title: OpenDataKey; command: string }[] {
  const post = (body: unknown) => `curl -sS '${gatewayUrl}' \\\n  -H 'content-type: application/json' \\\n  -d '${JSON.stringify(body)}'`;
  const persistedQuery = { persistedQuery: { version: 1, sha256Hash: example.sha256 } };
  if (example.id === 'persisted') {
    return [
      { title: 'od.example.register', command: post({ query: example.query, variables: example.variables, extensions: persistedQuery }) },
      {
        title: 'od.example.get',
        command:
          `curl -sS -G '${gatewayUrl}' \\\n  -H 'apollo-require-preflight: true' \\\n` +
          `  --data-urlencode 'variables=${JSON.stringify(example.variables)}' \\\n` +
          `  --data-urlencode 'extensions=${JSON.stringify(persistedQuery)}'`,
      },
    ];
  }
  return [{ title: `od.example.${example.id}` as OpenDataKey, command: post({ query: example.query, variables: example.variables }) }];
}

/** Every example as a heading, the command as text in <pre>, and a copy button. */
export function renderApiExamples(container: HTMLElement, index: OpenDataIndex): void {
  const blocks = index.examples.flatMap((example) =>
    curlCommands(index.gatewayUrl, example).map(({ title, command }, i) => {
      const id = `od-example-${example.id}-${i}`;
      const copy = el('button', { className: 'od-copy', attrs: { type: 'button', 'aria-describedby': `${id}-title` } }, openDataText('od.api.copy'));
      copy.addEventListener('click', () => {
        void navigator.clipboard?.writeText(command).then(() => {
          copy.textContent = openDataText('od.api.copied');
        });
      });
      return el(
        'div',
        { className: 'od-example', attrs: { 'data-example': `${example.id}-${i}` } },
        el('h3', { attrs: { id: `${id}-title` } }, openDataText(title)),
        el('pre', { attrs: { lang: 'en', tabindex: '0' } }, el('code', {}, command)),
        copy,
      );
    }),
  );
  container.replaceChildren(...blocks);
}
