import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect } from 'react';
import { CreateSchoolDocument, UpdateSchoolDocument, type RegisterSchoolFieldsFragment, type RegisterWriteFieldsFragment } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { selectRequired } from '../school/selectRequired';
import { OPEN_STATUS_CHOICES, OWNERSHIP_CHOICES, STAGE_CHOICES } from './registerOptions';
import { formValuesOf, schoolInputOf, schoolPatchOf, type SchoolFormValues } from './schoolFormValues';
import { useRegisterWrite } from './useRegisterWrite';

const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];

/**
 * 新增学校 (school = null) or 修改学校信息: the register's fields in Chinese. Saving submits a register
 * change for review; an edit sends only the fields changed. The service checks every field (phones,
 * location inside the district, contacts required for an open school) and its refusal is shown here.
 */
export function SchoolFormModal({ school, open, onClose, onSubmitted }: {
  school: RegisterSchoolFieldsFragment | null;
  open: boolean;
  onClose(): void;
  onSubmitted(result: RegisterWriteFieldsFragment): void;
}) {
  const client = useClient();
  const account = useAccount();
  const [form] = Form.useForm<SchoolFormValues>();
  const { busy, failure, send, clearFailure } = useRegisterWrite(form, onSubmitted);

  useEffect(() => {
    if (!open) return;
    clearFailure();
    form.resetFields();
    form.setFieldsValue(school ? formValuesOf(school) : { stages: [], ownership: 'PUBLIC', status: 'OPEN' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, school?.id]);

  const save = async () => {
    const values = await form.validateFields();
    await send(async () =>
      school
        ? (await client.request(UpdateSchoolDocument, { id: school.id, patch: schoolPatchOf(values, school) })).updateSchool
        : (await client.request(CreateSchoolDocument, { input: schoolInputOf(values, account.districtCode) })).createSchool,
    );
  };

  return (
    <Modal
      title={school ? `修改学校信息：${school.name}` : '新增学校'}
      open={open}
      width={760}
      okText="提交审核"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      <Form<SchoolFormValues> form={form} layout="vertical" name="school" onValuesChange={clearFailure}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="id" label="学校标识码" rules={[...required('学校标识码'), { pattern: /^\s*\d{10}\s*$/, message: '学校标识码为 10 位数字' }]}>
              <Input disabled={!!school} inputMode="numeric" maxLength={12} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label="学校名称" rules={required('学校名称')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="shortName" label="学校简称">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="stages" label="学段" rules={[selectRequired('请选择至少一个学段')]}>
              <Select mode="multiple" options={STAGE_CHOICES} placeholder="可多选（九年一贯制选小学和初中）" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ownership" label="办学性质" rules={[selectRequired('请选择办学性质')]}>
              <Select options={OWNERSHIP_CHOICES} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label="地址" rules={required('地址')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lng" label="经度（WGS-84）" extra="校门位置；正常办学的学校必填">
              <InputNumber min={73} max={136} step={0.0001} precision={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lat" label="纬度（WGS-84）">
              <InputNumber min={3} max={54} step={0.0001} precision={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label="办学状态" rules={[selectRequired('请选择办学状态')]}>
              <Select options={OPEN_STATUS_CHOICES} disabled={school?.status === 'CLOSED'} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="enquiryPhone" label="招生咨询电话">
              <Input maxLength={40} placeholder="如 0537-3412345" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="supervisionPhone" label="监督举报电话">
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="openedOn" label="开办日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="petitionAddress" label="信访接待地址">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="website" label="网址">
              <Input maxLength={200} placeholder="https://" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
