import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText, label, useApiQuery } from '../../api';
import {
  RegisterChangesWaitingDocument,
  RegisterSchoolsDocument,
  type RegisterSchoolFieldsFragment,
  type RegisterWriteFieldsFragment,
  type SchoolFilter,
} from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { reviewItemPath } from '../review/reviewItemPath';
import { CloseSchoolModal } from './CloseSchoolModal';
import { OWNERSHIP_CHOICES, STAGE_CHOICES, STATUS_CHOICES, STATUS_COLOURS } from './registerOptions';
import { SchoolFormModal } from './SchoolFormModal';
import { SchoolHistoryDrawer } from './SchoolHistoryDrawer';

const PAGE_SIZE = 20;

type School = RegisterSchoolFieldsFragment;
type Filter = Pick<SchoolFilter, 'text' | 'stage' | 'status' | 'ownership'>;

/**
 * 学校名录: the district's schools, filtered and a page at a time (the schools query's cursor), each
 * with its history; 新增学校, 修改, 撤销 and 重新开办 each submit a register change that a second
 * officer approves in 审核 before anything is public.
 */
export function RegisterPage() {
  const client = useClient();
  const account = useAccount();
  const [filterForm] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({});
  // The cursor each page starts after: page 1 at the start, page n+1 after page n's endCursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const [editing, setEditing] = useState<School | 'new' | null>(null);
  const [closing, setClosing] = useState<School | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<RegisterWriteFieldsFragment | null>(null);

  const schools = useApiQuery(
    async () => (await client.request(RegisterSchoolsDocument, { filter: { ...filter, districtCode: account.districtCode }, first: PAGE_SIZE, after: cursors.at(-1) ?? null })).schools,
    [client, account.districtCode, filter, cursors],
  );
  const waiting = useApiQuery(async () => (await client.request(RegisterChangesWaitingDocument, { districtCode: account.districtCode })).registerChanges ?? [], [client, account.districtCode]);
  const waitingFor = new Map((waiting.data ?? []).map((c) => [c.recordKey, c.id]));

  const applyFilter = (values: Filter) => {
    const text = values.text?.trim();
    setFilter({ ...(text ? { text } : {}), ...(values.stage ? { stage: values.stage } : {}), ...(values.status ? { status: values.status } : {}), ...(values.ownership ? { ownership: values.ownership } : {}) });
    setCursors([null]);
  };
  const submittedNow = (result: RegisterWriteFieldsFragment) => {
    setEditing(null);
    setClosing(null);
    setSubmitted(result.change ? result : null);
    waiting.reload();
  };

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <div>
            <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>学校名录</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              本区登记的全部学校（含筹建中和已撤销）。新增、修改、撤销和重新开办都要经本局另一位工作人员审核通过后才生效；学校不会被删除。
            </Typography.Paragraph>
          </div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新增学校</Button>
        </Space>
      </Card>
      {submitted?.change && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSubmitted(null)}
          style={{ marginBottom: 16 }}
          message={<>已提交审核：{submitted.change.summary}。<Link to={reviewItemPath(submitted.change.id)} style={{ textDecoration: 'underline' }}>查看审核事项</Link></>}
          description={submitted.warnings.length ? submitted.warnings.join('；') : undefined}
        />
      )}
      <Card>
        <Form<Filter> form={filterForm} layout="inline" onFinish={applyFilter} style={{ marginBottom: 16, rowGap: 8 }} name="registerFilter">
          <Form.Item name="text" label="名称或地址">
            <Input allowClear placeholder="如：实验" style={{ width: 180 }} maxLength={50} />
          </Form.Item>
          <Form.Item name="stage" label="学段">
            <Select allowClear placeholder="全部" options={STAGE_CHOICES} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="status" label="办学状态">
            <Select allowClear placeholder="全部" options={STATUS_CHOICES} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="ownership" label="办学性质">
            <Select allowClear placeholder="全部" options={OWNERSHIP_CHOICES} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">查询</Button>
              <Button onClick={() => { filterForm.resetFields(); applyFilter({}); }}>重置</Button>
            </Space>
          </Form.Item>
        </Form>
        {!!schools.error && <Alert type="error" showIcon role="alert" message={errorText(schools.error)} style={{ marginBottom: 16 }} />}
        <Table<School>
          size="small"
          rowKey="id"
          loading={schools.loading}
          dataSource={schools.data?.nodes ?? []}
          pagination={false}
          columns={[
            { title: '学校标识码', dataIndex: 'id', width: 120 },
            {
              title: '学校名称',
              dataIndex: 'name',
              render: (name: string, s) => (
                <>
                  {name}
                  {s.sampleData && <Tag style={{ marginLeft: 8 }}>示例数据</Tag>}
                  {waitingFor.has(s.id) && (
                    <Link to={reviewItemPath(waitingFor.get(s.id)!)} style={{ marginLeft: 8 }}>
                      <Tag color="processing">有待审核的修改</Tag>
                    </Link>
                  )}
                </>
              ),
            },
            { title: '学段', dataIndex: 'stages', width: 120, render: (stages: string[]) => stages.map(label).join('、') },
            { title: '办学性质', dataIndex: 'ownership', width: 80, render: label },
            { title: '办学状态', dataIndex: 'status', width: 90, render: (status: School['status']) => <Tag color={STATUS_COLOURS[status]}>{label(status)}</Tag> },
            { title: '招生咨询电话', dataIndex: 'enquiryPhone', width: 130, render: (p: string | null) => p ?? '—' },
            { title: '版本', dataIndex: 'version', width: 60 },
            {
              title: '操作',
              key: 'actions',
              width: 210,
              render: (_, s) => (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setHistoryOf(s.id)} aria-label={`${s.name} 的历史`}>历史</Button>
                  {s.status !== 'CLOSED' && <Button size="small" type="link" onClick={() => setEditing(s)} aria-label={`修改 ${s.name}`}>修改</Button>}
                  <Button size="small" type="link" danger={s.status !== 'CLOSED'} onClick={() => setClosing(s)} aria-label={`${s.status === 'CLOSED' ? '重新开办' : '撤销'} ${s.name}`}>
                    {s.status === 'CLOSED' ? '重新开办' : '撤销'}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">
            共 {schools.data?.totalCount ?? 0} 所，第 {page} 页（每页 {PAGE_SIZE} 所）
          </Typography.Text>
          <Space>
            <Button disabled={page === 1 || schools.loading} onClick={() => setCursors((c) => c.slice(0, -1))}>上一页</Button>
            <Button disabled={!schools.data?.hasNextPage || schools.loading} onClick={() => setCursors((c) => [...c, schools.data!.endCursor])}>下一页</Button>
          </Space>
        </Space>
      </Card>
      <SchoolFormModal school={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} onSubmitted={submittedNow} />
      <CloseSchoolModal school={closing} onClose={() => setClosing(null)} onSubmitted={submittedNow} />
      <SchoolHistoryDrawer schoolId={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
