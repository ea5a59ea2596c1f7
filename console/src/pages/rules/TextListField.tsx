import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';

/**
 * A checklist edited one item per line (证件要求, 入学条件 …): each item its own input, named for screen
 * readers by the list and its number, with 添加 and 删除 buttons.
 */
export function TextListField({ name, label, addText, placeholder }: { name: string; label: string; addText: string; placeholder?: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div role="group" aria-label={label} style={{ marginBottom: 24 }}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>{label}</Typography.Text>
          {fields.length === 0 && <Typography.Paragraph type="secondary">（暂无）</Typography.Paragraph>}
          {fields.map((field, index) => (
            <div key={field.key} style={{ display: 'flex', gap: 4, marginBottom: 4 }}>
              <Form.Item {...field} noStyle>
                <Input aria-label={`${label}第${index + 1}项`} placeholder={placeholder} maxLength={1000} style={{ flex: 1 }} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label={`删除${label}第${index + 1}项`} onClick={() => remove(field.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
            {addText}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
