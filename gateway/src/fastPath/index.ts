export { SingleFetchPlans, type SingleFetchPlan } from './SingleFetchPlans';
export { singleFetchFastPath, type FastPath, type FastPathOptions, type InProcessReplica } from './singleFetchFastPath';
