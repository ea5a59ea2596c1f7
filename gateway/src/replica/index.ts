export { CatchmentsReplica, type CatchmentsReplicaOptions } from './CatchmentsReplica';
export { replicaOptionsFrom } from './replicaOptionsFrom';
