import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Account } from '../api';
import { useAuth } from './AuthContext';

/**
 * Shows its children (or the nested routes) only to a signed-in account of the given role; anyone else is sent to 登录 (with
 * the page to come back to) or told the page is not theirs. This only hides pages: every call they make
 * is checked again by the gateway and the services, which answer FORBIDDEN.
 */
export function RequireAccount({ role, children }: { role?: Account['role']; children?: ReactNode }) {
  const { account } = useAuth();
  const location = useLocation();
  if (!account) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (role && account.role !== role) {
    return <Result status="403" title="无权访问" subTitle={role === 'BUREAU' ? '此页面仅供教育局工作人员使用。' : '此页面仅供学校填报人员使用。'} />;
  }
  return children ? <>{children}</> : <Outlet />;
}
