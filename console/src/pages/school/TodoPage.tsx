import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { errorText, useApiQuery, WORKING_DAY_LADDER } from '../../api';
import { useClient } from '../../auth';
import { loadTodos, type Todo } from './loadTodos';
import { PageTitle } from './PageTitle';
import { useSchool } from './useSchool';

function dueText(todo: Todo): { text: string; colour: string } {
  if (todo.done) return { text: '已完成', colour: 'success' };
  if (!todo.dueOn) return { text: '每学期', colour: 'default' };
  const days = todo.workingDays === null ? `超过 ${WORKING_DAY_LADDER} 个工作日（${todo.calendarDays} 天）` : `${todo.workingDays} 个工作日`;
  if (todo.overdue) return { text: `已逾期 ${days}`, colour: 'error' };
  if (todo.workingDays === 0) return { text: '今天截止', colour: 'warning' };
  if (todo.workingDays === null) return { text: `剩余 ${days}`, colour: 'default' };
  return { text: `剩余 ${days}`, colour: todo.workingDays <= 5 ? 'warning' : 'processing' };
}

/** 待办事项: what the school must publish and by when, in working days on the official holiday calendar. */
export function TodoPage() {
  const client = useClient();
  const school = useSchool();
  const navigate = useNavigate();
  const todos = useApiQuery(
    async () => (school.data ? loadTodos(client, { schoolId: school.schoolId, districtCode: school.districtCode, stages: school.data.stages }) : []),
    [client, school.data],
  );

  return (
    <Card>
      <PageTitle title="待办事项">
        {school.data ? `${school.data.name}：` : ''}需要填报和公布的事项及截止日期。工作日按国务院公布的节假日安排计算。
      </PageTitle>
      {todos.error || school.error ? <Alert type="error" showIcon role="alert" message={errorText(todos.error ?? school.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Todo>
        rowKey="key"
        loading={todos.loading || school.loading}
        pagination={false}
        dataSource={todos.data ?? []}
        columns={[
          { title: '事项', dataIndex: 'what' },
          { title: '截止日期', dataIndex: 'dueOn', render: (due: string | null) => due ?? '—' },
          {
            title: '剩余时间',
            render: (_, todo) => {
              const { text, colour } = dueText(todo);
              return <Tag color={colour}>{text}</Tag>;
            },
          },
          {
            title: '状态',
            render: (_, todo) => (
              <>
                {todo.state}
                {todo.returnReason && <Typography.Text type="danger">（退回原因：{todo.returnReason}）</Typography.Text>}
              </>
            ),
          },
          { title: '说明', dataIndex: 'note', render: (note: string | null) => note ?? '' },
          {
            title: '操作',
            render: (_, todo) => (
              <Button type="link" onClick={() => navigate(todo.path)}>
                {todo.done ? '查看' : '去填报'}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
