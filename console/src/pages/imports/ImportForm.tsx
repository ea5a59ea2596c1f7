import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Space, Spin, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api';
import { useClient } from '../../auth';
import { currentSchoolYear, STAGE_OPTIONS } from '../zones/stageOptions';
import { ImportReportSummary } from './ImportReportSummary';
import { CRS_LABEL, type ImportField, type ImportKindSpec } from './importKinds';
import { postUpload, type UploadAnswer } from './postUpload';
import { ProblemTable } from './ProblemTable';

interface FieldValues {
  year?: number;
  stage?: string;
  crs?: string;
  sourceDocument?: string;
  repair?: boolean;
}

/** One kind's upload: the file by drag and drop (or picked), its fields, the answer (problem table or report). */
export function ImportForm({ spec }: { spec: ImportKindSpec }) {
  const client = useClient();
  const [form] = Form.useForm<FieldValues>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const has = (field: ImportField) => spec.fields.includes(field);

  const send = async (confirmRows: number[] = []) => {
    if (!file) return;
    const values = await form.validateFields();
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      if (value !== undefined && value !== null && value !== '') fields[name] = String(value);
    }
    if (confirmRows.length > 0) fields.confirmRows = confirmRows.join(',');
    setBusy(true);
    setFailure(null);
    setAnswer(null);
    try {
      setAnswer(await postUpload(client, spec.kind, file, fields));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const fileList: UploadFile[] = file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph>
        {spec.hint} 模板下载：
        {spec.templates.map((t) => (
          // Underlined: a link inside text must not be told apart by colour alone (WCAG 1.4.1).
          <a key={t} href={client.url(`/templates/${t}`)} download style={{ marginInlineStart: 8, textDecoration: 'underline' }}>
            {t}
          </a>
        ))}
      </Typography.Paragraph>
      <Form<FieldValues>
        form={form}
        layout="inline"
        initialValues={{ year: currentSchoolYear(), stage: 'PRIMARY', crs: spec.crsOptions?.[0], repair: false }}
      >
        {has('year') && (
          <Form.Item name="year" label="招生年份" rules={[{ required: true, message: '请填写招生年份' }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        )}
        {has('stage') && (
          <Form.Item name="stage" label="学段" rules={[{ required: true, message: '请选择学段' }]}>
            <Select style={{ width: 100 }} options={STAGE_OPTIONS.map((s) => ({ ...s }))} />
          </Form.Item>
        )}
        {has('crs') && spec.crsOptions && (
          <Form.Item name="crs" label="坐标系">
            <Select style={{ width: 220 }} options={spec.crsOptions.map((value) => ({ value, label: CRS_LABEL[value] }))} />
          </Form.Item>
        )}
        {has('sourceDocument') && (
          <Form.Item name="sourceDocument" label="依据文件（标题及文号）">
            <Input style={{ width: 280 }} placeholder="如：兖州区2026年义务教育学校招生划片方案（兖教发〔2026〕12号）" />
          </Form.Item>
        )}
        {has('repair') && (
          <Form.Item name="repair" valuePropName="checked">
            <Checkbox>自动修复常见几何问题（闭合环、重复点、方向）</Checkbox>
          </Form.Item>
        )}
      </Form>
      <Upload.Dragger
        accept={spec.accept}
        maxCount={1}
        fileList={fileList}
        beforeUpload={(picked) => {
          setFile(picked);
          setAnswer(null);
          setFailure(null);
          // Nothing is sent until 上传并检查: the file is posted with the fields above.
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setAnswer(null);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">将{spec.label}文件拖到此处，或点击选择文件</p>
        <p className="ant-upload-hint">支持 {spec.accept.split(',').join(' ')}</p>
      </Upload.Dragger>
      <Button type="primary" disabled={!file} loading={busy} onClick={() => void send()}>
        上传并检查
      </Button>
      {busy && <Spin tip="正在检查文件…"><div style={{ minHeight: 40 }} /></Spin>}
      {failure && <Alert type="error" showIcon message="上传失败" description={failure} role="alert" />}
      {answer && !answer.accepted && <ProblemTable problems={answer.problems} fileName={file?.name ?? spec.kind} />}
      {answer?.accepted && (
        <ImportReportSummary kind={spec.kind} report={answer.report} onConfirmRows={spec.kind === 'register' ? (rows) => void send(rows) : undefined} />
      )}
    </Space>
  );
}
