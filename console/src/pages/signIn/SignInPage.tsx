import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { messageFor } from '@zsgk/messages';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorText } from '../../api';
import { useAuth } from '../../auth';

interface SignInValues {
  username: string;
  password: string;
}

/** 登录: username and password; a locked account is told how long to wait. */
export function SignInPage() {
  const { account, signIn, client } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // The gateway sends a failed identity-provider sign-in back to the console as ?signInError=<CODE>.
  const providerError = new URLSearchParams(from.split('?')[1] ?? location.search).get('signInError');
  const [error, setError] = useState<string | null>(providerError ? `统一身份认证登录失败：${messageFor(providerError)}` : null);
  const [busy, setBusy] = useState(false);

  if (account) return <Navigate to={from.split('?')[0] || '/'} replace />;

  const onFinish = async ({ username, password }: SignInValues) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      navigate(from, { replace: true });
    } catch (caught) {
      // ACCOUNT_LOCKED's message says how long to wait (details.retryAfterSeconds).
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center' }}>
          招生信息工作台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          学校填报与教育局审核
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form<SignInValues> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        {client.options.oidcSignIn && (
          <>
            <Divider plain>或</Divider>
            {/* A top-level navigation: the gateway redirects to the identity provider and back to the console. */}
            <Button block href={client.url('/auth/oidc/start')}>
              使用统一身份认证登录
            </Button>
          </>
        )}
      </Card>
    </main>
  );
}
