import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { errorText, type Account } from '../../api';
import { useClient } from '../../auth';
import { accountsApi, type NewAccount } from './accountsApi';
import { passwordRules } from './passwordRules';

/** 新建账户: an officer of the district, or a school clerk of one of its registered schools. */
export function CreateAccountModal({ open, schools, onClose, onCreated }: {
  open: boolean;
  schools: { id: string; name: string }[];
  onClose(): void;
  onCreated(account: Account): void;
}) {
  const client = useClient();
  const [form] = Form.useForm<NewAccount>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const role = Form.useWatch('role', form);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      onCreated(await accountsApi.create(client, { ...values, schoolId: values.role === 'SCHOOL' ? values.schoolId : undefined }));
      form.resetFields();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="新建账户" open={open} onOk={() => void submit()} onCancel={onClose} okText="创建" cancelText="取消" confirmLoading={busy} destroyOnClose>
      <Form<NewAccount> form={form} layout="vertical" initialValues={{ role: 'SCHOOL' }}>
        <Form.Item name="role" label="账户类型">
          <Radio.Group options={[{ value: 'SCHOOL', label: '学校填报人员' }, { value: 'BUREAU', label: '教育局工作人员' }]} />
        </Form.Item>
        {role === 'SCHOOL' && (
          <Form.Item name="schoolId" label="学校" rules={[{ required: true, message: '请选择学校' }]}>
            <Select showSearch optionFilterProp="label" placeholder="输入校名查找" options={schools.map((s) => ({ value: s.id, label: `${s.name}（${s.id}）` }))} />
          </Form.Item>
        )}
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }, { pattern: /^[A-Za-z0-9_.-]{3,40}$/, message: '用户名为 3–40 位字母、数字、下划线、点或连字符' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label="初始密码" rules={passwordRules(() => form.getFieldValue('username'))} extra="至少 10 个字符；请当面或电话告知本人，首次登录后修改。">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure && <div role="alert" style={{ color: '#cf1322' }}>{failure}</div>}
      </Form>
    </Modal>
  );
}
