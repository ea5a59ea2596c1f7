import { Alert, Spin } from 'antd';
import { errorText, useApiQuery } from '../../api';
import {
  AdmissionResultVersionsDocument,
  EnrolmentPlanVersionsDocument,
  TransferReportVersionsDocument,
  type SubmissionFieldsFragment,
} from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { ComparisonTable } from './ComparisonTable';
import { submissionComparison } from './submissionComparison';

/** A school's submission against the version of the same record in force. */
export function SubmissionDetail({ submission: s }: { submission: SubmissionFieldsFragment }) {
  const client = useClient();
  const inForce = useApiQuery(async () => {
    const schoolId = s.school.id;
    const published = <T extends { status: string }>(versions: readonly T[]) => versions.find((v) => v.status === 'PUBLISHED') ?? null;
    if (s.admissionResult) {
      const { stage, round } = s.admissionResult;
      return published((await client.request(AdmissionResultVersionsDocument, { schoolId, year: s.year, stage, round })).admissionResultVersions);
    }
    if (s.enrolmentPlan) return published((await client.request(EnrolmentPlanVersionsDocument, { schoolId, year: s.year, stage: s.enrolmentPlan.stage })).enrolmentPlanVersions);
    if (s.transfer) return published((await client.request(TransferReportVersionsDocument, { schoolId, year: s.year, term: s.transfer.term })).transferReportVersions);
    return null;
  }, [client, s.id]);

  if (inForce.loading) return <Spin />;
  if (inForce.error) return <Alert type="error" showIcon message={`读取现行版本失败：${errorText(inForce.error)}`} />;
  const title = inForce.data ? `现行版本（第 ${inForce.data.version} 版）` : '现行版本（尚未公布）';
  return <ComparisonTable inForceTitle={title} fields={submissionComparison(s, inForce.data ?? null)} />;
}
