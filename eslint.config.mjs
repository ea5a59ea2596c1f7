// The lint of the whole repository: it holds the architecture, not the style (Prettier formats).
// - Inside each service, one way: entry (main.ts, server.ts) → resolvers → domain (every other
//   folder of src/) → data. The data layer never imports resolvers or the entry; domain code never
//   imports resolvers or the entry.
// - No import cycles (import-x/no-cycle), inside a workspace or across them.
// - No workspace reaches into another's src/: only package entry points (`@zsgk/errors`, not
//   `@zsgk/errors/src/AppError`), and no relative path into another workspace.
// Syntax-only typescript-eslint (no type information): the whole tree lints in well under a minute.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

const SERVICES = 'services/*/src';
const ENTRY = [`${SERVICES}/main.ts`, `${SERVICES}/server.ts`];
const RESOLVERS = `${SERVICES}/resolvers/**`;
const DATA = `${SERVICES}/data/**`;
const DOMAIN = `${SERVICES}/!(data|resolvers)/**`;
// Test harnesses, benches and scripts start other workspaces' servers from their src/ until each
// workspace exports its test entry (createServer) from its index.ts: warned, not failed, there.
const HARNESS = ['test/**', '*/test/**', '*/*/test/**', '*/bench/**', '*/*/bench/**', 'scripts/**', '*/scripts/**', '*/*/scripts/**'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-server/**',
      '**/build/**',
      '**/coverage/**',
      'test-results/**',
      '**/generated/**',
      '**/*.d.ts',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
    // The typescript-eslint plugin is loaded so the code's existing disable comments name a known rule;
    // its stylistic rules are not switched on here (this lint is about structure).
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'console/tsconfig.json', 'web-map/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js'],
      // Workspace packages are ours: follow them, so a cycle across two workspaces is found too.
      'import-x/internal-regex': '^@zsgk/',
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-relative-packages': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@zsgk/[^/]+/(src|test|scripts|bench|server)(/|$)',
              message:
                "Import another workspace through its package entry point (its package.json main), never its src/: export what you need from that workspace's index.ts.",
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: DATA,
              from: [RESOLVERS, ...ENTRY],
              message: 'The data layer is the bottom of the service: it must not import resolvers or the entry (main.ts, server.ts).',
            },
            {
              target: DOMAIN,
              from: [RESOLVERS, ...ENTRY],
              message: 'Domain code must not import resolvers or the entry (main.ts, server.ts): pass what it needs as arguments or ports.',
            },
            {
              target: RESOLVERS,
              from: ENTRY,
              message: 'Resolvers must not import the entry (main.ts, server.ts): the entry builds the context they receive.',
            },
          ],
        },
      ],
    },
  },
  {
    files: HARNESS,
    rules: { 'no-restricted-imports': 'warn', 'import-x/no-relative-packages': 'warn' },
  },
  {
    files: ['console/src/**/*.ts', 'console/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
