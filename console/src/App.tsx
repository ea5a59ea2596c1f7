import { App as AntApp, ConfigProvider, Result } from 'antd';
import { useState } from 'react';
import zhCN from 'antd/locale/zh_CN';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import type { GatewayClient } from './api';
import { AuthProvider, RequireAccount, useAccount } from './auth';
import { ConsoleLayout } from './layout';
import { ChangePasswordPage } from './pages/account/ChangePasswordPage';
import { ReviewPage } from './pages/review/ReviewPage';
import { schoolRoutes } from './pages/school/schoolRoutes';
import { SignInPage } from './pages/signIn/SignInPage';
import { bureauRoutes } from './routes/bureauRoutes';
import { theme } from './theme';

/** `/` goes to the role's home: 待办 for a school, 审核 for the bureau. */
function Home() {
  return <Navigate to={useAccount().role === 'BUREAU' ? '/review' : '/school'} replace />;
}

const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: (
      <RequireAccount>
        <ConsoleLayout />
      </RequireAccount>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: 'school', element: <RequireAccount role="SCHOOL" />, children: schoolRoutes },
      {
        element: <RequireAccount role="BUREAU" />,
        children: [{ path: 'review', element: <ReviewPage /> }, ...bureauRoutes],
      },
      { path: '*', element: <Result status="404" title="没有这个页面" /> },
    ],
  },
];

/** The whole console: Chinese locale, the CSP nonce for Ant Design's styles, the session, the pages. */
export function App({ client, cspNonce }: { client: GatewayClient; cspNonce: string | undefined }) {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ConfigProvider locale={zhCN} theme={theme} csp={cspNonce ? { nonce: cspNonce } : undefined}>
      <AntApp>
        <AuthProvider client={client}>
          <RouterProvider router={router} />
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
