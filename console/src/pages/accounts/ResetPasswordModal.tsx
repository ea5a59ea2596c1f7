import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api';
import { useClient } from '../../auth';
import { accountsApi } from './accountsApi';
import { passwordRules } from './passwordRules';

/** 重置密码 of one account; its sessions end at the gateway. */
export function ResetPasswordModal({ username, onClose, onDone }: { username: string | null; onClose(): void; onDone(username: string): void }) {
  const client = useClient();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    if (!username) return;
    const { password } = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await accountsApi.resetPassword(client, username, password);
      form.resetFields();
      onDone(username);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={`重置密码：${username ?? ''}`} open={username !== null} onOk={() => void submit()} onCancel={onClose} okText="重置" cancelText="取消" confirmLoading={busy} destroyOnClose>
      <Form form={form} layout="vertical">
        <Form.Item name="password" label="新密码" rules={passwordRules(() => username ?? undefined)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure && <div role="alert" style={{ color: '#cf1322' }}>{failure}</div>}
      </Form>
    </Modal>
  );
}
