import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../api';
import { BureauOverdueDecisionsDocument } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { mergeOverdueDecisions, missingCalendarText, type OverdueDecision } from './mergeOverdueDecisions';

/**
 * 逾期未公开: every kind's decisions (招生方案, 政策文件, 名单, 招生计划, 录取数据, 征求意见, 学校名录变更,
 * 划片方案) not published within 20 working days of being made, changed or expired, and those
 * published late; the working-day clock comes from the services (one holiday calendar).
 */
export function OverdueDecisionsCard() {
  const client = useClient();
  const { districtCode } = useAccount();
  const [state, setState] = useState<{ decisions: OverdueDecision[]; missingYears: number[]; asOf: string; workingDays: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client
      .request(BureauOverdueDecisionsDocument, { districtCode })
      .then((data) => {
        if (!live) return;
        const merged = mergeOverdueDecisions({ admissions: data.overdueAdmissionsChanges, register: data.overdueRegisterChanges, zoneSets: data.overdueZoneSets });
        setState({ ...merged, asOf: data.overdueAdmissionsChanges.asOf, workingDays: data.overdueAdmissionsChanges.workingDays });
      })
      .catch((error) => live && setFailure(errorText(error)));
    return () => {
      live = false;
    };
  }, [client, districtCode]);

  const warning = state && missingCalendarText(state.missingYears);
  return (
    <Card style={{ marginBottom: 16 }} data-testid="overdue-decisions">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }}>逾期未公开事项</Typography.Title>
      {state && (
        <Typography.Paragraph type="secondary">
          产生、变动或失效后 {state.workingDays} 个工作日内应公开；按 {state.asOf}（北京时间）计算，节假日按国务院安排。
        </Typography.Paragraph>
      )}
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 16 }} />}
      {warning && <Alert type="warning" showIcon message={warning} style={{ marginBottom: 16 }} data-testid="missing-calendar-years" />}
      <Table<OverdueDecision>
        rowKey="key"
        size="small"
        loading={!state && !failure}
        dataSource={state?.decisions ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">没有逾期事项</Typography.Text> }}
        columns={[
          { title: '类型', dataIndex: 'kindLabel', key: 'kind', width: 140 },
          { title: '事项', dataIndex: 'label', key: 'label' },
          { title: '决定日期', dataIndex: 'decidedOn', key: 'decidedOn', width: 110 },
          { title: '应公开日期', dataIndex: 'dueOn', key: 'dueOn', width: 110 },
          {
            title: '状态', key: 'state', width: 200,
            render: (_: unknown, d) => (d.late
              ? <Tag color="orange">逾期公开（{d.publishedOn}，逾期 {d.workingDaysOverdue} 个工作日）</Tag>
              : <Tag color="red">未公开，已逾期 {d.workingDaysOverdue} 个工作日</Tag>),
          },
          {
            title: '日历', key: 'calendar', width: 120,
            render: (_: unknown, d) => (d.calendarCovered ? '已覆盖' : <Tag color="gold">缺 {d.missingCalendarYears.join('、')} 年</Tag>),
          },
        ]}
      />
    </Card>
  );
}
