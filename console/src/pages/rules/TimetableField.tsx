import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row } from 'antd';

/** The timetable's phases: each a name and its first and last day on a range picker (Chinese calendar format). */
export function TimetableField() {
  return (
    <Form.List name="timetable">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={12} align="bottom">
              <Col xs={24} md={9}>
                <Form.Item name={[field.name, 'phase']} label={`阶段${index + 1}名称`} rules={[{ required: true, whitespace: true, message: '请填写阶段名称，如 网上报名' }]}>
                  <Input maxLength={100} placeholder="如 网上报名、资格审核、录取公示" />
                </Form.Item>
              </Col>
              <Col xs={20} md={13}>
                <Form.Item name={[field.name, 'dates']} label={`阶段${index + 1}起止日期`} rules={[{ required: true, message: '请选择开始和结束日期' }]}>
                  <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['开始日期', '结束日期']} format="YYYY-MM-DD" />
                </Form.Item>
              </Col>
              <Col xs={4} md={2}>
                <Form.Item label=" " colon={false}>
                  <Button type="text" icon={<DeleteOutlined />} aria-label={`删除阶段${index + 1}`} onClick={() => remove(field.name)} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ phase: '', dates: undefined })} style={{ marginBottom: 16 }}>
            添加阶段
          </Button>
        </>
      )}
    </Form.List>
  );
}
