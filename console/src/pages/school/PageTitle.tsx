import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The page's one <h1>, and a line saying what the page is for. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children && <Typography.Paragraph type="secondary">{children}</Typography.Paragraph>}
    </>
  );
}
