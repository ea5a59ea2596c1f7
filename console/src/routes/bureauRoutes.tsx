import { FileProtectOutlined, ScheduleOutlined } from '@ant-design/icons';
import { BankOutlined, BarChartOutlined, CloudUploadOutlined, EnvironmentOutlined, FileSearchOutlined, SafetyCertificateOutlined, SolutionOutlined, UserOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { ConsoleMenuItem } from '../layout/ConsoleMenuItem';
import { AccountsPage } from '../pages/accounts/AccountsPage';
import { AuditPage } from '../pages/audit/AuditPage';
import { CompliancePage } from '../pages/compliance/CompliancePage';
import { ImportsPage } from '../pages/imports/ImportsPage';
import { LedgerPage } from '../pages/ledger/LedgerPage';
import { NamedListsPage } from '../pages/namedLists/NamedListsPage';
import { RegisterPage } from '../pages/register/RegisterPage';

/**
 * The bureau's pages other than 审核 (imports, zones, accounts, audit, compliance, ledger). App.tsx mounts
 * these routes under the signed-in bureau layout (paths relative to `/`, e.g. `imports`), behind
 * <RequireAccount role="BUREAU">; the layout lists `bureauMenu` after 审核 for bureau accounts.
 */
export const bureauRoutes: RouteObject[] = [
  { path: 'imports', element: <ImportsPage /> },
  // Loaded when opened: Leaflet (43 kB gzip) stays out of the first load of every other page.
  { path: 'zones', lazy: async () => ({ Component: (await import('../pages/zones/ZonesPage')).ZonesPage }) },
  // Loaded when opened, like 划片: the rules editor and the policy documents are a few days' work a year.
  { path: 'rules', lazy: async () => ({ Component: (await import('../pages/rules/RulesPage')).RulesPage }) },
  { path: 'policies', lazy: async () => ({ Component: (await import('../pages/policies/PoliciesPage')).PoliciesPage }) },
  { path: 'compliance', element: <CompliancePage /> },
  { path: 'ledger', element: <LedgerPage /> },
  { path: 'accounts', element: <AccountsPage /> },
  { path: 'audit', element: <AuditPage /> },
  { path: 'register', element: <RegisterPage /> },
  { path: 'named-lists', element: <NamedListsPage /> },
];

/** In the order of the year's work: data in, zones checked, then oversight. */
export const bureauMenu: ConsoleMenuItem[] = [
  { path: '/imports', label: '导入数据', icon: <CloudUploadOutlined /> },
  { path: '/zones', label: '划片方案', icon: <EnvironmentOutlined /> },
  { path: '/rules', label: '招生规则', icon: <ScheduleOutlined /> },
  { path: '/policies', label: '政策文件', icon: <FileProtectOutlined /> },
  { path: '/compliance', label: '信息公开合规', icon: <BarChartOutlined /> },
  { path: '/ledger', label: '发布日志', icon: <SafetyCertificateOutlined /> },
  { path: '/accounts', label: '账户管理', icon: <UserOutlined /> },
  { path: '/audit', label: '审计日志', icon: <FileSearchOutlined /> },
  { path: '/register', label: '学校名录', icon: <BankOutlined /> },
  { path: '/named-lists', label: '名单公示', icon: <SolutionOutlined /> },
];
