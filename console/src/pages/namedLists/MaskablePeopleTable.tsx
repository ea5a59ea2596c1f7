import { Alert, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorText, label, useApiQuery } from '../../api';

export interface ListPerson {
  name: string;
  idNumber: string | null;
  category: string | null;
}

/**
 * A list's people as the service serves them: masked as published; the bureau of the list's district
 * may switch to the full names and numbers (显示完整: the service refuses anyone else and records the read).
 * `read` asks the service; `readKey` names what is read (the list or the change), so a new one reloads.
 * `maskedOnly` (a school's own lists): no switch, masked only.
 */
export function MaskablePeopleTable({ read, readKey, title, maskedOnly = false }: { read: (unmasked: boolean) => Promise<ListPerson[]>; readKey: string; title?: string; maskedOnly?: boolean }) {
  const [unmasked, setUnmasked] = useState(false);
  const entries = useApiQuery(() => read(unmasked), [readKey, unmasked]);
  return (
    <>
      {maskedOnly ? (title && <Typography.Text strong>{title}（按公示样式遮蔽显示）</Typography.Text>) : <Space style={{ marginBottom: 8 }}>
        {title && <Typography.Text strong>{title}</Typography.Text>}
        <Switch checked={unmasked} onChange={setUnmasked} aria-label={`显示完整姓名和证件号码${title ? `（${title}）` : ''}`} />
        <Typography.Text>{unmasked ? '显示完整信息（仅本局可见，请勿外传）' : '按公示样式遮蔽显示'}</Typography.Text>
      </Space>}
      {!!entries.error && <Alert type="error" showIcon role="alert" message={errorText(entries.error)} />}
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        loading={entries.loading}
        dataSource={entries.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '身份证号', dataIndex: 'idNumber', render: (v: string | null) => v ?? '—' },
          { title: '类别', dataIndex: 'category', render: (v: string | null) => (v ? label(v) : '—') },
        ]}
      />
    </>
  );
}
