import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { errorText, submissionKindLabels, useApiQuery } from '../../api';
import { ReviewQueueDocument } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { CatchmentChangeDetail } from './CatchmentChangeDetail';
import { RegisterChangeDetail } from './RegisterChangeDetail';
import { ReviewItemCard, type ReviewItem } from './ReviewItemCard';
import { SubmissionDetail } from './SubmissionDetail';
import { describeSubmission } from '../school/describeSubmission';

const BUREAU_KINDS: Record<string, string> = {
  ENROLMENT_RULES: '招生方案',
  ADMISSION_RESULT: '录取数据（导入）',
  ENROLMENT_PLAN: '招生计划（导入）',
  NAMED_LIST: '公示名单',
  POLICY_DOCUMENT: '政策文件',
};
const CATCHMENT_KINDS: Record<string, string> = { ZONE_SET: '划片范围', DISTRICT_BOUNDARY: '区县边界', GAZETTEER: '地名地址库' };

/**
 * 审核: everything of the district waiting for a second officer, oldest first — schools' submissions and
 * the bureau's own changes to the rules, register and zones — each with its difference against the
 * version in force; 审核通过 publishes it, 退回 sends it back with the reason.
 */
export function ReviewPage() {
  const client = useClient();
  const account = useAccount();
  const queue = useApiQuery(async () => client.request(ReviewQueueDocument, { districtCode: account.districtCode }), [client, account.districtCode]);
  const data = queue.data;
  const items: ReviewItem[] = [
    ...(data?.submissions ?? []).map((s) => ({
      source: 'SUBMISSION' as const,
      id: s.id,
      kindLabel: submissionKindLabels[s.kind],
      title: s.school.name,
      summary: describeSubmission(s),
      submittedBy: s.submittedBy ?? s.createdBy,
      submittedAt: s.submittedAt ?? s.createdAt,
      detail: <SubmissionDetail submission={s} />,
    })),
    ...(data?.bureauChanges ?? []).map((c) => ({
      source: 'BUREAU' as const,
      id: c.id,
      kindLabel: BUREAU_KINDS[c.kind] ?? c.kind,
      title: c.recordKey,
      summary: c.summary,
      submittedBy: c.submittedBy,
      submittedAt: c.submittedAt,
      detail: null,
    })),
    ...(data?.registerChanges ?? []).map((c) => ({
      source: 'REGISTER' as const,
      id: c.id,
      kindLabel: '学校名册',
      title: c.recordKey,
      summary: c.summary,
      submittedBy: c.submittedBy,
      submittedAt: c.submittedAt,
      detail: <RegisterChangeDetail change={c} />,
    })),
    ...(data?.catchmentChanges ?? []).map((c) => ({
      source: 'CATCHMENT' as const,
      id: c.id,
      kindLabel: CATCHMENT_KINDS[c.kind] ?? c.kind,
      title: c.recordKey,
      summary: c.summary,
      submittedBy: c.submittedBy,
      submittedAt: c.submittedAt,
      detail: <CatchmentChangeDetail change={c} districtCode={account.districtCode} />,
    })),
  ].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <div>
            <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
              审核
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              待审核 {items.length} 项。所有公开内容须经提交人以外的另一位工作人员审核后发布；退回须写明原因。
            </Typography.Paragraph>
          </div>
          <Button onClick={queue.reload} loading={queue.loading}>
            刷新
          </Button>
        </Space>
      </Card>
      {queue.error ? <Alert type="error" showIcon role="alert" message={errorText(queue.error)} style={{ marginBottom: 16 }} /> : null}
      {!queue.loading && !items.length && !queue.error && (
        <Card>
          <Empty description="没有待审核的内容" />
        </Card>
      )}
      {items.map((item) => (
        <ReviewItemCard key={`${item.source}:${item.id}`} item={item} onDecided={queue.reload} />
      ))}
    </>
  );
}
