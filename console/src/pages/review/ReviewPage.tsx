import { Card, Typography } from 'antd';

/** 审核: everything waiting for a second officer, with the difference against the version in force. */
export function ReviewPage() {
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20 }}>
        审核
      </Typography.Title>
    </Card>
  );
}
