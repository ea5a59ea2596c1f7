import { Alert, Descriptions, Drawer, Empty, Spin, Table, Tag, Typography } from 'antd';
import { fieldLabel } from '@zsgk/messages';
import { Link } from 'react-router';
import { beijingTime, errorText, label, useApiQuery } from '../../api';
import { RegisterSchoolHistoryDocument, type RegisterSchoolHistoryQuery } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { reviewItemPath } from '../review/reviewItemPath';
import { ACTION_LABELS, CHANGE_STATUS_COLOURS, CHANGE_STATUS_LABELS, STATUS_COLOURS } from './registerOptions';

type School = NonNullable<RegisterSchoolHistoryQuery['school']>;
type Version = School['history'][number];

const shown = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);
/** The earlier value of a changed field, where the version carries it. */
function earlier(version: Version, field: string): string | null {
  const value = (version as unknown as Record<string, unknown>)[field];
  if (value === undefined) return null;
  return field === 'status' ? label(String(value)) : shown(value as string | null);
}

/**
 * 历史: one school as in force, every register change about it (waiting, returned with the reason,
 * published), and its earlier versions — who replaced each, when, and which fields changed.
 */
export function SchoolHistoryDrawer({ schoolId, onClose }: { schoolId: string | null; onClose(): void }) {
  const client = useClient();
  const account = useAccount();
  const query = useApiQuery(
    async () => (schoolId ? client.request(RegisterSchoolHistoryDocument, { id: schoolId, districtCode: account.districtCode }) : null),
    [client, schoolId, account.districtCode],
  );
  const school = query.data?.school ?? null;
  const changes = (query.data?.registerChanges ?? []).filter((c) => c.recordKey === schoolId || c.changes.some((s) => s.schoolId === schoolId)).reverse();

  return (
    <Drawer title={school ? `${school.name}（${school.id}）` : '学校历史'} open={!!schoolId} onClose={onClose} width={820} destroyOnHidden>
      {query.loading && <Spin />}
      {!!query.error && <Alert type="error" showIcon role="alert" message={errorText(query.error)} />}
      {school && (
        <>
          <Descriptions size="small" bordered column={2} title="现行信息" style={{ marginBottom: 24 }}>
            <Descriptions.Item label="办学状态">
              <Tag color={STATUS_COLOURS[school.status]}>{label(school.status)}</Tag>
              {school.status === 'CLOSED' && `${shown(school.closedOn)}，${shown(school.closureReason)}`}
            </Descriptions.Item>
            <Descriptions.Item label="版本">第 {school.version} 版，{beijingTime(school.updatedAt)}{school.updatedBy ? `，${school.updatedBy}` : ''}</Descriptions.Item>
            <Descriptions.Item label="学段">{school.stages.map(label).join('、')}</Descriptions.Item>
            <Descriptions.Item label="办学性质">{label(school.ownership)}</Descriptions.Item>
            <Descriptions.Item label="地址" span={2}>{school.address}</Descriptions.Item>
            <Descriptions.Item label="招生咨询电话">{shown(school.enquiryPhone)}</Descriptions.Item>
            <Descriptions.Item label="监督举报电话">{shown(school.supervisionPhone)}</Descriptions.Item>
            <Descriptions.Item label="信访接待地址">{shown(school.petitionAddress)}</Descriptions.Item>
            <Descriptions.Item label="位置">{school.location ? `${school.location.lng.toFixed(6)}, ${school.location.lat.toFixed(6)}` : '未测定'}</Descriptions.Item>
          </Descriptions>

          <Typography.Title level={2} style={{ fontSize: 16 }}>变更记录</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            dataSource={changes}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description="没有变更记录" /> }}
            style={{ marginBottom: 24 }}
            columns={[
              { title: '提交时间', dataIndex: 'submittedAt', width: 150, render: (at: string) => beijingTime(at) },
              { title: '操作', dataIndex: 'action', width: 80, render: (a: string) => ACTION_LABELS[a] ?? a },
              { title: '内容', dataIndex: 'summary' },
              { title: '提交人', dataIndex: 'submittedBy', width: 110 },
              {
                title: '审核',
                key: 'review',
                width: 180,
                render: (_, c) => (
                  <>
                    <Tag color={CHANGE_STATUS_COLOURS[c.status]}>{CHANGE_STATUS_LABELS[c.status] ?? c.status}</Tag>
                    {c.status === 'SUBMITTED' ? <Link to={reviewItemPath(c.id)} style={{ textDecoration: 'underline' }}>去审核</Link> : c.reviewedBy && `${c.reviewedBy}`}
                    {c.returnReason && <div>退回原因：{c.returnReason}</div>}
                  </>
                ),
              },
            ]}
          />

          <Typography.Title level={2} style={{ fontSize: 16 }}>历史版本</Typography.Title>
          <Table<Version>
            size="small"
            rowKey="recordId"
            dataSource={school.history}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description="尚无更早的版本" /> }}
            columns={[
              { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第 ${v} 版` },
              { title: '发布', key: 'written', width: 170, render: (_, v) => `${beijingTime(v.writtenAt)}${v.writtenBy ? ` ${v.writtenBy}` : ''}` },
              { title: '被替换', key: 'superseded', width: 170, render: (_, v) => `${beijingTime(v.supersededAt)}${v.supersededBy ? ` ${v.supersededBy}` : ''}` },
              {
                title: '改动的项目（本版本中的值）',
                key: 'fields',
                render: (_, v) =>
                  v.changedFields.map((field) => {
                    const before = earlier(v, field);
                    return <div key={field}>{fieldLabel(field)}{before !== null ? `：${before}` : ''}</div>;
                  }),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
