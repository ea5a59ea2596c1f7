/**
 * Field names as staff see them, in the forms and the import templates. Keyed by the field's name
 * in the API (the input types of gateway/supergraph.graphql and the import rows' fields), or by
 * `parent.field` where one name means different things in different places (`entries.name` is a
 * pupil's 姓名). A test fails naming any input field of the supergraph without a label.
 */
export const fieldLabels: Record<string, { 'zh-CN': string; en: string }> = {
  // Shared by most records.
  districtCode: { 'zh-CN': '行政区划代码', en: 'District code' },
  schoolId: { 'zh-CN': '学校标识码', en: 'School code' },
  id: { 'zh-CN': '编号', en: 'ID' },
  year: { 'zh-CN': '年份', en: 'Year' },
  stage: { 'zh-CN': '学段', en: 'Stage' },
  sampleData: { 'zh-CN': '示例数据', en: 'Sample data' },
  correctionReason: { 'zh-CN': '更正原因', en: 'Reason for the correction' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  name: { 'zh-CN': '名称', en: 'Name' },
  title: { 'zh-CN': '标题', en: 'Title' },
  phone: { 'zh-CN': '联系电话', en: 'Phone' },
  address: { 'zh-CN': '地址', en: 'Address' },
  website: { 'zh-CN': '网址', en: 'Website' },
  enquiryPhone: { 'zh-CN': '招生咨询电话', en: 'Enquiry phone' },
  supervisionPhone: { 'zh-CN': '监督举报电话', en: 'Supervision phone' },
  consultationPhone: { 'zh-CN': '咨询电话', en: 'Consultation phone' },
  petitionAddress: { 'zh-CN': '信访接待地址', en: 'Petition office address' },
  body: { 'zh-CN': '正文', en: 'Text' },
  interpretation: { 'zh-CN': '政策解读', en: 'Interpretation' },
  interpretationUrl: { 'zh-CN': '政策解读链接', en: 'Interpretation link' },
  documentNumber: { 'zh-CN': '文号', en: 'Document number' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
  papers: { 'zh-CN': '所需材料', en: 'Papers' },

  // Admission results (AdmissionResultInput) and enrolment plans (EnrolmentPlanInput).
  round: { 'zh-CN': '录取批次', en: 'Round' },
  plannedSeats: { 'zh-CN': '计划招生数', en: 'Planned seats' },
  plannedClasses: { 'zh-CN': '计划班数', en: 'Planned classes' },
  applicants: { 'zh-CN': '报名人数', en: 'Applicants' },
  admitted: { 'zh-CN': '录取人数', en: 'Admitted' },
  cutoffScore: { 'zh-CN': '录取分数线', en: 'Cut-off score' },
  explanation: { 'zh-CN': '差异说明', en: 'Explanation' },
  'explanation.reasonCode': { 'zh-CN': '差异原因', en: 'Reason for the difference' },
  'explanation.text': { 'zh-CN': '说明内容', en: 'Explanation text' },
  preferential: { 'zh-CN': '政策性照顾录取', en: 'Preferential admissions' },
  'preferential.category': { 'zh-CN': '照顾类别', en: 'Category' },
  'preferential.count': { 'zh-CN': '照顾录取人数', en: 'Count' },
  policyDocumentNumber: { 'zh-CN': '政策文件文号', en: 'Policy document number' },

  // Transfers (TransferReportInput, TransferCountInput).
  term: { 'zh-CN': '学期', en: 'Term' },
  transfersIn: { 'zh-CN': '转入', en: 'Transfers in' },
  transfersOut: { 'zh-CN': '转出', en: 'Transfers out' },
  'transfersIn.reason': { 'zh-CN': '转入原因', en: 'Reason' },
  'transfersIn.count': { 'zh-CN': '转入人数', en: 'Count' },
  'transfersOut.reason': { 'zh-CN': '转出原因', en: 'Reason' },
  'transfersOut.count': { 'zh-CN': '转出人数', en: 'Count' },
  count: { 'zh-CN': '人数', en: 'Count' },

  // School rules (SchoolRulesInput) and the district's enrolment rules.
  rules: { 'zh-CN': '招生细则', en: 'Rules' },
  issuedOn: { 'zh-CN': '发文日期', en: 'Issued on' },
  sourceUrl: { 'zh-CN': '原文链接', en: 'Source link' },
  eligibility: { 'zh-CN': '入学条件', en: 'Eligibility' },
  migrantEligibility: { 'zh-CN': '随迁子女入学条件', en: 'Eligibility of migrant children' },
  migrantPapers: { 'zh-CN': '随迁子女所需材料', en: 'Papers for migrant children' },
  timetable: { 'zh-CN': '招生日程', en: 'Timetable' },
  'timetable.phase': { 'zh-CN': '阶段', en: 'Phase' },
  'timetable.startsOn': { 'zh-CN': '开始日期', en: 'Starts on' },
  'timetable.endsOn': { 'zh-CN': '结束日期', en: 'Ends on' },
  admissionMethod: { 'zh-CN': '录取办法', en: 'Admission method' },

  // Policy documents (PolicyDocumentInput).
  issuer: { 'zh-CN': '发文机关', en: 'Issuer' },
  categories: { 'zh-CN': '适用照顾类别', en: 'Categories' },
  effectiveFrom: { 'zh-CN': '生效日期', en: 'Effective from' },
  effectiveUntil: { 'zh-CN': '失效日期', en: 'Effective until' },
  // The publication clock (every submitting mutation): the date the decision was made, changed or expired.
  decidedOn: { 'zh-CN': '决定日期', en: 'Decided on' },

  // Named lists (NamedListInput, NamedListEntryInput).
  kind: { 'zh-CN': '类型', en: 'Kind' },
  entries: { 'zh-CN': '名单', en: 'Entries' },
  'entries.name': { 'zh-CN': '姓名', en: 'Name' },
  'entries.idNumber': { 'zh-CN': '身份证号', en: 'ID number' },
  'entries.category': { 'zh-CN': '类别', en: 'Category' },

  // School register (SchoolInput, SchoolPatch, the register CSV's columns).
  shortName: { 'zh-CN': '学校简称', en: 'Short name' },
  stages: { 'zh-CN': '学段', en: 'Stages' },
  ownership: { 'zh-CN': '办学性质', en: 'Ownership' },
  location: { 'zh-CN': '位置（经纬度）', en: 'Location' },
  lng: { 'zh-CN': '经度', en: 'Longitude' },
  lat: { 'zh-CN': '纬度', en: 'Latitude' },
  status: { 'zh-CN': '办学状态', en: 'Status' },
  openedOn: { 'zh-CN': '开办日期', en: 'Opened on' },
  closedOn: { 'zh-CN': '撤销日期', en: 'Closed on' },
  closureReason: { 'zh-CN': '撤销原因', en: 'Reason for closing' },
  version: { 'zh-CN': '名册版本', en: 'Register version' },

  // Imports (SchoolImportInput, CatchmentImportInput, GazetteerImportInput, DistrictImportInput, AdmissionsImportInput).
  content: { 'zh-CN': '文件内容', en: 'File content' },
  contentBase64: { 'zh-CN': '文件内容', en: 'File content' },
  rows: { 'zh-CN': '数据行', en: 'Rows' },
  format: { 'zh-CN': '文件格式', en: 'File format' },
  encoding: { 'zh-CN': '文字编码', en: 'Text encoding' },
  contentEncoding: { 'zh-CN': '内容编码', en: 'Content encoding' },
  crs: { 'zh-CN': '坐标系', en: 'Coordinate system' },
  baseline: { 'zh-CN': '导出时间（核对基准）', en: 'Exported at (baseline)' },
  confirmRows: { 'zh-CN': '确认导入的行', en: 'Confirmed rows' },
  readRules: { 'zh-CN': '读取四至文字', en: 'Read boundary text' },
  mapping: { 'zh-CN': '属性对应', en: 'Property mapping' },
  'mapping.name': { 'zh-CN': '学区名称属性', en: 'Zone name property' },
  'mapping.schoolIds': { 'zh-CN': '学校标识码属性', en: 'School codes property' },
  'mapping.boundaryText': { 'zh-CN': '四至文字属性', en: 'Boundary text property' },
  'mapping.allocationMethod': { 'zh-CN': '分配方式属性', en: 'Allocation method property' },
  'mapping.feederSchoolIds': { 'zh-CN': '对口学校属性', en: 'Feeder schools property' },
  sourceDocument: { 'zh-CN': '来源文件', en: 'Source document' },
  repair: { 'zh-CN': '自动修复图形', en: 'Repair geometry' },
  codeProperty: { 'zh-CN': '区划代码属性', en: 'Code property' },
  nameProperty: { 'zh-CN': '名称属性', en: 'Name property' },
  contact: { 'zh-CN': '教育局联系方式', en: 'Bureau contact' },
  'contact.department': { 'zh-CN': '部门', en: 'Department' },

  // Gazetteer CSV (地名库) columns.
  validFrom: { 'zh-CN': '生效日期', en: 'Valid from' },
  aliases: { 'zh-CN': '别名', en: 'Aliases' },
  from: { 'zh-CN': '起号', en: 'From number' },
  to: { 'zh-CN': '止号', en: 'To number' },
  parity: { 'zh-CN': '单双号', en: 'Odd/even' },
  primaryZone: { 'zh-CN': '小学学区', en: 'Primary zone' },
  juniorZone: { 'zh-CN': '初中学区', en: 'Junior zone' },

  // Public consultations on drafts (ConsultationInput, CommentGroupInput).
  subjectKind: { 'zh-CN': '草案类型', en: 'Kind of draft' },
  subjectId: { 'zh-CN': '草案编号', en: 'Draft record' },
  draftText: { 'zh-CN': '草案全文', en: 'Draft text' },
  basis: { 'zh-CN': '决策依据', en: 'Basis of the decision' },
  howToComment: { 'zh-CN': '提交意见的方式', en: 'How to comment' },
  opensOn: { 'zh-CN': '征求意见开始日期', en: 'Opens on' },
  closesOn: { 'zh-CN': '征求意见截止日期', en: 'Closes on' },
  shortWindowReason: { 'zh-CN': '征求意见不足 30 天的理由', en: 'Reason for a window under 30 days' },
  receipts: { 'zh-CN': '意见回执编号', en: 'Receipt numbers' },
  summary: { 'zh-CN': '意见摘要', en: 'Summary' },
  decision: { 'zh-CN': '采纳情况', en: 'Decision' },

  // The parents' school search (SchoolFilter, BoundingBox), named for completeness.
  text: { 'zh-CN': '搜索文字', en: 'Search text' },
  ids: { 'zh-CN': '学校标识码（多个）', en: 'School codes' },
  bbox: { 'zh-CN': '地图范围', en: 'Map area' },
  minLng: { 'zh-CN': '最小经度', en: 'Minimum longitude' },
  minLat: { 'zh-CN': '最小纬度', en: 'Minimum latitude' },
  maxLng: { 'zh-CN': '最大经度', en: 'Maximum longitude' },
  maxLat: { 'zh-CN': '最大纬度', en: 'Maximum latitude' },
};

/** Lists whose items are rows of a file or a table: their index is said as 第N行, not 第N项. */
export const ROW_LISTS = new Set(['rows', 'entries']);
