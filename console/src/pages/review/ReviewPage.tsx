import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { errorText, submissionKindLabels, useApiQuery } from '../../api';
import { ReviewQueueDocument } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { BureauChangeDetail } from './BureauChangeDetail';
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
const CATCHMENT_KINDS: Record<string, string> = { ZONE_SET: '划片范围', DISTRICT_BOUNDARY: '区县边界', GAZETTEER: '地名地址库', ZONE_SET_CONSULTATION: '划片征求意见稿' };

/**
 * 审核: everything of the district waiting for a second officer, oldest first — schools' submissions and
 * the bureau's own changes to the rules, register and zones — each with its difference against the
 * version in force; 审核通过 publishes it, 退回 sends it back with the reason. `/review?id=<id>` opens
 * one item on its own (the links of 导入数据, 学校名录, 名单公示 and the 待办 page).
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
      detail: <BureauChangeDetail change={c} districtCode={account.districtCode} />,
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
  const [params] = useSearchParams();
  const only = params.get('id');
  const shown = only ? items.filter((item) => item.id === only) : items;

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
            {only && (
              <Typography.Paragraph style={{ marginBottom: 0, marginTop: 8 }}>
                正在查看审核事项 <Typography.Text code>{only}</Typography.Text>。<Link to="/review" style={{ textDecoration: 'underline' }}>查看全部待审核</Link>
              </Typography.Paragraph>
            )}
          </div>
          <Button onClick={queue.reload} loading={queue.loading}>
            刷新
          </Button>
        </Space>
      </Card>
      {queue.error ? <Alert type="error" showIcon role="alert" message={errorText(queue.error)} style={{ marginBottom: 16 }} /> : null}
      {!queue.loading && !shown.length && !queue.error && (
        <Card>
          <Empty description={only ? `审核事项 ${only} 不在待审核列表中：可能已被审核通过或退回，或不属于本区` : '没有待审核的内容'} />
        </Card>
      )}
      {shown.map((item) => (
        <ReviewItemCard key={`${item.source}:${item.id}`} item={item} onDecided={queue.reload} />
      ))}
    </>
  );
}
