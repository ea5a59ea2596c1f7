import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { hasMessage, messageFor } from '@zsgk/messages';
import { useState } from 'react';
import { beijingTime } from '../../api/labels';
import { errorText, readAnswer, useApiQuery } from '../../api';
import { useClient } from '../../auth';
import { operationText, type AuditEntry } from './AuditEntry';
import { auditSearchParams, type AuditFilterValues } from './auditSearchParams';

const PAGE_SIZE = 50;
const ROLE_LABEL: Record<AuditEntry['role'], string> = { BUREAU: '教育局', SCHOOL: '学校', PUBLIC: '未登录' };

interface AuditPageAnswer {
  entries: AuditEntry[];
  total: number;
  /** Every operation in the district's log, for the 操作 filter. */
  operations: string[];
}

/**
 * 审计: who did what and when in the bureau's own district. Filters and pages are applied by the
 * gateway's database query (GET /audit?who=&operation=&outcome=&from=&to=&page=&pageSize=), so a
 * filter finds matches however old, not only among the latest entries.
 */
export function AuditPage() {
  const client = useClient();
  const [form] = Form.useForm<AuditFilterValues>();
  const [filter, setFilter] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const answer = useApiQuery(
    async () => readAnswer<AuditPageAnswer>(await client.authorisedFetch(`/audit?${auditSearchParams(filter, page, PAGE_SIZE)}`)),
    [client, filter, page],
  );
  const apply = (values: AuditFilterValues) => {
    setFilter(values);
    setPage(1);
  };

  return (
    <Card>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>审计日志</Typography.Title>
      <Form<AuditFilterValues> form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }} name="auditFilter">
        <Form.Item name="who" label="操作人">
          <Input allowClear placeholder="用户名" style={{ width: 140 }} maxLength={100} />
        </Form.Item>
        <Form.Item name="operation" label="操作">
          <Select allowClear style={{ width: 200 }} placeholder="全部" options={(answer.data?.operations ?? []).map((value) => ({ value, label: operationText(value) }))} showSearch optionFilterProp="label" />
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
      {!!answer.error && <Alert type="error" showIcon message={errorText(answer.error)} role="alert" style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary" data-testid="audit-total">
        本区符合条件的记录共 {answer.data?.total ?? 0} 条（按时间倒序）。
      </Typography.Paragraph>
      <Table<AuditEntry & { key: number }>
        size="small"
        loading={answer.loading}
        dataSource={(answer.data?.entries ?? []).map((e, key) => ({ ...e, key }))}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: answer.data?.total ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage }}
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
