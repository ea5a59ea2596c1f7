// The ledger subgraph's resolver types: src/resolvers/generated/resolverTypes.ts from schema.graphql,
// with graphql-codegen's typescript-resolvers in federation mode (so `__resolveReference` is typed
// from the @key). Parent types are the domain's own (`mappers`): a resolver receives a LogEntry from
// @zsgk/publication, not a second hand-written copy of the GraphQL type.
//
// @graphql-codegen/core is driven from this script (as the console does) instead of the CLI, whose
// URL loaders pull packages that need Node 22; nothing here loads over a network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';

const LEDGER_DIR = path.resolve(__dirname, '..');
export const OUT_FILE = path.join(LEDGER_DIR, 'src', 'resolvers', 'generated', 'resolverTypes.ts');

// The federation directives the subgraph schema imports through @link, declared so the SDL stands alone.
const FEDERATION_DIRECTIVES = `
directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
directive @link(url: String!, import: [String]) repeatable on SCHEMA
`;

const HEADER = `// GENERATED FILE: do not edit. Run \`npm run codegen -w services/ledger\` after changing schema.graphql;
// \`npm run codegen:check -w services/ledger\` fails when stale.
/* eslint-disable */
`;

/** The generated file's text, as it should be committed. */
export async function generateResolverTypes(): Promise<string> {
  const sdl = readFileSync(path.join(LEDGER_DIR, 'schema.graphql'), 'utf8').replace(
    /^extend schema @link[^\n]*\n/m,
    'schema { query: Query mutation: Mutation }\n',
  );
  const output = await codegen({
    filename: OUT_FILE,
    schema: parse(FEDERATION_DIRECTIVES + sdl),
    documents: [],
    config: {
      federation: true,
      useTypeImports: true,
      mapperTypeSuffix: 'Model',
      useIndexSignature: false,
      // Enums as string unions, as the console's client types are.
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      contextType: '../LedgerContext#LedgerContext',
      mappers: {
        PublicationLogEntry: '@zsgk/publication#LogEntry',
        SignedTreeHead: '@zsgk/publication#SignedTreeHead',
        DistrictSettings: '@zsgk/publication#DistrictSettingsVersion',
        InclusionProof: '../../ledger/TreeHeads#InclusionProofView',
        ConsistencyProof: '../../ledger/TreeHeads#ConsistencyProofView',
        DistrictPublicKey: '../../api/LedgerQueries#PublicKeyView',
      },
    },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
  });
  return HEADER + output;
}
