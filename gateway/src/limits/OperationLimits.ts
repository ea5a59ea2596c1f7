/** What one GraphQL request may ask of the gateway (see gateway/README.md, "Limits"). */
export interface OperationLimits {
  /** Lexical tokens in the document; enforced while parsing, before anything else looks at it. */
  maxTokens: number;
  /** Field nesting, a top-level field being 1 (fragments flattened). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** GraphQL Armor's cost: 2 per object field, 1 per scalar, ×1.5 per level, × a literal `first`. */
  maxCost: number;
  /** Nesting of the variables' JSON. */
  maxVariablesDepth: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxTokens: 1000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxCost: 50_000,
  maxVariablesDepth: 12,
};
