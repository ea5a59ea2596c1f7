import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { jsonDepth } from './jsonDepth';
import { measureOperation } from './measureOperation';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxVariablesDepth: number;
}

/**
 * Refuses operations that are too deep, use too many aliases, would resolve too many fields (lists
 * multiplied by `first`), or carry too deeply nested variables, before any subgraph is called.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return; // graphql-js reports the missing operation itself
          const variables = request.variables ?? {};
          const variablesDepth = jsonDepth(variables, limits.maxVariablesDepth);
          if (variablesDepth > limits.maxVariablesDepth) {
            throw tooComplex(`Variables are nested deeper than ${limits.maxVariablesDepth} levels.`, 'variables');
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const size = measureOperation(schema, operation, fragments, variables);
          if (size.depth > limits.maxDepth) throw tooComplex(`The query is ${size.depth} levels deep; at most ${limits.maxDepth}.`, 'query');
          if (size.aliases > limits.maxAliases) throw tooComplex(`The query uses ${size.aliases} aliases; at most ${limits.maxAliases}.`, 'query');
          if (size.cost > limits.maxCost) {
            throw tooComplex(`The query would resolve about ${size.cost} fields; at most ${limits.maxCost}. Ask for smaller pages (first).`, 'query');
          }
        },
      };
    },
  };
}

function tooComplex(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', field, http: { status: 400 } } });
}
