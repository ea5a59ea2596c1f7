import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface OperationSize {
  /** Deepest field nesting (a top-level field is depth 1). */
  depth: number;
  /** Number of aliased fields. */
  aliases: number;
  /** Estimated fields resolved: each field counts once per item of every list above it. */
  cost: number;
}

/** Items a list field is assumed to return when the query gives no `first`. */
export const DEFAULT_LIST_SIZE = 20;

/**
 * Measures an operation before it runs, with fragments expanded and list sizes from `first` (literal
 * or variable). Pure: the gateway compares the result with its limits.
 *
 * @example measureOperation(schema, op, fragments, {}) // { depth: 3, aliases: 0, cost: 61 }
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationSize {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const size: OperationSize = { depth: 0, aliases: 0, cost: 0 };
  const visit = (set: SelectionSetNode, parent: GraphQLOutputType | null | undefined, depth: number, multiplier: number, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue; // unknown or cyclic: validation reports it
        const next = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        visit(fragment.selectionSet, next as GraphQLOutputType, depth, multiplier, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const next = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        visit(selection.selectionSet, next as GraphQLOutputType, depth, multiplier, seen);
        continue;
      }
      if (selection.alias) size.aliases += 1;
      size.depth = Math.max(size.depth, depth);
      size.cost += multiplier;
      if (!selection.selectionSet) continue;
      const named = parent ? getNamedType(parent) : null;
      const field = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields()[selection.name.value] : undefined;
      const isList = field ? isListType(getNullableType(field.type)) : false;
      const first = selection.arguments?.find((a) => a.name.value === 'first');
      const items = isList ? listSize(first?.value, variables) : 1;
      visit(selection.selectionSet, field?.type, depth + 1, multiplier * items, seen);
    }
  };
  visit(operation.selectionSet, root, 1, 1, new Set());
  return size;
}

function listSize(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (!value) return DEFAULT_LIST_SIZE;
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isFinite(given) ? Math.max(1, given) : DEFAULT_LIST_SIZE;
  }
  return DEFAULT_LIST_SIZE;
}
