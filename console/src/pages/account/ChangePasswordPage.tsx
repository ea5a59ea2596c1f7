import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api';
import { useAccount, useClient } from '../../auth';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const MIN_LENGTH = 10;

/** 修改密码: the gateway checks the current password and signs out the account's other sessions. */
export function ChangePasswordPage() {
  const client = useClient();
  const account = useAccount();
  const [form] = Form.useForm<PasswordValues>();
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async ({ currentPassword, newPassword }: PasswordValues) => {
    setBusy(true);
    try {
      await client.changePassword(currentPassword, newPassword);
      form.resetFields();
      setOutcome({ type: 'success', text: '密码已修改。其他设备上的登录已失效，需要用新密码重新登录。' });
    } catch (error) {
      setOutcome({ type: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={1} style={{ fontSize: 20 }}>
        修改密码
      </Typography.Title>
      {outcome && <Alert type={outcome.type} showIcon message={outcome.text} role={outcome.type === 'error' ? 'alert' : 'status'} style={{ marginBottom: 16 }} />}
      <Form<PasswordValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={`至少 ${MIN_LENGTH} 位，不能与用户名相同。`}
          rules={[
            { required: true, message: '请输入新密码' },
            { min: MIN_LENGTH, message: `新密码至少 ${MIN_LENGTH} 位` },
            { validator: async (_rule, value: string) => { if (value && value === account.username) throw new Error('新密码不能与用户名相同'); } },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string) => { if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致'); },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
