import { BarChartOutlined, CloudUploadOutlined, EnvironmentOutlined, FileSearchOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { ConsoleMenuItem } from '../layout/ConsoleMenuItem';
import { AccountsPage } from '../pages/accounts/AccountsPage';
import { AuditPage } from '../pages/audit/AuditPage';
import { CompliancePage } from '../pages/compliance/CompliancePage';
import { ImportsPage } from '../pages/imports/ImportsPage';
import { LedgerPage } from '../pages/ledger/LedgerPage';
import { ZonesPage } from '../pages/zones/ZonesPage';

/**
 * The bureau's pages other than 审核 (imports, zones, accounts, audit, compliance, ledger). App.tsx mounts
 * these routes under the signed-in bureau layout (paths relative to `/`, e.g. `imports`), behind
 * <RequireAccount role="BUREAU">; the layout lists `bureauMenu` after 审核 for bureau accounts.
 */
export const bureauRoutes: RouteObject[] = [
  { path: 'imports', element: <Contrast><ImportsPage /></Contrast> },
  { path: 'zones', element: <Contrast><ZonesPage /></Contrast> },
  { path: 'compliance', element: <Contrast><CompliancePage /></Contrast> },
  { path: 'ledger', element: <Contrast><LedgerPage /></Contrast> },
  { path: 'accounts', element: <Contrast><AccountsPage /></Contrast> },
  { path: 'audit', element: <Contrast><AuditPage /></Contrast> },
];

/**
 * Ant Design's default blue (#1677ff) and secondary text (45 % black) are about 4:1 on white, under
 * WCAG AA's 4.5:1 (axe flags them as serious), and its error red is 3.3:1: these pages use blue-7
 * (6.2:1), 65 % black (7:1) and red-7 (5.6:1).
 * Nested, so the locale and CSP nonce of App's ConfigProvider still apply. Belongs in App's theme
 * once the whole console takes it.
 */
function Contrast({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#0958d9', colorInfo: '#0958d9', colorLink: '#0958d9', colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorError: '#cf1322' } }}>
      {children}
    </ConfigProvider>
  );
}

/** In the order of the year's work: data in, zones checked, then oversight. */
export const bureauMenu: ConsoleMenuItem[] = [
  { path: '/imports', label: '导入数据', icon: <CloudUploadOutlined /> },
  { path: '/zones', label: '划片方案', icon: <EnvironmentOutlined /> },
  { path: '/compliance', label: '信息公开合规', icon: <BarChartOutlined /> },
  { path: '/ledger', label: '发布日志', icon: <SafetyCertificateOutlined /> },
  { path: '/accounts', label: '账户管理', icon: <UserOutlined /> },
  { path: '/audit', label: '审计日志', icon: <FileSearchOutlined /> },
];
