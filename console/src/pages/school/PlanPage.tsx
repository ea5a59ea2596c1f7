import { Alert, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { beijingToday, label, schoolYearOf } from '../../api';
import { EnrolmentPlanVersionsDocument, SaveEnrolmentPlanDocument, type Stage } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { PageTitle } from './PageTitle';
import { selectRequired } from './selectRequired';
import { SaveButtons } from './SaveButtons';
import { SubmissionStatusAlert } from './SubmissionStatusAlert';
import { useSaveSubmission } from './useSaveSubmission';
import { useRecordForm } from './useRecordForm';
import { useSchool } from './useSchool';

interface PlanValues {
  year: number;
  stage: Stage;
  plannedSeats?: number;
  plannedClasses?: number | null;
  correctionReason?: string;
}

/**
 * 招生计划: the school's planned seats (and classes) for the coming intake, published before registration
 * opens (the service refuses a plan, or a change to one, once registration has opened).
 */
export function PlanPage() {
  const client = useClient();
  const school = useSchool();
  const stages = (school.data?.stages ?? []).filter((s) => s !== 'KINDERGARTEN');
  const [form] = Form.useForm<PlanValues>();
  const nextYear = schoolYearOf(beijingToday()) + 1;
  const year = Form.useWatch('year', form) ?? nextYear;
  // The school's first stage until the clerk picks one (the effect below shows it in the select).
  const stage = Form.useWatch('stage', form) ?? stages[0];

  const record = useRecordForm({
    kind: 'ENROLMENT_PLAN',
    matches: (s) => s.year === year && s.enrolmentPlan?.stage === stage,
    loadPublished: async () => {
      if (!stage || !school.schoolId) return null;
      const versions = await client.request(EnrolmentPlanVersionsDocument, { schoolId: school.schoolId, year, stage });
      return versions.enrolmentPlanVersions.find((p) => p.status === 'PUBLISHED') ?? null;
    },
    deps: [client, school.schoolId, year, stage],
    prefill: (open, published) => {
      const from = open?.enrolmentPlan ?? published;
      form.setFieldsValue({ plannedSeats: from?.plannedSeats, plannedClasses: from?.plannedClasses ?? null, correctionReason: open?.correctionReason ?? undefined });
    },
  });
  const { open } = record;

  useEffect(() => {
    if (!form.getFieldValue('stage') && stages[0]) form.setFieldValue('stage', stages[0]);
  }, [form, stages]);
  const save = useSaveSubmission(
    form,
    async (submit) => {
      const values = form.getFieldsValue(true) as PlanValues;
      const input = {
        districtCode: school.districtCode,
        schoolId: school.schoolId,
        year: values.year,
        stage: values.stage,
        plannedSeats: values.plannedSeats ?? 0,
        plannedClasses: values.plannedClasses ?? null,
        correctionReason: values.correctionReason?.trim() || null,
      };
      return (await client.request(SaveEnrolmentPlanDocument, { input, submit })).saveEnrolmentPlan;
    },
    record.reload,
  );
  const locked = record.locked;
  const loading = school.loading || record.loading;

  return (
    <Card>
      <PageTitle title="招生计划">填报本校下一年度各学段的计划招生数和班级数。招生计划须在报名开始前经教育局审核公布；第一批录取数据的计划招生数以此为准。</PageTitle>
      <SubmissionStatusAlert submission={open} />
      {save.error && <Alert type="error" showIcon role="alert" message={save.error} style={{ marginBottom: 16 }} />}
      <Form<PlanValues> form={form} layout="vertical" initialValues={{ year: nextYear }} onFinish={() => save.run(true)} disabled={locked || loading}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="招生年度" name="year" rules={[{ required: true, message: '请填写招生年度' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="学段" name="stage" rules={[selectRequired('请选择学段')]}>
              <Select options={stages.map((s) => ({ value: s, label: label(s) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="计划招生数" name="plannedSeats" rules={[{ required: true, message: '请填写计划招生数' }]}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="计划班数" name="plannedClasses">
              <InputNumber min={0} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {(record.published || open?.correctionReason) && (
          <Form.Item label="更正原因" name="correctionReason" extra={`本校${year}年招生计划已公布（第 ${record.published?.version ?? ''} 版）；修改须说明原因，随新版本一并公布。`}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        <SaveButtons busy={save.busy} locked={locked} onSaveDraft={() => void save.run(false)} />
      </Form>
    </Card>
  );
}
