import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { beijingTime } from '../../api';
import { useAccount, useClient } from '../../auth';
import { reviewActions, type ReviewSource } from './reviewActions';
import { reviewErrorText } from './reviewErrorText';

export interface ReviewItem {
  source: ReviewSource;
  id: string;
  /** 录取数据, 招生计划, 学校名册, 划片 … */
  kindLabel: string;
  /** The school or record it is about. */
  title: string;
  summary: string;
  submittedBy: string;
  submittedAt: string;
  /** The comparison with the version in force. */
  detail: ReactNode;
}

/** One waiting item: what it is, its difference against the version in force, 通过 or 退回 with a reason. */
export function ReviewItemCard({ item, onDecided }: { item: ReviewItem; onDecided: () => void }) {
  const client = useClient();
  const account = useAccount();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const decide = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      message.success(done);
      setReturning(false);
      onDecided();
    } catch (caught) {
      setError(reviewErrorText(caught, item, account.username));
      setReturning(false);
    } finally {
      setBusy(false);
    }
  };
  const actions = reviewActions[item.source];

  return (
    <Card
      title={`${item.kindLabel} · ${item.title}`}
      style={{ marginBottom: 16 }}
      data-review-id={item.id}
      actions={[
        <Space key="decide" style={{ padding: '0 16px', justifyContent: 'flex-end', width: '100%' }}>
          <Button type="primary" loading={busy} onClick={() => void decide(() => actions.approve(client, item.id), '已审核通过并发布')}>
            审核通过
          </Button>
          <Button danger loading={busy} onClick={() => setReturning(true)}>
            退回
          </Button>
        </Space>,
      ]}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="摘要">{item.summary}</Descriptions.Item>
        <Descriptions.Item label="提交人">{item.submittedBy}</Descriptions.Item>
        <Descriptions.Item label="提交时间">{beijingTime(item.submittedAt)}</Descriptions.Item>
      </Descriptions>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      {item.detail}
      <Modal
        title={`退回：${item.kindLabel} · ${item.title}`}
        open={returning}
        okText="退回"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="取消"
        onCancel={() => setReturning(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={({ reason }) => void decide(() => actions.giveBack(client, item.id, reason.trim()), '已退回，提交人将看到退回原因')}>
          <Form.Item label="退回原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写退回原因，提交人会看到它' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
