import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { AdmissionsContext } from './AdmissionsContext';
import { consultationResolvers } from './consultationResolvers';
import { namedListResolvers } from './namedListResolvers';
import { planResolvers } from './planResolvers';
import { policyResolvers } from './policyResolvers';
import { recordResolvers } from './recordResolvers';
import { reviewResolvers } from './reviewResolvers';
import { schoolResolvers } from './schoolResolvers';
import { summaryResolvers } from './summaryResolvers';
import { workflowResolvers } from './workflowResolvers';

const parts = [recordResolvers, workflowResolvers, policyResolvers, namedListResolvers, summaryResolvers, schoolResolvers, reviewResolvers, planResolvers, consultationResolvers] as Record<string, Record<string, unknown>>[];

/** Every resolver of the subgraph, merged per type from the files that own them. */
export const resolvers = parts.reduce<Record<string, Record<string, unknown>>>((merged, part) => {
  for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  return merged;
}, {}) as unknown as GraphQLResolverMap<AdmissionsContext>;
