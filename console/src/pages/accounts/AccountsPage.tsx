import { PlusOutlined } from '@ant-design/icons';
import { beijingTime } from '../../api/labels';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorText, type Account } from '../../api';
import { BureauAccountSchoolsDocument } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { accountsApi } from './accountsApi';
import { CreateAccountModal } from './CreateAccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';

const when = (iso: string | null) => (iso ? beijingTime(iso) : '—');

/** 账户: the district's officers and school clerks; create, disable or enable, reset a password. */
export function AccountsPage() {
  const client = useClient();
  const me = useAccount();
  const { message, modal } = App.useApp();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [schools, setSchools] = useState<{ id: string; name: string }[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setAccounts(await accountsApi.list(client));
      setFailure(null);
    } catch (error) {
      setFailure(errorText(error));
    }
  }, [client]);

  useEffect(() => {
    void load();
    client.request(BureauAccountSchoolsDocument, { districtCode: me.districtCode })
      .then((data) => setSchools(data.schools?.nodes.filter((s) => s.status !== 'CLOSED') ?? []))
      .catch((error: unknown) => setFailure(errorText(error)));
  }, [client, load, me.districtCode]);

  const toggle = (account: Account) => {
    const disabling = !account.disabled;
    modal.confirm({
      title: `${disabling ? '停用' : '启用'}账户 ${account.username}？`,
      content: disabling ? '停用后该账户不能登录，已登录的会话将失效。' : '启用后该账户可以重新登录。',
      okText: disabling ? '停用' : '启用',
      cancelText: '取消',
      onOk: async () => {
        try {
          await accountsApi.setDisabled(client, account.username, disabling);
          message.success(`已${disabling ? '停用' : '启用'} ${account.username}`);
          await load();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>账户管理</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建账户</Button>
      </Space>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Table<Account>
        rowKey="username"
        loading={accounts === null && !failure}
        dataSource={accounts ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '类型', dataIndex: 'role', render: (role: Account['role']) => (role === 'BUREAU' ? '教育局' : '学校') },
          { title: '学校', key: 'school', render: (_: unknown, a) => a.schoolName ?? a.schoolId ?? '—' },
          { title: '状态', dataIndex: 'disabled', render: (disabled: boolean) => (disabled ? <Tag color="#595959">已停用</Tag> : <Tag color="#237804">正常</Tag>) },
          { title: '上次登录', dataIndex: 'lastSignInAt', render: when },
          { title: '创建时间', dataIndex: 'createdAt', render: when },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, a) => (
              <Space>
                {/* Four-character labels: antd spaces out two-character ones (停 用), which would no longer match the accessible name. */}
                <Button size="small" onClick={() => toggle(a)} disabled={a.username === me.username} aria-label={`${a.disabled ? '启用账户' : '停用账户'} ${a.username}`}>
                  {a.disabled ? '启用账户' : '停用账户'}
                </Button>
                <Button size="small" onClick={() => setResetting(a.username)} aria-label={`重置密码 ${a.username}`}>重置密码</Button>
              </Space>
            ),
          },
        ]}
      />
      <CreateAccountModal
        open={creating}
        schools={schools}
        onClose={() => setCreating(false)}
        onCreated={(account) => {
          setCreating(false);
          message.success(`已创建账户 ${account.username}`);
          void load();
        }}
      />
      <ResetPasswordModal username={resetting} onClose={() => setResetting(null)} onDone={(u) => { setResetting(null); message.success(`已重置 ${u} 的密码`); }} />
    </Card>
  );
}
