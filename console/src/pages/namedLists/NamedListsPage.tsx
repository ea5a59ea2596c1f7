import { Alert, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { beijingTime, errorText, label, useApiQuery } from '../../api';
import { NamedListsOfDistrictDocument, type NamedListsOfDistrictQuery } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { reviewItemPath } from '../review/reviewItemPath';
import { currentSchoolYear } from '../zones/stageOptions';
import { NamedListEntriesTable } from './NamedListEntriesTable';
import { NamedListUploadForm } from './NamedListUploadForm';

type NamedList = NamedListsOfDistrictQuery['namedLists'][number];

/**
 * 名单公示 (bureau): the district's published named lists of a year (政策照顾名单, 热点学校录取名单),
 * masked as published with the full text for the bureau on request; lists waiting for review; and a
 * new list uploaded from Excel or CSV. Named lists are the bureau's (publishNamedList is bureau-only).
 */
export function NamedListsPage() {
  const client = useClient();
  const account = useAccount();
  const [year, setYear] = useState(currentSchoolYear());
  const lists = useApiQuery(() => client.request(NamedListsOfDistrictDocument, { districtCode: account.districtCode, year }), [client, account.districtCode, year]);
  const waiting = (lists.data?.bureauChanges ?? []).filter((c) => c.kind === 'NAMED_LIST');
  const schools = (lists.data?.schools?.nodes ?? []).filter((s) => s.status !== 'CLOSED');

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>名单公示</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          政策性照顾名单和热点学校录取名单：只收姓名、身份证号和类别；公示时姓名和证件号自动遮蔽（张*明、370812********1234），完整信息只有本局可查看。提交后须由另一位工作人员审核通过才公示。
        </Typography.Paragraph>
      </Card>
      {!!lists.error && <Alert type="error" showIcon role="alert" message={errorText(lists.error)} style={{ marginBottom: 16 }} />}
      {waiting.length > 0 && (
        <Card title="待审核的名单" style={{ marginBottom: 16 }}>
          {waiting.map((c) => (
            <div key={c.id}>
              <Link to={reviewItemPath(c.id)} style={{ textDecoration: 'underline' }}>{c.summary}</Link>（{c.submittedBy}，{beijingTime(c.submittedAt)}）
            </div>
          ))}
        </Card>
      )}
      <Card
        title="已公示的名单"
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            <label htmlFor="named-list-year">学年</label>
            <InputNumber id="named-list-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </Space>
        }
      >
        <Table<NamedList>
          size="small"
          rowKey="id"
          loading={lists.loading}
          dataSource={lists.data?.namedLists ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{ expandedRowRender: (l) => <NamedListEntriesTable listId={l.id} /> }}
          columns={[
            { title: '标题', dataIndex: 'title', render: (t: string, l) => <>{t}{l.sampleData && <Tag style={{ marginLeft: 8 }}>示例数据</Tag>}</> },
            { title: '类型', dataIndex: 'kind', width: 150, render: label },
            { title: '学校', key: 'school', render: (_, l) => l.school?.name ?? '全区' },
            { title: '学段', dataIndex: 'stage', width: 70, render: label },
            { title: '人数', dataIndex: 'entryCount', width: 70 },
            { title: '版本', key: 'version', width: 160, render: (_, l) => `第 ${l.version} 版${l.correctionReason ? `（更正：${l.correctionReason}）` : ''}` },
            { title: '公示时间', dataIndex: 'publishedAt', width: 150, render: (at: string) => beijingTime(at) },
          ]}
        />
      </Card>
      <Card title="上传名单">
        <NamedListUploadForm schools={schools} year={year} onSubmitted={lists.reload} />
      </Card>
    </>
  );
}
