import { Alert, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorText, label, useApiQuery } from '../../api';
import { NamedListEntriesDocument } from '../../api/generated/graphql';
import { useClient } from '../../auth';

/**
 * A published list's people: masked as published; the bureau of the list's district may switch to the
 * full names and numbers (the service refuses anyone else, and the read is the bureau's alone).
 */
export function NamedListEntriesTable({ listId }: { listId: string }) {
  const client = useClient();
  const [unmasked, setUnmasked] = useState(false);
  const entries = useApiQuery(async () => (await client.request(NamedListEntriesDocument, { id: listId, unmasked })).namedList?.entries ?? [], [client, listId, unmasked]);
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Switch checked={unmasked} onChange={setUnmasked} aria-label="显示完整姓名和证件号码" />
        <Typography.Text>{unmasked ? '显示完整信息（仅本局可见，请勿外传）' : '按公示样式遮蔽显示'}</Typography.Text>
      </Space>
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
