import type { OpenDataColumn } from './OpenDataColumn';
import type { PublicAdmissionResult, PublicCatchment, PublicEnrolmentPlan, PublicSchool, PublicTransferRow } from './PublicRecords';

const STAGES = { KINDERGARTEN: '幼儿园', PRIMARY: '小学', JUNIOR: '初中', SENIOR: '高中' };
const STATUS = { PUBLISHED: '现行有效（已发布）' };
const TRANSFER_REASONS = {
  FAMILY_MOVE: '家庭搬迁', PARENT_JOB: '父母工作调动', HUKOU_CHANGE: '户籍变更', HEALTH: '身体原因', RETURN_TO_HOMETOWN: '返回原籍', OTHER: '其他',
} as const;

type Common = { status: string; version: number; correctionReason: string | null; publishedAt: string; sampleData: boolean };

const versionColumns = <Row extends Common>(): OpenDataColumn<Row>[] => [
  { name: 'status', header: '状态', type: 'enum', values: STATUS, meaning: '记录状态：文件只含现行有效的版本', meaningEn: 'Record status: the files hold versions in force only', value: (r) => r.status },
  { name: 'version', header: '版本', type: 'integer', meaning: '该记录的版本号（1、2、…），每次更正加一', meaningEn: 'Version number (1, 2, …), one more with every correction', value: (r) => r.version },
  { name: 'correction_reason', header: '更正原因', type: 'string', meaning: '该版本更正上一版本的原因；首个版本为空', meaningEn: 'Why this version corrected the previous one; empty for a first version', value: (r) => r.correctionReason },
  { name: 'published_at', header: '发布时间', type: 'date-time', meaning: '发布时间（ISO 8601，UTC）', meaningEn: 'When published (ISO 8601, UTC)', value: (r) => r.publishedAt },
  { name: 'sample_data', header: '示例数据', type: 'boolean', meaning: 'true 表示演示用的示例数据，不是真实信息', meaningEn: 'true for generated demonstration data, not real information', value: (r) => r.sampleData },
];

const schoolRef = <Row extends { school: { id: string; name: string } }>(): OpenDataColumn<Row>[] => [
  { name: 'school_id', header: '学校标识码', type: 'string', meaning: '10 位全国学校标识码，与 schools.csv 的 school_id 对应', meaningEn: '10-digit national school code; joins schools.csv', value: (r) => r.school.id },
  { name: 'school_name', header: '学校名称', type: 'string', meaning: '学校全称（生成文件时的名称）', meaningEn: 'Full school name (as registered when the file was made)', value: (r) => r.school.name },
];

const hashColumns = <Row extends { recordId: string | null; contentHash: string | null }>(): OpenDataColumn<Row>[] => [
  { name: 'record_id', header: '记录编号', type: 'string', meaning: '该版本在发布日志中的编号，可用于核验', meaningEn: 'Id of this version in the publication log, for verification', value: (r) => r.recordId },
  { name: 'content_hash', header: '内容哈希', type: 'string', meaning: '该版本内容（RFC 8785 规范 JSON）的 SHA-256，十六进制小写；与发布日志中的记录一致', meaningEn: 'Lowercase hex SHA-256 of the canonical JSON (RFC 8785) of this version; equals the logged hash', value: (r) => r.contentHash },
];

export const schoolColumns: OpenDataColumn<PublicSchool>[] = [
  { name: 'school_id', header: '学校标识码', type: 'string', meaning: '10 位全国学校标识码', meaningEn: '10-digit national school code', value: (s) => s.id },
  { name: 'district_code', header: '行政区划代码', type: 'string', meaning: '举办学校的区县的 6 位行政区划代码', meaningEn: '6-digit division code of the district running the school', value: (s) => s.districtCode },
  { name: 'name', header: '学校名称', type: 'string', meaning: '学校全称', meaningEn: 'Full registered name', value: (s) => s.name },
  { name: 'short_name', header: '简称', type: 'string', meaning: '地图上使用的简称', meaningEn: 'Short name used on maps', value: (s) => s.shortName },
  { name: 'stages', header: '学段', type: 'list', values: STAGES, meaning: '学校开设的学段，多个以分号分隔（九年一贯制为 PRIMARY;JUNIOR）', meaningEn: 'Stages offered, separated by semicolons', value: (s) => s.stages.join(';') },
  { name: 'ownership', header: '办学性质', type: 'enum', values: { PUBLIC: '公办', PRIVATE: '民办' }, meaning: '公办或民办', meaningEn: 'Public or private', value: (s) => s.ownership },
  { name: 'school_status', header: '办学状态', type: 'enum', values: { OPEN: '正常办学', CLOSED: '已撤销或停办', PLANNED: '筹建中' }, meaning: '办学状态；已撤销的学校保留并标明', meaningEn: 'Open, closed (kept, marked) or planned', value: (s) => s.status },
  { name: 'address', header: '地址', type: 'string', meaning: '学校地址', meaningEn: 'Street address', value: (s) => s.address },
  { name: 'lng', header: '经度', type: 'number', unit: '度（WGS-84）', meaning: '校门经度，WGS-84；未测量时为空', meaningEn: 'Longitude of the main gate, WGS-84; empty when not surveyed', value: (s) => s.location?.lng ?? null },
  { name: 'lat', header: '纬度', type: 'number', unit: '度（WGS-84）', meaning: '校门纬度，WGS-84；未测量时为空', meaningEn: 'Latitude of the main gate, WGS-84; empty when not surveyed', value: (s) => s.location?.lat ?? null },
  { name: 'enquiry_phone', header: '招生咨询电话', type: 'string', meaning: '招生咨询电话', meaningEn: 'Enquiry telephone', value: (s) => s.enquiryPhone },
  { name: 'supervision_phone', header: '监督举报电话', type: 'string', meaning: '监督举报电话', meaningEn: 'Supervision / report telephone', value: (s) => s.supervisionPhone },
  { name: 'petition_address', header: '信访接待地址', type: 'string', meaning: '信访接待地址', meaningEn: 'Petition reception address', value: (s) => s.petitionAddress },
  { name: 'website', header: '学校网站', type: 'string', meaning: '学校网站', meaningEn: 'School website', value: (s) => s.website },
  { name: 'opened_on', header: '开办日期', type: 'date', meaning: '开办日期（YYYY-MM-DD）；筹建中为计划开办日期', meaningEn: 'Opening date (planned, for a planned school)', value: (s) => s.openedOn },
  { name: 'closed_on', header: '撤销日期', type: 'date', meaning: '撤销或停办日期', meaningEn: 'Closing date', value: (s) => s.closedOn },
  { name: 'closure_reason', header: '撤销原因', type: 'string', meaning: '撤销或停办的原因（如并入其他学校）', meaningEn: 'Why the school closed', value: (s) => s.closureReason },
  { name: 'version', header: '版本', type: 'integer', meaning: '登记信息的版本号，每次发布的变更加一', meaningEn: 'Register version, one more with every published change', value: (s) => s.version },
  { name: 'updated_at', header: '更新时间', type: 'date-time', meaning: '登记信息最近一次变更的时间（ISO 8601）', meaningEn: 'When the register entry last changed', value: (s) => s.updatedAt },
  ...hashColumns<PublicSchool>(),
  { name: 'sample_data', header: '示例数据', type: 'boolean', meaning: 'true 表示演示用的示例数据，不是真实信息', meaningEn: 'true for generated demonstration data', value: (s) => s.sampleData },
];

export const planColumns: OpenDataColumn<PublicEnrolmentPlan>[] = [
  ...schoolRef<PublicEnrolmentPlan>(),
  { name: 'year', header: '招生年份', type: 'integer', meaning: '招生年份（秋季入学的年份）', meaningEn: 'School year (autumn intake)', value: (p) => p.year },
  { name: 'stage', header: '学段', type: 'enum', values: STAGES, meaning: '学段', meaningEn: 'Stage', value: (p) => p.stage },
  { name: 'planned_seats', header: '招生计划数', type: 'integer', unit: '人', meaning: '招生计划人数', meaningEn: 'Planned seats', value: (p) => p.plannedSeats },
  { name: 'planned_classes', header: '计划班数', type: 'integer', unit: '个', meaning: '计划招生班数；未填时为空', meaningEn: 'Planned classes, where given', value: (p) => p.plannedClasses },
  ...versionColumns<PublicEnrolmentPlan>(),
  ...hashColumns<PublicEnrolmentPlan>(),
];

const PREFERENCE_CATEGORIES = {
  MILITARY_FAMILY: '军人子女', MARTYR_CHILD: '烈士子女', HIGH_LEVEL_TALENT: '高层次人才子女', FIRE_RESCUE_FAMILY: '消防救援人员子女', POLICE_FAMILY: '公安英模子女', OTHER: '所引文件规定的其他类别',
};

export const resultColumns: OpenDataColumn<PublicAdmissionResult>[] = [
  ...schoolRef<PublicAdmissionResult>(),
  { name: 'year', header: '招生年份', type: 'integer', meaning: '招生年份', meaningEn: 'School year', value: (r) => r.year },
  { name: 'stage', header: '学段', type: 'enum', values: STAGES, meaning: '学段', meaningEn: 'Stage', value: (r) => r.stage },
  { name: 'round', header: '录取批次', type: 'integer', meaning: '录取批次（1 为主批次）', meaningEn: 'Admission round (1 = main round)', value: (r) => r.round },
  { name: 'planned_seats', header: '招生计划数', type: 'integer', unit: '人', meaning: '招生计划人数', meaningEn: 'Planned seats', value: (r) => r.plannedSeats },
  { name: 'applicants', header: '报名人数', type: 'integer', unit: '人', meaning: '报名人数', meaningEn: 'Applicants', value: (r) => r.applicants },
  { name: 'admitted', header: '录取人数', type: 'integer', unit: '人', meaning: '录取人数', meaningEn: 'Admitted', value: (r) => r.admitted },
  { name: 'fill_rate', header: '录取率', type: 'number', unit: '比值（录取人数 ÷ 计划数）', meaning: '录取人数与计划数之比；无计划时为空', meaningEn: 'admitted / planned seats; empty without a plan', value: (r) => r.fillRate },
  { name: 'cutoff_score', header: '录取分数线', type: 'number', unit: '分', meaning: '录取最低分，仅普通高中', meaningEn: 'Cut-off score, senior high schools only', value: (r) => r.cutoffScore },
  { name: 'explanation_reason', header: '差异原因类别', type: 'enum', values: { UNDER_APPLIED: '报名人数少于计划', OVER_APPLIED_LOTTERY: '报名人数多于计划，电脑派位', POLICY_PREFERENCE: '政策性照顾', OTHER: '其他原因' }, meaning: '录取人数与计划数不同时的原因类别；相同时为空', meaningEn: 'Why admitted differs from planned (category); empty when equal', value: (r) => r.explanation?.reasonCode ?? null },
  { name: 'explanation', header: '差异说明', type: 'string', meaning: '录取人数与计划数不同时公布的说明', meaningEn: 'The published explanation where admitted ≠ planned', value: (r) => r.explanation?.text ?? null },
  { name: 'preferential_admitted', header: '政策性照顾录取人数', type: 'integer', unit: '人', meaning: '按政策性照顾录取的人数合计', meaningEn: 'Pupils admitted under preferential policies, in all', value: (r) => r.preferential.reduce((sum, p) => sum + p.count, 0) },
  { name: 'preferential', header: '政策性照顾明细', type: 'list', values: PREFERENCE_CATEGORIES, meaning: '每项为“类别:人数:所依据文件文号”，多项以分号分隔', meaningEn: 'Each "category:count:document number", separated by semicolons', value: (r) => r.preferential.map((p) => `${p.category}:${p.count}:${p.policyDocumentNumber}`).join(';') },
  ...versionColumns<PublicAdmissionResult>(),
  ...hashColumns<PublicAdmissionResult>(),
];

const countOf = (list: { reason: string; count: number }[], reason: string) => list.filter((c) => c.reason === reason).reduce((sum, c) => sum + c.count, 0);

export const transferColumns: OpenDataColumn<PublicTransferRow>[] = [
  { name: 'report_id', header: '报告编号', type: 'string', meaning: '该学期转学情况报告的版本编号', meaningEn: 'Id of this version of the term report', value: (t) => t.id },
  ...schoolRef<PublicTransferRow>(),
  { name: 'year', header: '学年', type: 'integer', meaning: '学年，以秋季开学的年份表示（2025 即 2025—2026 学年）', meaningEn: 'School year by its autumn (2025 = 2025–2026)', value: (t) => t.year },
  { name: 'term', header: '学期', type: 'enum', values: { AUTUMN: '秋季学期（第一学期）', SPRING: '春季学期（第二学期）' }, meaning: '学期', meaningEn: 'Term', value: (t) => t.term },
  { name: 'transfers_in', header: '转入合计', type: 'integer', unit: '人', meaning: '本学期转入人数合计', meaningEn: 'Transfers in, in all', value: (t) => t.transfersIn.reduce((sum, c) => sum + c.count, 0) },
  { name: 'transfers_out', header: '转出合计', type: 'integer', unit: '人', meaning: '本学期转出人数合计', meaningEn: 'Transfers out, in all', value: (t) => t.transfersOut.reduce((sum, c) => sum + c.count, 0) },
  ...Object.entries(TRANSFER_REASONS).flatMap(([reason, label]): OpenDataColumn<PublicTransferRow>[] => [
    { name: `in_${reason.toLowerCase()}`, header: `转入-${label}`, type: 'integer', unit: '人', meaning: `因“${label}”转入的人数`, meaningEn: `Transfers in for ${reason}`, value: (t) => countOf(t.transfersIn, reason) },
    { name: `out_${reason.toLowerCase()}`, header: `转出-${label}`, type: 'integer', unit: '人', meaning: `因“${label}”转出的人数`, meaningEn: `Transfers out for ${reason}`, value: (t) => countOf(t.transfersOut, reason) },
  ]),
  ...versionColumns<PublicTransferRow>(),
];

/** Properties of each feature in zones.geojson (the feature's geometry is the zone's polygon, WGS-84, or null). */
export const zoneProperties: OpenDataColumn<PublicCatchment>[] = [
  { name: 'id', header: '学区编号', type: 'string', meaning: '该学区版本的稳定编号（也是要素的 id）', meaningEn: 'Stable id of this zone version (also the feature id)', value: (c) => c.id },
  { name: 'name', header: '学区名称', type: 'string', meaning: '公布的学区名称', meaningEn: 'Published zone name', value: (c) => c.name },
  { name: 'year', header: '招生年份', type: 'integer', meaning: '学区适用的招生年份', meaningEn: 'School year the zone applies to', value: (c) => c.year },
  { name: 'stage', header: '学段', type: 'enum', values: STAGES, meaning: '学段', meaningEn: 'Stage', value: (c) => c.stage },
  { name: 'boundaryText', header: '四至', type: 'string', meaning: '公布的四至文字；依法以文字为准，图形仅作示意', meaningEn: 'The published text boundary; in law the text is authoritative, the polygon illustrates it', value: (c) => c.boundaryText },
  { name: 'schoolIds', header: '对应学校', type: 'list', meaning: '服务该学区的学校标识码（多校划片时多个），对应 schools.csv', meaningEn: 'School ids serving the zone (several for a multi-school zone); join schools.csv', value: (c) => c.schools.map((s) => s.id).join(';') },
  { name: 'allocationMethod', header: '入学方式', type: 'enum', values: { NEAREST: '单校划片，就近免试入学', LOTTERY: '多校划片，电脑派位' }, meaning: '学位分配方式', meaningEn: 'How places are allocated', value: (c) => c.allocationMethod },
  { name: 'feederSchoolIds', header: '对口初中', type: 'list', meaning: '小学学区对口的初中学校标识码；初中学区为空', meaningEn: 'Junior schools this primary zone feeds', value: (c) => c.feederSchools.map((s) => s.id).join(';') },
  { name: 'rules', header: '地段规则', type: 'object', values: { ROAD: '道路（按号/弄、单双号范围）', PLACE: '小区、村、社区、居委会或里', UNIT: '整个街道或乡镇', EXCLUSION: '除外（不含）' }, meaning: '对口地段表的规则（种类、公布文字、备注），按公布顺序；有规则时以规则为准', meaningEn: 'Address rules (kind, published text, note) in published order; authoritative where present', value: () => null },
  { name: 'version', header: '版本', type: 'integer', meaning: '所属学区方案的版本号', meaningEn: 'Version of the zone set', value: (c) => c.version },
  { name: 'status', header: '状态', type: 'enum', values: STATUS, meaning: '文件只含现行有效的学区方案', meaningEn: 'Zone sets in force only', value: (c) => c.status },
  { name: 'publishedAt', header: '发布时间', type: 'date-time', meaning: '学区方案发布时间（ISO 8601）', meaningEn: 'When the zone set was published', value: (c) => c.publishedAt },
  { name: 'sourceDocument', header: '依据文件', type: 'string', meaning: '学区方案的依据文件（标题及文号）', meaningEn: 'Source document (title and number)', value: (c) => c.sourceDocument },
  { name: 'recordId', header: '记录编号', type: 'string', meaning: '学区方案版本在发布日志中的编号', meaningEn: 'Id of the zone-set version in the publication log', value: (c) => c.recordId },
  { name: 'contentHash', header: '内容哈希', type: 'string', meaning: '学区方案版本内容的 SHA-256，与发布日志一致', meaningEn: 'SHA-256 of the zone-set version, as logged', value: (c) => c.contentHash },
  { name: 'sampleData', header: '示例数据', type: 'boolean', meaning: 'true 表示演示用的示例数据', meaningEn: 'true for demonstration data', value: (c) => c.sampleData },
];
