import { Alert, Card, Table, Typography } from 'antd';
import { beijingTime, errorText, label, useApiQuery } from '../../api';
import { SchoolPublishedDocument, type SchoolPublishedQuery } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { PageTitle } from './PageTitle';
import { useSchool } from './useSchool';

type Published = NonNullable<SchoolPublishedQuery['school']>;
const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

/** 发布历史: what the school has published (the versions in force), newest first, as the public sees it. */
export function HistoryPage() {
  const client = useClient();
  const { schoolId } = useSchool();
  const published = useApiQuery(async () => (await client.request(SchoolPublishedDocument, { schoolId })).school, [client, schoolId]);
  const school: Published | undefined = published.data ?? undefined;
  const newestFirst = <T extends { year: number; publishedAt: string }>(rows: readonly T[] | undefined) =>
    [...(rows ?? [])].sort((a, b) => b.year - a.year || b.publishedAt.localeCompare(a.publishedAt));
  const version = (v: { version: number; correctionReason: string | null }) => (v.version > 1 ? `第 ${v.version} 版（更正：${v.correctionReason ?? ''}）` : '第 1 版');

  return (
    <Card>
      <PageTitle title="发布历史">本校已向社会公布的数据（现行版本）。更正后的数据以新版本公布，并附更正原因。</PageTitle>
      {published.error ? <Alert type="error" showIcon role="alert" message={errorText(published.error)} /> : null}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        录取数据
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={published.loading}
        pagination={false}
        dataSource={newestFirst(school?.admissions)}
        columns={[
          { title: '年度', dataIndex: 'year' },
          { title: '学段', dataIndex: 'stage', render: label },
          { title: '批次', dataIndex: 'round' },
          { title: '计划', dataIndex: 'plannedSeats' },
          { title: '报名', dataIndex: 'applicants' },
          { title: '录取', dataIndex: 'admitted' },
          { title: '差异说明', render: (_, r) => (r.explanation ? `${label(r.explanation.reasonCode)}：${r.explanation.text}` : '') },
          { title: '版本', render: (_, r) => version(r) },
          { title: '公布时间', dataIndex: 'publishedAt', render: beijingTime },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        招生计划
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={published.loading}
        pagination={false}
        dataSource={newestFirst(school?.enrolmentPlans)}
        columns={[
          { title: '年度', dataIndex: 'year' },
          { title: '学段', dataIndex: 'stage', render: label },
          { title: '计划招生数', dataIndex: 'plannedSeats' },
          { title: '计划班数', dataIndex: 'plannedClasses' },
          { title: '版本', render: (_, r) => version(r) },
          { title: '公布时间', dataIndex: 'publishedAt', render: beijingTime },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        转学情况
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={published.loading}
        pagination={false}
        dataSource={newestFirst(school?.transfers)}
        columns={[
          { title: '学年', dataIndex: 'year' },
          { title: '学期', dataIndex: 'term', render: label },
          { title: '转入', render: (_, t) => sum(t.transfersIn) },
          { title: '转出', render: (_, t) => sum(t.transfersOut) },
          { title: '版本', render: (_, t) => version(t) },
          { title: '公布时间', dataIndex: 'publishedAt', render: beijingTime },
        ]}
      />
    </Card>
  );
}
