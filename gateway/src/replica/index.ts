export { CatchmentsReplica, type CatchmentsReplicaOptions } from './CatchmentsReplica';
