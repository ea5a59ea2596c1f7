import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { OperationLimits } from './OperationLimits';
import { queryTooComplex, type LimitName } from './queryTooComplex';

/**
 * GraphQL Armor's depth, alias, directive and cost rules, run by Apollo with graphql-js's own
 * validation, after the token limit has bounded the document's size (so every rule here is linear in
 * at most `maxTokens` tokens). A refusal is reported as QUERY_TOO_COMPLEX naming the limit and its
 * value, instead of Armor's default thrown "Syntax Error".
 */
export function armorValidationRules(limits: OperationLimits): ValidationRule[] {
  const refuse = (limit: ArmorLimit, max: number) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // Armor's message ends "…limit of N exceeded, found M."; M is the one number it does not give otherwise.
        const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
        const message = found === undefined ? error.message.replace(/^Syntax Error: /, '') : MESSAGES[limit](Math.ceil(Number(found)), max);
        context?.reportError(queryTooComplex(message, limit, max));
      },
    ],
  });
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...refuse('maxDepth', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...refuse('maxAliases', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refuse('maxDirectives', limits.maxDirectives) }),
    costLimitRule({ maxCost: limits.maxCost, flattenFragments: true, ...refuse('maxCost', limits.maxCost) }),
  ] as ValidationRule[];
}

type ArmorLimit = Extract<LimitName, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>;

const count = (n: number) => n.toLocaleString('en-US');
const MESSAGES: Record<ArmorLimit, (found: number, max: number) => string> = {
  maxDepth: (found, max) => `The query is ${found} levels deep; the limit is ${max}.`,
  maxAliases: (found, max) => `The query uses ${found} aliases; the limit is ${max}.`,
  maxDirectives: (found, max) => `The query uses ${found} directives; the limit is ${max}.`,
  maxCost: (found, max) => `The query's estimated cost is ${count(found)}; the limit is ${count(max)}. Ask for smaller pages (first).`,
};
