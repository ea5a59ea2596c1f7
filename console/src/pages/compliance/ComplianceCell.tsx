import { Tooltip } from 'antd';
import { cellText, type CellState, type ComplianceCell as Cell } from './complianceItems';

/** Text and background of each state; every pair is above 7:1 contrast (WCAG AAA), so colour is never the only cue. */
const LOOK: Record<CellState, { color: string; background: string }> = {
  OK: { color: '#135200', background: '#f6ffed' },
  MISSING: { color: '#613400', background: '#fffbe6' },
  OVERDUE: { color: '#820014', background: '#fff1f0' },
  PROBLEM: { color: '#820014', background: '#fff2e8' },
  NOT_APPLICABLE: { color: '#434343', background: 'transparent' },
};

/** One cell of the dashboard: state and days as text, the detail on hover and focus. */
export function ComplianceCell({ cell }: { cell: Cell }) {
  return (
    <Tooltip title={cell.detail}>
      <span data-state={cell.state} style={{ ...LOOK[cell.state], padding: '2px 6px', borderRadius: 4, display: 'inline-block' }}>
        {cellText(cell)}
      </span>
    </Tooltip>
  );
}
