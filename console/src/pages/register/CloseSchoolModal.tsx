import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { CloseSchoolDocument, ReopenSchoolDocument, type RegisterSchoolFieldsFragment, type RegisterWriteFieldsFragment } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { OPEN_STATUS_CHOICES } from './registerOptions';
import { useRegisterWrite } from './useRegisterWrite';

interface Values {
  closedOn?: Dayjs;
  reason?: string;
  status?: 'OPEN' | 'PLANNED';
}

/**
 * 撤销学校 (with the date and the reason; the school stays in the register, marked) or, for a closed
 * school, 重新开办 as open or planned (its closing stays in its history). Either goes to review.
 */
export function CloseSchoolModal({ school, onClose, onSubmitted }: {
  school: RegisterSchoolFieldsFragment | null;
  onClose(): void;
  onSubmitted(result: RegisterWriteFieldsFragment): void;
}) {
  const client = useClient();
  const [form] = Form.useForm<Values>();
  const { busy, failure, send, clearFailure } = useRegisterWrite(form, onSubmitted);
  const reopening = school?.status === 'CLOSED';

  useEffect(() => {
    clearFailure();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [school?.id]);

  const save = async () => {
    if (!school) return;
    const values = await form.validateFields();
    await send(async () =>
      reopening
        ? (await client.request(ReopenSchoolDocument, { id: school.id, status: values.status ?? 'OPEN' })).reopenSchool
        : (await client.request(CloseSchoolDocument, { id: school.id, closedOn: values.closedOn!.format('YYYY-MM-DD'), reason: values.reason!.trim() })).closeSchool,
    );
  };

  return (
    <Modal
      title={school ? `${reopening ? '重新开办' : '撤销'}：${school.name}` : ''}
      open={!!school}
      okText="提交审核"
      okButtonProps={{ danger: !reopening }}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      {reopening ? (
        <Form<Values> form={form} layout="vertical" name="reopen" initialValues={{ status: 'OPEN' }}>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`该校于 ${school.closedOn ?? '—'} 撤销（${school.closureReason ?? '—'}）；重新开办后，撤销记录仍保留在历史版本中。`} />
          <Form.Item name="status" label="重新开办后的状态">
            <Radio.Group options={OPEN_STATUS_CHOICES} />
          </Form.Item>
        </Form>
      ) : (
        <Form<Values> form={form} layout="vertical" name="close" onValuesChange={clearFailure}>
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="学校不会被删除：撤销后仍留在名录中，标为已撤销，可查询历史。" />
          <Form.Item name="closedOn" label="撤销日期" rules={[{ required: true, message: '请选择撤销日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label="撤销原因" rules={[{ required: true, whitespace: true, message: '请填写撤销原因（如：并入某校）' }]}>
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
