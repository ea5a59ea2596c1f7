import { Alert, Card, Table, Tag } from 'antd';
import { beijingTime, errorText, useApiQuery } from '../../api';
import { SchoolNamedListChangesDocument, type SchoolNamedListChangesQuery } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { MaskablePeopleTable } from '../namedLists/MaskablePeopleTable';
import { NamedListUploadForm } from '../namedLists/NamedListUploadForm';
import { currentSchoolYear } from '../zones/stageOptions';
import { PageTitle } from './PageTitle';
import { useSchool } from './useSchool';

type Change = SchoolNamedListChangesQuery['schoolNamedListChanges'][number];

const STATUS: Record<string, { text: string; color: string }> = {
  SUBMITTED: { text: '待教育局审核', color: 'processing' },
  RETURNED: { text: '已退回', color: 'error' },
  APPROVED: { text: '已通过', color: 'success' },
  PUBLISHED: { text: '已公示', color: 'success' },
};

/** The list's title as submitted (the change's content), else the change's one-line summary. */
function titleOf(c: Change): string {
  try {
    const title = (JSON.parse(c.items[0]?.content ?? '{}') as { title?: unknown }).title;
    return typeof title === 'string' ? title : c.summary;
  } catch {
    return c.summary;
  }
}

/**
 * 名单公示 (school): the clerk uploads the school's own list (Excel or CSV, read in this browser and
 * previewed masked by the bureau page's form), submits it for the district bureau's review, and sees
 * its lists with status and return reason — masked only: the full names are for the bureau alone.
 */
export function SchoolNamedListsPage() {
  const client = useClient();
  const { schoolId, data: school } = useSchool();
  const changes = useApiQuery(async () => (await client.request(SchoolNamedListChangesDocument, { schoolId })).schoolNamedListChanges, [client, schoolId]);

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <PageTitle title="名单公示">
          本校的热点学校录取名单等：只收姓名、身份证号和类别；公示时姓名和证件号自动遮蔽（张*明、370812********1234）。提交后由区教育局审核通过才公示，本校只能看到遮蔽后的名单。
        </PageTitle>
      </Card>
      <Card title="本校名单" style={{ marginBottom: 16 }}>
        {!!changes.error && <Alert type="error" showIcon role="alert" message={errorText(changes.error)} style={{ marginBottom: 12 }} />}
        <Table<Change>
          size="small"
          rowKey="id"
          loading={changes.loading}
          dataSource={changes.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{
            expandedRowRender: (c) => <MaskablePeopleTable maskedOnly title="名单" readKey={c.id} read={async () => c.items.flatMap((i) => i.entries)} />,
          }}
          columns={[
            { title: '名单', key: 'title', render: (_, c) => titleOf(c) },
            { title: '状态', dataIndex: 'status', width: 120, render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.text ?? s}</Tag> },
            { title: '退回原因', dataIndex: 'returnReason', render: (r: string | null) => r ?? '—' },
            { title: '提交时间', dataIndex: 'submittedAt', width: 150, render: (at: string) => beijingTime(at) },
            { title: '审核时间', dataIndex: 'reviewedAt', width: 150, render: (at: string | null) => (at ? beijingTime(at) : '—') },
          ]}
        />
      </Card>
      <Card title="上传名单">
        {school ? (
          <NamedListUploadForm schools={[{ id: school.id, name: school.name }]} year={currentSchoolYear()} onSubmitted={changes.reload} ownSchool={{ id: school.id, districtCode: school.districtCode }} />
        ) : (
          <Alert type="info" showIcon message="正在读取本校信息…" />
        )}
      </Card>
    </>
  );
}
