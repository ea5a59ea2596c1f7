import { label } from '../../api';
import type { Ownership, SchoolStatus, Stage } from '../../api/generated/graphql';

/** The register's choices in Chinese, in the order a clerk expects them. */
export const STAGE_CHOICES = (['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'] as Stage[]).map((value) => ({ value, label: label(value) }));
export const OWNERSHIP_CHOICES = (['PUBLIC', 'PRIVATE'] as Ownership[]).map((value) => ({ value, label: label(value) }));
export const STATUS_CHOICES = (['OPEN', 'PLANNED', 'CLOSED'] as SchoolStatus[]).map((value) => ({ value, label: label(value) }));
/** A school is registered or reopened as OPEN or PLANNED; only closeSchool closes it. */
export const OPEN_STATUS_CHOICES = STATUS_CHOICES.filter((c) => c.value !== 'CLOSED');

export const STATUS_COLOURS: Record<SchoolStatus, string> = { OPEN: 'success', PLANNED: 'processing', CLOSED: 'default' };

/** What each register action is called in the school's history. */
export const ACTION_LABELS: Record<string, string> = { IMPORT: '导入', CREATE: '登记', UPDATE: '修改', CLOSE: '撤销', REOPEN: '重新开办' };
export const CHANGE_STATUS_LABELS: Record<string, string> = { SUBMITTED: '待审核', RETURNED: '已退回', APPROVED: '已通过', PUBLISHED: '已发布' };
export const CHANGE_STATUS_COLOURS: Record<string, string> = { SUBMITTED: 'processing', RETURNED: 'error', APPROVED: 'success', PUBLISHED: 'success' };
