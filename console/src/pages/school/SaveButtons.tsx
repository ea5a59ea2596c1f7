import { Button, Space } from 'antd';

/**
 * 保存草稿 and 提交审核. 提交审核 is the form's submit button, so Enter in a field submits for review;
 * 保存草稿 saves without submitting.
 */
export function SaveButtons({ busy, locked, onSaveDraft }: { busy: boolean; locked: boolean; onSaveDraft: () => void }) {
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={busy} disabled={locked}>
        提交审核
      </Button>
      <Button onClick={onSaveDraft} loading={busy} disabled={locked}>
        保存草稿
      </Button>
    </Space>
  );
}
