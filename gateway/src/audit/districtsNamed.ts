import { Kind, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';

/**
 * District codes a mutation's root fields name in their arguments — `districtCode: "370812"` or
 * `input: { districtCode: "370812" }`, inline or as variables — so an attempt on another district
 * is filed under that district too (`setSingleOfficerPublishing(districtCode:)` has no audit of its own).
 */
export function districtsNamed(operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): string[] {
  const found = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    for (const argument of selection.arguments ?? []) {
      const value = valueFromASTUntyped(argument.value, variables) as unknown;
      const code = argument.name.value === 'districtCode' ? value : argument.name.value === 'input' ? (value as { districtCode?: unknown } | null)?.districtCode : undefined;
      if (typeof code === 'string') found.add(code);
    }
  }
  return [...found];
}
