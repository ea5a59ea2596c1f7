import { Card, Typography } from 'antd';

/** 待办事项: what the school must publish, by when, in working days. */
export function TodoPage() {
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20 }}>
        待办事项
      </Typography.Title>
    </Card>
  );
}
