import { Alert } from 'antd';
import { beijingTime, submissionStatusLabels } from '../../api';
import type { SubmissionFieldsFragment } from '../../api/generated/graphql';

/**
 * Where the form's record stands: a draft, waiting for review, or returned with the reviewer's reason
 * (the clerk corrects the form and submits again).
 */
export function SubmissionStatusAlert({ submission }: { submission: SubmissionFieldsFragment | null | undefined }) {
  if (!submission || submission.status === 'PUBLISHED') return null;
  const status = submissionStatusLabels[submission.status];
  if (submission.status === 'RETURNED') {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        message={`已退回：${submission.reviewedBy ?? '审核人'}于 ${beijingTime(submission.reviewedAt)} 退回`}
        description={<span data-testid="return-reason">退回原因：{submission.returnReason}</span>}
      />
    );
  }
  const when = submission.status === 'DRAFT' ? `保存于 ${beijingTime(submission.createdAt)}` : `提交于 ${beijingTime(submission.submittedAt)}`;
  const next = submission.status === 'DRAFT' ? '尚未提交审核。' : submission.status === 'SUBMITTED' ? '正在等待教育局审核，审核前不能修改。' : '已通过审核，正在发布。';
  return <Alert type={submission.status === 'DRAFT' ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }} message={`${status}（${when}）`} description={next} />;
}
