import type { RouteObject } from 'react-router';
import type { ConsoleMenuItem } from '../layout/ConsoleMenuItem';

/**
 * The bureau's pages other than 审核 (imports, zones, accounts, audit, compliance, ledger). App.tsx mounts
 * these routes under the signed-in bureau layout (paths relative to `/`, e.g. `imports`), behind
 * <RequireAccount role="BUREAU">; the layout lists `bureauMenu` after 审核 for bureau accounts.
 */
export const bureauRoutes: RouteObject[] = [];

export const bureauMenu: ConsoleMenuItem[] = [];
