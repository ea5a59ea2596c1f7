import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useFormSave } from '../rules/useFormSave';
import { SetPolicyDocumentExpiryDocument, type PolicyFieldsFragment } from '../../api/generated/graphql';
import { useClient } from '../../auth';

/**
 * 设置失效: the last day a published document is in force, with the reason, sent for review
 * (setPolicyDocumentExpiry). Approved, it is a new version; the document stays listed, marked 已失效.
 */
export function ExpiryModal({ doc, onClose, onSubmitted }: { doc: PolicyFieldsFragment | null; onClose: () => void; onSubmitted: () => void }) {
  const client = useClient();
  const [form] = Form.useForm<{ effectiveUntil?: Dayjs; reason?: string }>();
  const call = useFormSave(form);
  const { busy, error, setError } = call;
  useEffect(() => {
    setError(null);
    form.resetFields();
  }, [doc, form, setError]);

  const submit = async (values: { effectiveUntil?: Dayjs; reason?: string }) => {
    if (!doc) return;
    const change = await call.run(() =>
      client.request(SetPolicyDocumentExpiryDocument, { id: doc.id, effectiveUntil: values.effectiveUntil!.format('YYYY-MM-DD'), reason: values.reason?.trim() || null }),
    );
    if (change) onSubmitted();
  };

  return (
    <Modal title={doc ? `设置失效：${doc.documentNumber}` : ''} open={Boolean(doc)} okText="提交审核" cancelText="取消" okButtonProps={{ loading: busy }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label="失效日期" name="effectiveUntil" rules={[{ required: true, message: '请选择最后有效的日期' }]} extra="文件在这一天之后不再有效；已引用它的录取结果所在招生期内不能失效">
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写失效原因，随新版本一并公布' }]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder="如 已被兖教发〔2027〕3号替代" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
