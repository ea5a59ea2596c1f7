import type { RequestContext } from '@zsgk/subgraph-host';
import type { LedgerQueries } from '../api/LedgerQueries';

export interface LedgerContext extends RequestContext {
  ledger: LedgerQueries;
}
