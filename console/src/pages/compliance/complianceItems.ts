/** The statutory items of the compliance dashboard, in the order of the columns, with their Chinese labels. */
export const COMPLIANCE_ITEMS = [
  { key: 'CATCHMENT', label: '划片范围' },
  { key: 'ENROLMENT_PLAN', label: '招生计划' },
  { key: 'TIMETABLE', label: '程序时间' },
  { key: 'ADMISSION_FLOW', label: '入学流程' },
  { key: 'ADMISSION_METHOD', label: '招生信息与录取办法' },
  { key: 'CONSULTATION_CONTACTS', label: '咨询方式' },
  { key: 'SUPERVISION_CHANNEL', label: '监督举报平台' },
  { key: 'PETITION_ADDRESS', label: '信访接待地址' },
  { key: 'MIGRANT_RULES', label: '随迁子女' },
  { key: 'REQUIRED_PAPERS', label: '证件要求' },
  { key: 'ADMISSION_RESULTS', label: '录取数与差异说明' },
  { key: 'TRANSFERS', label: '转学（每学期）' },
  { key: 'POLICY_BEFORE_USE', label: '政策文件先公开后使用' },
  { key: 'NAMED_LISTS_MASKED', label: '名单去标识化' },
  { key: 'INTERPRETATION', label: '政策解读' },
] as const;

export type ComplianceItemKey = (typeof COMPLIANCE_ITEMS)[number]['key'];

/** OK 已公开, MISSING 未公开 (still time), OVERDUE 已逾期, PROBLEM 公开但不合规, NOT_APPLICABLE 不适用. */
export type CellState = 'OK' | 'MISSING' | 'OVERDUE' | 'PROBLEM' | 'NOT_APPLICABLE';

export const CELL_STATE_LABEL: Record<CellState, string> = {
  OK: '已公开',
  MISSING: '未公开',
  OVERDUE: '已逾期',
  PROBLEM: '不合规',
  NOT_APPLICABLE: '不适用',
};

export interface ComplianceCell {
  state: CellState;
  /** What was found or is missing, in Chinese. */
  detail: string;
  /** Due date (YYYY-MM-DD) when the item has one and is not yet done. */
  dueOn?: string;
  /** Working days left until dueOn (0 on the day), when known; null past 20 (the ladder's reach). */
  workingDaysLeft?: number | null;
  /** Working days past dueOn, when overdue. */
  workingDaysOverdue?: number;
}

/** The cell's text for the table and the export: state, then the days. */
export function cellText(cell: ComplianceCell): string {
  const label = CELL_STATE_LABEL[cell.state];
  if (cell.state === 'OVERDUE' && cell.workingDaysOverdue !== undefined) return `${label} ${cell.workingDaysOverdue} 个工作日`;
  if (cell.state === 'MISSING' && cell.dueOn) {
    if (cell.workingDaysLeft === null || cell.workingDaysLeft === undefined) return `${label}（${cell.dueOn} 前）`;
    return `${label}（剩 ${cell.workingDaysLeft} 个工作日，${cell.dueOn} 前）`;
  }
  return label;
}
