import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { hasMessage, messageFor } from '@zsgk/messages';
import { beijingTime } from '../../api/labels';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorText, readAnswer } from '../../api';
import { useClient } from '../../auth';
import { operationText, type AuditEntry } from './AuditEntry';
import { filterAuditEntries } from './filterAuditEntries';

/** Entries read per query: the gateway's maximum. */
const LIMIT = 1000;
const ROLE_LABEL: Record<AuditEntry['role'], string> = { BUREAU: '教育局', SCHOOL: '学校', PUBLIC: '未登录' };

interface FilterValues {
  who?: string;
  operation?: string;
  outcome?: 'OK' | 'ERROR';
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** 审计: who did what and when in the bureau's own district (GET /audit), filterable. */
export function AuditPage() {
  const client = useClient();
  const [form] = Form.useForm<FilterValues>();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [filter, setFilter] = useState<FilterValues>({});
  const [failure, setFailure] = useState<string | null>(null);

  // The end date is sent as `before` (the next midnight); everything else is filtered here.
  const load = useCallback(async (end: Dayjs | null | undefined) => {
    setEntries(null);
    setFailure(null);
    const query = new URLSearchParams({ limit: String(LIMIT) });
    if (end) query.set('before', end.add(1, 'day').startOf('day').toISOString());
    try {
      setEntries((await readAnswer<{ entries: AuditEntry[] }>(await client.authorisedFetch(`/audit?${query}`))).entries);
    } catch (error) {
      setFailure(errorText(error));
      setEntries([]);
    }
  }, [client]);

  useEffect(() => void load(undefined), [load]);

  const shown = useMemo(() => filterAuditEntries(entries ?? [], {
    who: filter.who,
    operation: filter.operation,
    outcome: filter.outcome,
    from: filter.dates?.[0]?.startOf('day').toISOString(),
  }), [entries, filter]);
  const operations = useMemo(() => [...new Set((entries ?? []).flatMap((e) => e.fields))].sort(), [entries]);

  const apply = (values: FilterValues) => {
    setFilter(values);
    void load(values.dates?.[1]);
  };

  return (
    <Card>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>审计日志</Typography.Title>
      <Form<FilterValues> form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="who" label="操作人">
          <Input allowClear placeholder="用户名" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="operation" label="操作">
          <Select allowClear style={{ width: 200 }} placeholder="全部" options={operations.map((value) => ({ value, label: operationText(value) }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="outcome" label="结果">
          <Select allowClear style={{ width: 100 }} placeholder="全部" options={[{ value: 'OK', label: '成功' }, { value: 'ERROR', label: '失败' }]} />
        </Form.Item>
        <Form.Item name="dates" label="日期">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">查询</Button>
            <Button onClick={() => { form.resetFields(); apply({}); }}>重置</Button>
          </Space>
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        显示本区最近 {LIMIT} 条记录中符合条件的 {shown.length} 条（按时间倒序）。
      </Typography.Paragraph>
      <Table<AuditEntry & { key: number }>
        size="small"
        loading={entries === null}
        dataSource={shown.map((e, key) => ({ ...e, key }))}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => beijingTime(at) },
          { title: '操作人', key: 'who', render: (_: unknown, e) => (e.subject ? `${e.subject}（${ROLE_LABEL[e.role]}）` : '未登录') },
          { title: '操作', key: 'op', render: (_: unknown, e) => e.fields.map(operationText).join('、') },
          { title: '对象账户', dataIndex: 'account', render: (a?: string) => a ?? '—' },
          { title: '学校', dataIndex: 'schoolId', render: (s: string | null) => s ?? '—' },
          { title: '结果', key: 'outcome', render: (_: unknown, e) => (e.outcome === 'OK' ? <Tag color="#237804">成功</Tag> : <><Tag color="#a8071a">失败</Tag>{e.errorCodes.map((code) => (hasMessage(code) ? messageFor(code) : code)).join('；')}</>) },
          { title: '来源地址', dataIndex: 'clientAddress', render: (a: string | null) => a ?? '—' },
        ]}
      />
    </Card>
  );
}
