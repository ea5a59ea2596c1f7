import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';

/** Parses a service's `schema.graphql` (the contract) into a document for buildSubgraphSchema. */
export function loadSchema(file: string): DocumentNode {
  return gql(readFileSync(file, 'utf8'));
}
