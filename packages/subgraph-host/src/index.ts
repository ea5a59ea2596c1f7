export { createSubgraphApp } from './createSubgraphApp';
export type { RequestContext, SubgraphApp, SubgraphAppOptions } from './createSubgraphApp';
export { listen, stopOnSignal } from './serveUntilSignal';
export { loadSchema } from './loadSchema';
export { parseJsonArgument } from './parseJsonArgument';
export { runSubgraphProcess } from './runSubgraphProcess';
