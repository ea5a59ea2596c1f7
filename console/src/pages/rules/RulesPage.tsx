import { CopyOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Col, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { beijingTime, errorText, isApiError, useApiQuery } from '../../api';
import { DistrictRulesDocument, SaveEnrolmentRulesDocument, type RulesFieldsFragment } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { PageTitle } from '../school/PageTitle';
import { selectRequired } from '../school/selectRequired';
import { currentSchoolYear, STAGE_OPTIONS } from '../zones/stageOptions';
import { datedPhases, emptyRulesValues, rulesToValues, valuesToInput, type RulesValues } from './rulesForm';
import { TextListField } from './TextListField';
import { TimetableCalendar } from './TimetableCalendar';
import { TimetableField } from './TimetableField';
import { useFormSave } from './useFormSave';

/**
 * 招生规则: the district's enrolment rules (招生方案) for a year and stage, edited in a form instead of a
 * file: the timetable on range pickers and a calendar, the papers checklists, 随迁子女, the admission
 * method, contacts and the interpretation published with them. 提交审核 sends them for a second
 * officer's review (saveEnrolmentRules); nothing is public until approved. Starts from the version in
 * force, or from last year's (复制上一年).
 */
export function RulesPage() {
  const client = useClient();
  const { districtCode } = useAccount();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<RulesValues>();
  const year = Form.useWatch('year', form) ?? currentSchoolYear();
  const stage = Form.useWatch('stage', form) ?? 'PRIMARY';
  const timetable = Form.useWatch('timetable', form);
  const save = useFormSave(form);
  const { busy, error, setError } = save;
  const [copyNote, setCopyNote] = useState<string | null>(null);

  const rules = useApiQuery(async () => client.request(DistrictRulesDocument, { districtCode, year, stage }), [client, districtCode, year, stage]);
  // Nothing of the year and stage shown before while the chosen one loads.
  const data = rules.loading ? undefined : rules.data;
  const versions = data?.enrolmentRules ?? [];
  const inForce = versions.find((r) => r.status === 'PUBLISHED') ?? null;
  const pending = (data?.bureauChanges ?? []).find((c) => c.kind === 'ENROLMENT_RULES' && c.recordKey === `${districtCode}:${year}:${stage}`) ?? null;

  // What the change waiting for review would publish for this year and stage: shown (read-only) instead of the version in force.
  const proposed = pending?.enrolmentRules.find((r) => r.year === year && r.stage === stage) ?? null;

  // Filled when another year, stage, version in force or waiting change is shown; not on every reload,
  // so a failed 提交审核 keeps what was typed.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (rules.loading) return;
    const key = `${year}:${stage}:${inForce?.id ?? ''}:${pending?.id ?? ''}`;
    if (shown.current === key) return;
    shown.current = key;
    setError(null);
    setCopyNote(null);
    const from = proposed ?? inForce;
    form.setFieldsValue(from ? { ...rulesToValues(from), correctionReason: proposed?.correctionReason ?? undefined } : emptyRulesValues());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rules.loading, inForce?.id, pending?.id, year, stage]);

  const copyLastYear = async () => {
    setError(null);
    try {
      const last = (await client.request(DistrictRulesDocument, { districtCode, year: year - 1, stage })).enrolmentRules?.find((r) => r.status === 'PUBLISHED');
      if (!last) return setError(`${year - 1} 年没有已公布的${stageName(stage)}招生规则可以复制`);
      form.setFieldsValue(rulesToValues(last, year - last.year));
      setCopyNote(`已复制 ${last.year} 年的规则（第 ${last.version} 版），日期已顺延一年；请逐项核对，填写文号、发文日期和今年的政策解读后提交审核。`);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const submit = async () => {
    const values = form.getFieldsValue(true) as RulesValues;
    const change = await save.run(
      async () => (await client.request(SaveEnrolmentRulesDocument, { input: valuesToInput(values, districtCode) })).saveEnrolmentRules,
      // Another officer's change to these rules arrived first: reloading shows it waiting.
      (caught) => isApiError(caught) && caught.code === 'CONFLICT' && rules.reload(),
    );
    if (!change) return;
    message.success('已提交审核，须由本区另一名工作人员审核通过后公布');
    setCopyNote(null);
    rules.reload();
  };

  const locked = Boolean(pending) || rules.loading;
  return (
    <Card>
      <PageTitle title="招生规则">
        本区各学段的招生工作方案：招生日程、证件要求、随迁子女入学、录取办法、咨询与监督方式，以及同步发布的政策解读。提交后须由本区另一名工作人员在“审核”中通过，才对外公布；修改已公布的规则须说明更正原因，旧版本保留可查。
      </PageTitle>
      <Form<RulesValues> form={form} layout="vertical" initialValues={{ year: currentSchoolYear(), stage: 'PRIMARY', ...emptyRulesValues() }} onFinish={() => void submit()}
        // An error the service put on a field goes when that field is changed.
        onValuesChange={(changed: object) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof RulesValues, errors: [] })))}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item label="招生年度" name="year" rules={[{ required: true, message: '请填写招生年度' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="学段" name="stage" rules={[selectRequired('请选择学段')]}>
              <Select options={STAGE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} style={{ display: 'flex', alignItems: 'center' }}>
            {inForce ? (
              <Space wrap>
                <Tag color="success">已公布 第 {inForce.version} 版</Tag>
                <Typography.Text type="secondary">公布于 {beijingTime(inForce.publishedAt)}</Typography.Text>
              </Space>
            ) : (
              !rules.loading && (
                <Space wrap>
                  <Tag>{year} 年尚未公布</Tag>
                  <Button icon={<CopyOutlined />} onClick={() => void copyLastYear()} disabled={locked}>复制上一年</Button>
                </Space>
              )
            )}
          </Col>
        </Row>
        {pending && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={`已提交审核，等待本区另一名工作人员审核（${pending.submittedBy}，${beijingTime(pending.submittedAt)}）`}
            description={<span>{pending.summary}。下面是提交审核的内容；审核通过或退回之前不能再提交修改。<Link to="/review">前往审核</Link></span>}
          />
        )}
        {copyNote && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={copyNote} />}
        {rules.error != null && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={errorText(rules.error)} />}
        {error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={error} />}

        <ConfigProvider componentDisabled={locked}>
          <Divider orientation="left">文件</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写方案标题' }]}>
                <Input maxLength={200} placeholder="如 兖州区2026年义务教育学校招生工作方案" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="文号" name="documentNumber">
                <Input maxLength={100} placeholder="如 兖教发〔2026〕12号" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="发文日期" name="issuedOn">
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="原文链接" name="sourceUrl" extra="本局网站上公布原文的网址，须以 https:// 开头">
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item label="正文" name="body">
            <Input.TextArea rows={4} maxLength={50000} />
          </Form.Item>

          <Divider orientation="left">招生日程</Divider>
          <TimetableField />
          <TimetableCalendar phases={datedPhases(timetable)} />

          <Divider orientation="left">入学条件与证件要求</Divider>
          <Row gutter={16}>
            <Col xs={24} lg={12}><TextListField name="eligibility" label="入学条件" addText="添加入学条件" placeholder="如 户籍与房产均在学区内" /></Col>
            <Col xs={24} lg={12}><TextListField name="papers" label="证件要求" addText="添加证件" placeholder="如 户口簿" /></Col>
          </Row>

          <Divider orientation="left">随迁子女</Divider>
          <Row gutter={16}>
            <Col xs={24} lg={12}><TextListField name="migrantEligibility" label="随迁子女入学条件" addText="添加随迁子女入学条件" placeholder="如 父母一方持本区居住证满一年" /></Col>
            <Col xs={24} lg={12}><TextListField name="migrantPapers" label="随迁子女所需材料" addText="添加随迁子女所需材料" placeholder="如 居住证" /></Col>
          </Row>

          <Divider orientation="left">录取办法与程序</Divider>
          <Form.Item label="录取办法" name="admissionMethod" rules={[{ required: true, whitespace: true, message: '请填写录取办法，如 就近免试入学' }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>

          <Divider orientation="left">咨询、监督与信访</Divider>
          <Row gutter={16}>
            <Col xs={24} md={8}><Form.Item label="咨询电话" name="consultationPhone"><Input maxLength={40} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item label="监督举报电话" name="supervisionPhone"><Input maxLength={40} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item label="信访接待地址" name="petitionAddress"><Input maxLength={200} /></Form.Item></Col>
          </Row>

          <Divider orientation="left">政策解读</Divider>
          <Typography.Paragraph type="secondary">规则须与政策解读同步发布：填写解读内容或解读链接，或两者都填。</Typography.Paragraph>
          <Form.Item label="政策解读" name="interpretation">
            <Input.TextArea rows={4} maxLength={50000} />
          </Form.Item>
          <Form.Item label="政策解读链接" name="interpretationUrl" extra="须以 https:// 开头">
            <Input maxLength={500} />
          </Form.Item>

          {inForce && (
            <Form.Item label="更正原因" name="correctionReason" extra={`${year}年${stageName(stage)}招生规则已公布（第 ${inForce.version} 版）；修改须说明原因，随新版本一并公布，旧版本保留可查。`}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={busy} disabled={locked}>
            提交审核
          </Button>
        </ConfigProvider>
      </Form>

      {versions.length > 0 && (
        <>
          <Divider orientation="left">版本记录</Divider>
          <RulesVersions versions={versions} />
        </>
      )}
    </Card>
  );
}

const stageName = (stage: string) => STAGE_OPTIONS.find((o) => o.value === stage)?.label ?? stage;

function RulesVersions({ versions }: { versions: RulesFieldsFragment[] }) {
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={versions}
      columns={[
        { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
        { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'PUBLISHED' ? <Tag color="success">现行</Tag> : <Tag>已被替代</Tag>) },
        { title: '公布时间', dataIndex: 'publishedAt', render: (t: string) => beijingTime(t) },
        { title: '招生日程', key: 'timetable', render: (_: unknown, r: RulesFieldsFragment) => r.timetable.map((p) => `${p.phase} ${p.startsOn}～${p.endsOn}`).join('；') },
        { title: '更正原因', dataIndex: 'correctionReason', render: (c: string | null) => c ?? '—' },
      ]}
    />
  );
}
