import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, InputNumber, Select, Space, Statistic, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorText } from '../../api';
import { BureauComplianceBoardDocument, BureauWorkingDayLadderDocument, type BureauComplianceBoardQuery, type BureauWorkingDayLadderQuery } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { currentSchoolYear, STAGE_OPTIONS, type StageValue } from '../zones/stageOptions';
import { buildComplianceRows, type ComplianceRow } from './buildComplianceRows';
import { AnnualReportLinks } from './AnnualReportLinks';
import { ComplianceCell } from './ComplianceCell';
import { complianceCsv } from './complianceCsv';
import { CELL_STATE_LABEL, cellText, COMPLIANCE_ITEMS, type CellState } from './complianceItems';
import { missingCalendarText } from './mergeOverdueDecisions';
import { OverdueDecisionsCard } from './OverdueDecisionsCard';
import { roundDates, workingDaysUntil } from './workingDaysUntil';

/** The aliases d1…d20 of BureauWorkingDayLadder: the date 1…20 working days after today. */
const LADDER = Array.from({ length: 20 }, (_, i) => `d${i + 1}`) as Exclude<keyof BureauWorkingDayLadderQuery, 'resultsDue'>[];

/** What the page shows for a year and stage. */
interface Board {
  rows: ComplianceRow[];
  asOf: string;
  /** Years the holiday calendar lacks among the days counted (empty when covered). */
  missingYears: number[];
}

async function loadBoard(client: ReturnType<typeof useClient>, districtCode: string, year: number, stage: StageValue): Promise<Board> {
  const data: BureauComplianceBoardQuery = await client.request(BureauComplianceBoardDocument, { districtCode, year, stage });
  const summary = data.admissionsSummary;
  const rules = data.enrolmentRules?.[0] ?? null;
  const round = roundDates(rules?.timetable ?? []);
  // One request for the deadlines: the figures' due date and the next 20 working days, on the service's holiday calendar.
  const ladder = await client.request(BureauWorkingDayLadderDocument, { today: summary.asOf, roundClosedOn: round.closesOn ?? summary.asOf });
  const dueDates = LADDER.map((k) => ladder[k].dueOn);
  const rows = buildComplianceRows({
    year,
    stage,
    asOf: summary.asOf,
    schools: summary.disclosureChecklist,
    excluded: new Map(summary.excludedSchools.map((e) => [e.school.id, { reason: e.reason, on: e.on }])),
    overdue: new Map(summary.overdue.map((o) => [o.school.id, o])),
    registrationOpensOn: round.opensOn ?? `${year}-06-01`,
    resultsDueOn: round.closesOn ? ladder.resultsDue.dueOn : null,
    rulesInterpreted: rules ? Boolean(rules.interpretation?.trim() || rules.interpretationUrl) : null,
    workingDaysUntil: (date) => workingDaysUntil(summary.asOf, dueDates, date),
  });
  const missingYears = [...new Set([...ladder.resultsDue.missingCalendarYears, ...summary.overdue.flatMap((o) => o.missingCalendarYears)])].sort((a, b) => a - b);
  return { rows, asOf: summary.asOf, missingYears };
}

/** 合规: the district's schools × the statutory disclosure items, each cell's state and working days left or overdue; export as CSV for Excel. */
export function CompliancePage() {
  const client = useClient();
  const { districtCode } = useAccount();
  const [year, setYear] = useState(currentSchoolYear());
  const [stage, setStage] = useState<StageValue>('PRIMARY');
  const [board, setBoard] = useState<Board | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    setBoard(null);
    setFailure(null);
    try {
      setBoard(await loadBoard(client, districtCode, year, stage));
    } catch (error) {
      setFailure(errorText(error));
    }
  }, [client, districtCode, year, stage]);

  useEffect(() => void load(), [load]);

  const counts = useMemo(() => {
    const all = (board?.rows ?? []).flatMap((r) => Object.values(r.cells).map((c) => c.state));
    return (['OVERDUE', 'PROBLEM', 'MISSING', 'OK'] as CellState[]).map((state) => ({ state, count: all.filter((s) => s === state).length }));
  }, [board]);

  const exportCsv = () => {
    if (!board) return;
    const url = URL.createObjectURL(new Blob([complianceCsv(board.rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `信息公开合规-${districtCode}-${year}-${STAGE_OPTIONS.find((s) => s.value === stage)?.label ?? stage}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <Card>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>信息公开合规</Typography.Title>
      <OverdueDecisionsCard />
      <Space wrap style={{ marginBottom: 16 }}>
        <label>招生年份 <InputNumber aria-label="招生年份" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} /></label>
        <label>学段 <Select aria-label="学段" style={{ width: 100 }} value={stage} onChange={setStage} options={STAGE_OPTIONS.map((s) => ({ ...s }))} /></label>
        <Button icon={<DownloadOutlined />} disabled={!board} onClick={exportCsv}>导出 Excel（CSV）</Button>
        <AnnualReportLinks year={year} />
      </Space>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 16 }} />}
      {board && (
        <>
          <Space size="large" style={{ marginBottom: 16 }}>
            {counts.map(({ state, count }) => <Statistic key={state} title={CELL_STATE_LABEL[state]} value={count} />)}
            <Typography.Text type="secondary">按 {board.asOf}（北京时间）判断期限；工作日按节假日安排计算。</Typography.Text>
          </Space>
          {board.missingYears.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={missingCalendarText(board.missingYears)} />}
        </>
      )}
      <Table<ComplianceRow>
        data-testid="compliance-table"
        rowKey="schoolId"
        size="small"
        loading={!board && !failure}
        dataSource={board?.rows ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        // Each school's details (what was found or is missing) in words, reachable by keyboard: the cells' hover text is not.
        expandable={{
          expandedRowRender: (r) => (
            <ul style={{ margin: 0 }}>
              {COMPLIANCE_ITEMS.map((item) => <li key={item.key}>{item.label}：{cellText(r.cells[item.key])}。{r.cells[item.key].detail}</li>)}
            </ul>
          ),
        }}
        columns={[
          { title: '学校', key: 'school', fixed: 'left', width: 200, render: (_: unknown, r) => <span>{r.schoolName}{r.exclusion && `（${r.exclusion}）`}</span> },
          ...COMPLIANCE_ITEMS.map((item) => ({
            title: item.label,
            key: item.key,
            render: (_: unknown, r: ComplianceRow) => <ComplianceCell cell={r.cells[item.key]} />,
          })),
        ]}
      />
    </Card>
  );
}
