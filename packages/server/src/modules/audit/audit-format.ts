import { APPLICATION_STATUSES, REFERRAL_STATUSES } from '../workflow/states';
import {
  ASSET_KINDS,
  BENEFIT_STATUSES,
  INCOME_CATEGORIES,
  LEGAL_DUTIES,
  RELATIONS,
  RESIDENCE_TYPES,
  SUPPORT_ABILITIES,
  TIER_NAMES,
  UNABLE_REASONS,
  type CodeList,
} from '@xiejiu/rules';
import { PERMISSION_NAMES } from '../auth/permissions';
import { ROLES } from '../auth/roles';
import { TOKEN_SCOPES } from '../auth/token-scopes';
import { JOB_STATUS_NAMES } from '../jobs/registry';

/**
 * The operation log's stored `diff` (`{ changes: { field: { before, after } }, detail: { … } }`,
 * hashed into the chain exactly as written) turned into labelled text for people: field names in
 * Chinese, codes as their names, area codes as area names, booleans as 是/否. The stored row is
 * never changed; this is only how the API shows it (`AuditLog.changes` / `AuditLog.details`).
 */

export interface AuditChangeView {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}
export interface AuditDetailView {
  key: string;
  label: string;
  value: string;
}

const FIELD_LABELS: Record<string, string> = {
  reason: '理由',
  why: '理由',
  note: '备注',
  kind: '类型',
  receiptNo: '受理号',
  rows: '涉及记录',
  name: '名称',
  id: '编号',
  households: '家庭数',
  size: '大小（字节）',
  requestId: '申请编号',
  programCode: '救助事项',
  programs: '救助事项',
  status: '状态',
  areaCode: '区划',
  access: '可见范围',
  date: '日期',
  value: '取值',
  total: '合计',
  today: '日期',
  roles: '角色',
  scopes: '权限范围',
  permissions: '权限',
  personId: '成员编号',
  householdId: '家庭编号',
  parameterCode: '参数',
  jobId: '任务编号',
  inScope: '在管辖范围内',
  field: '字段',
  fileIds: '附件',
  effectiveFrom: '生效日期',
  legalRef: '依据',
  mime: '文件类型',
  ok: '结果',
  checked: '已校验条数',
  firstBadPos: '首个异常序号',
  asOf: '评估日期',
  processed: '已处理',
  gaining: '新增符合',
  losing: '不再符合',
  deltaMonthlyFen: '每月金额变化（分）',
  changedCount: '变化家庭数',
  requestedBy: '申请人',
  confirmedBy: '确认人',
  requestedByName: '申请人',
  tier: '层级',
  relation: '与户主关系',
  idNumber: '身份证号',
  phone: '电话',
  address: '住址',
  groupNo: '组',
  residenceType: '城乡类别',
  category: '类别',
  month: '月份',
  amountFen: '金额（分）',
  valueFen: '价值（分）',
  monthlyAmountFen: '月救助金额（分）',
  duty: '义务种类',
  ability: '履行能力',
  unableReason: '无履行能力情形',
  monthlyIncomeFen: '月收入（分）',
  supporterPersonId: '义务人台账人员编号',
  noLegalSupporterConfirmed: '已核实无法定义务人',
  signedOn: '签署日期',
  validUntil: '有效期至',
  scope: '授权范围',
  signers: '签署人数',
  fileId: '文件编号',
  startDate: '起始日期',
  endDate: '终止日期',
  departmentId: '部门编号',
  expiresAt: '有效期至',
  days: '天数',
  level: '级别',
  message: '内容',
  response: '答复',
  approve: '批准',
  approved: '批准',
  urgent: '急难情形',
  headPersonId: '户主',
  newHeadPersonId: '新户主',
  parentCode: '上级区划',
  code: '代码',
  members: '成员',
  text: '内容',
  displayName: '姓名',
  username: '用户名',
  disabled: '停用',
  by: '依据',
  retryAfter: '重试等待（秒）',
  usernameHint: '用户名提示',
  usernameKey: '用户名摘要',
  smsNotSent: '未发短信',
  noNotification: '无需通知',
  error: '错误',
  filter: '条件',
  keyword: '关键词',
  label: '名称',
  shortName: '简称',
  mfa: '两步验证',
  session: '会话',
  failedLogins: '登录失败次数',
  // 门户内容 (modules/portal)
  windowName: '窗口名称',
  windowAddress: '窗口地址',
  hours: '办公时间',
  contactNumber: '咨询电话',
  mapText: '地图和交通说明',
  summary: '一句话说明',
  whoQualifies: '谁可以申请',
  whatHelp: '能得到什么帮助',
  howToApply: '怎么申请',
};

const byCode = (entries: Array<[string, string]>): CodeList => Object.fromEntries(entries);
const ROLE_NAMES = byCode(ROLES.map((r) => [r.code, r.name]));
const SCOPE_NAMES = byCode(TOKEN_SCOPES.map((s) => [s.scope, s.name]));
const UNMASK_FIELDS: CodeList = { ID_NUMBER: '身份证号', PHONE: '电话' };

/** Status codes by the logged entity type; other entities fall back to all the lists. */
const STATUS_BY_ENTITY: Record<string, CodeList> = {
  referral: REFERRAL_STATUSES,
  application: APPLICATION_STATUSES,
  benefit: BENEFIT_STATUSES,
  job: JOB_STATUS_NAMES,
};
const ANY_STATUS: CodeList = { ...JOB_STATUS_NAMES, ...BENEFIT_STATUSES, ...APPLICATION_STATUSES, ...REFERRAL_STATUSES };

function codeList(key: string, entityType: string | null): CodeList | null {
  switch (key) {
    case 'status':
      return STATUS_BY_ENTITY[entityType ?? ''] ?? ANY_STATUS;
    case 'roles':
    case 'role':
      return ROLE_NAMES;
    case 'permissions':
      return PERMISSION_NAMES;
    case 'scopes':
      return SCOPE_NAMES;
    case 'tier':
    case 'fromTier':
    case 'toTier':
      return TIER_NAMES;
    case 'relation':
    case 'formerHeadRelation':
      return RELATIONS;
    case 'residenceType':
      return RESIDENCE_TYPES;
    case 'category':
      return INCOME_CATEGORIES;
    case 'field':
      return UNMASK_FIELDS;
    case 'duty':
      return LEGAL_DUTIES;
    case 'ability':
      return SUPPORT_ABILITIES;
    case 'unableReason':
      return UNABLE_REASONS;
    case 'kind':
      return entityType === 'asset' ? ASSET_KINDS : null;
    default:
      return null;
  }
}

const AREA_CODE = /^\d{12}$/;

/** Every 12-digit area code in a stored diff, to look their names up in one query. */
export function areaCodesIn(diff: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof diff === 'string') {
    if (AREA_CODE.test(diff)) out.add(diff);
  } else if (Array.isArray(diff)) for (const v of diff) areaCodesIn(v, out);
  else if (diff && typeof diff === 'object') for (const v of Object.values(diff)) areaCodesIn(v, out);
  return out;
}

export function formatValue(key: string, value: unknown, entityType: string | null, areas: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (AREA_CODE.test(value)) return areas.get(value) ?? value;
    const list = codeList(key, entityType);
    if (list)
      return (
        value
          .split(',')
          .filter(Boolean)
          .map((c) => list[c] ?? c)
          .join('、') || '（空）'
      );
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v, entityType, areas)).join('、') || '（空）';
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}：${formatValue(k, v, entityType, areas)}`)
    .join('；');
}

export function formatDiff(
  diff: unknown,
  entityType: string | null,
  areas: ReadonlyMap<string, string>,
): { changes: AuditChangeView[]; details: AuditDetailView[] } {
  const d = (diff && typeof diff === 'object' ? diff : {}) as {
    changes?: Record<string, { before?: unknown; after?: unknown }>;
    detail?: Record<string, unknown>;
  };
  const changes = Object.entries(d.changes ?? {}).map(([field, c]) => ({
    field,
    label: FIELD_LABELS[field] ?? field,
    before: c?.before === undefined ? null : formatValue(field, c.before, entityType, areas),
    after: c?.after === undefined ? null : formatValue(field, c.after, entityType, areas),
  }));
  const details = Object.entries(d.detail ?? {}).map(([key, v]) => ({ key, label: FIELD_LABELS[key] ?? key, value: formatValue(key, v, entityType, areas) }));
  return { changes, details };
}
