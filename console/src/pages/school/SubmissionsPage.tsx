import { Alert, App as AntApp, Button, Card, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { beijingTime, errorText, submissionKindLabels, submissionStatusColours, submissionStatusLabels, useApiQuery } from '../../api';
import { MySubmissionsDocument, SubmitSubmissionDocument, type SubmissionFieldsFragment, type SubmissionKind } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { describeSubmission } from './describeSubmission';
import { PageTitle } from './PageTitle';

const FORM_OF: Partial<Record<SubmissionKind, string>> = {
  ADMISSION_RESULT: '/school/results',
  ENROLMENT_PLAN: '/school/plan',
  TRANSFER: '/school/transfers',
};

/** 我的提交: every submission of the school with its status, and the reviewer's reason for a returned one. */
export function SubmissionsPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const submissions = useApiQuery(async () => (await client.request(MySubmissionsDocument)).submissions, [client]);

  const submit = async (s: SubmissionFieldsFragment) => {
    try {
      await client.request(SubmitSubmissionDocument, { id: s.id });
      message.success('已提交审核');
      submissions.reload();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Card>
      <PageTitle title="我的提交">本校提交的全部内容及审核状态。被退回的，请按退回原因修改后重新提交。</PageTitle>
      {submissions.error ? <Alert type="error" showIcon role="alert" message={errorText(submissions.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<SubmissionFieldsFragment>
        rowKey="id"
        loading={submissions.loading}
        dataSource={[...(submissions.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '类别', dataIndex: 'kind', render: (kind: SubmissionKind) => submissionKindLabels[kind] },
          { title: '内容', render: (_, s) => describeSubmission(s) },
          { title: '状态', dataIndex: 'status', render: (_, s) => <Tag color={submissionStatusColours[s.status]}>{submissionStatusLabels[s.status]}</Tag> },
          { title: '退回原因', dataIndex: 'returnReason', render: (_, s) => (s.status === 'RETURNED' ? s.returnReason : '') },
          { title: '最近操作', render: (_, s) => beijingTime(s.reviewedAt ?? s.submittedAt ?? s.createdAt) },
          {
            title: '操作',
            render: (_, s) => (
              <>
                {(s.status === 'DRAFT' || s.status === 'RETURNED') && FORM_OF[s.kind] && (
                  <Button type="link" onClick={() => navigate(FORM_OF[s.kind]!)}>
                    修改
                  </Button>
                )}
                {s.status === 'DRAFT' && (
                  <Button type="link" onClick={() => void submit(s)}>
                    提交审核
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
