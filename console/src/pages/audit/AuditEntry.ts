/** One entry of the gateway's GET /audit (gateway/src/audit/AuditEntry.ts), as JSON. */
export interface AuditEntry {
  at: string;
  role: 'PUBLIC' | 'SCHOOL' | 'BUREAU';
  /** Who acted (account), null for an anonymous caller (e.g. a failed sign-in). */
  subject: string | null;
  districtCode: string | null;
  schoolId: string | null;
  operationName: string | null;
  /** Root mutation fields called, or the account event. */
  fields: string[];
  outcome: 'OK' | 'ERROR';
  errorCodes: string[];
  clientAddress: string | null;
  /** Account events: what happened, and to which account. */
  event?: string;
  account?: string;
}

/** What staff call the operations they see most; other mutations show their API name. */
export const OPERATION_LABEL: Record<string, string> = {
  SIGN_IN: '登录',
  SIGN_IN_FAILED: '登录失败',
  ACCOUNT_LOCKED: '账户锁定',
  REFRESH_REUSED: '登录凭据被重复使用（会话已撤销）',
  SIGN_OUT: '退出登录',
  PASSWORD_CHANGED: '修改密码',
  ACCOUNT_CREATED: '新建账户',
  ACCOUNT_DISABLED: '停用账户',
  ACCOUNT_ENABLED: '启用账户',
  PASSWORD_RESET: '重置密码',
  importSchools: '导入学校名册',
  importCatchments: '导入划片区域',
  importGazetteer: '导入地名库',
  importAdmissionResults: '导入录取结果',
  importEnrolmentPlans: '导入招生计划',
  importEnrolmentRules: '导入招生方案',
  publishCatchmentSet: '提交划片方案审核',
  openZoneSetConsultation: '提交划片征求意见稿审核',
  approveCatchmentChange: '审核通过（划片）',
  returnCatchmentChange: '退回（划片）',
  approveRegisterChange: '审核通过（名册）',
  returnRegisterChange: '退回（名册）',
  approveSubmission: '审核通过（学校填报）',
  returnSubmission: '退回（学校填报）',
  approveBureauChange: '审核通过（教育局发布）',
  returnBureauChange: '退回（教育局发布）',
  saveAdmissionResult: '保存录取数据',
  saveEnrolmentPlan: '保存招生计划',
  saveTransferReport: '保存转学情况',
  submitSubmission: '提交审核',
  startCoverageReport: '检查划片覆盖',
  createSchool: '新增学校（提交审核）',
  updateSchool: '修改学校信息（提交审核）',
  closeSchool: '撤销学校（提交审核）',
  reopenSchool: '重新开办学校（提交审核）',
  publishNamedList: '提交名单公示审核',
};

export const operationText = (field: string) => OPERATION_LABEL[field] ?? field;
