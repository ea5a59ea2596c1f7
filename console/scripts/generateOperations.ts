// The console's typed operations: src/api/generated/graphql.ts from the gateway's supergraph and the
// operations in src/**/*.graphql.
//
// The supergraph carries federation's join__/link machinery, which is not what a client sees, so the
// schema is first reduced to its API schema with @apollo/federation-internals (the same reduction the
// gateway serves). Generating from the one composed file, rather than the four subgraph schemas, means
// the types match what the gateway answers, entity fields merged across services included.
//
// @graphql-codegen/core is driven from this script instead of @graphql-codegen/cli because the CLI's
// URL/GitHub loaders pull @whatwg-node packages that require Node 22; nothing here loads over a network.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { parse, printSchema } from 'graphql';

const CONSOLE_DIR = path.resolve(__dirname, '..');
const SUPERGRAPH_FILE = path.resolve(CONSOLE_DIR, '..', 'gateway', 'supergraph.graphql');
export const OUT_FILE = path.join(CONSOLE_DIR, 'src', 'api', 'generated', 'graphql.ts');

const HEADER = `// GENERATED FILE: do not edit. Run \`npm run codegen -w console\` after changing an operation in
// console/src/**/*.graphql or the gateway's supergraph; \`npm run codegen:check -w console\` fails when stale.
/* eslint-disable */
`;

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(full);
      return entry.name.endsWith('.graphql') ? [full] : [];
    })
    .sort();
}

/** The generated file's text, as it should be committed. */
export async function generateOperations(): Promise<string> {
  const apiSchema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
  const documents = graphqlFiles(path.join(CONSOLE_DIR, 'src')).map((file) => ({
    location: path.relative(CONSOLE_DIR, file),
    document: parse(readFileSync(file, 'utf8')),
  }));
  const output = await codegen({
    filename: OUT_FILE,
    schema: parse(printSchema(apiSchema)),
    documents,
    config: {
      // Enums as string unions: no runtime objects, and the values are what the gateway sends.
      enumsAsTypes: true,
      useTypeImports: true,
      avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      skipTypename: true,
      scalars: { GeoJSON: 'unknown' },
      // Documents as strings: the client posts them as they are, so the bundle carries no GraphQL parser.
      documentMode: 'string',
    },
    plugins: [{ typescriptOperations: {} }, { typedDocumentNode: {} }],
    pluginMap: { typescriptOperations, typedDocumentNode },
  });
  return HEADER + output;
}

