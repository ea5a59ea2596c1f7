import { AuditOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { errorText } from '../api';
import { useAccount, useAuth } from '../auth';
import { bureauMenu } from '../routes/bureauRoutes';
import type { ConsoleMenuItem } from './ConsoleMenuItem';
import { schoolMenu } from './schoolMenu';

const reviewMenu: ConsoleMenuItem[] = [{ path: '/review', label: '审核', icon: <AuditOutlined /> }];

/** The frame of every signed-in page: the menu for the account's role, who is signed in, sign-out. */
export function ConsoleLayout() {
  const account = useAccount();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = AntApp.useApp();
  const menu = account.role === 'BUREAU' ? [...reviewMenu, ...bureauMenu] : schoolMenu;
  // The deepest menu path the current location falls under is the selected one.
  const selected = menu
    .map((item) => item.path)
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];

  const onSignOut = async () => {
    try {
      const endSessionUrl = await signOut();
      // A provider session ends at the provider, which sends the browser back to the console.
      if (endSessionUrl) {
        window.location.assign(endSessionUrl);
        return;
      }
    } catch (error) {
      message.error(errorText(error));
    }
    navigate('/sign-in', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 20px', fontWeight: 600 }}>招生信息工作台</div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={menu.map((item) => ({ key: item.path, icon: item.icon, label: item.label }))}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: 24, display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle">
            <Typography.Text>
              {account.displayName}（{account.role === 'BUREAU' ? `教育局 ${account.districtCode}` : (account.schoolName ?? account.schoolId)}）
            </Typography.Text>
            <Button type="link" icon={<KeyOutlined />} onClick={() => navigate('/account/password')}>
              修改密码
            </Button>
            <Button type="link" icon={<LogoutOutlined />} onClick={onSignOut}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
