/**
 * SMS templates (ADR 0024): the registered texts (docs/domain.md, "Notifications"), seeded into `sms_template`
 * by Migration20261210100000Sms and editable there by the system administrator. Applicant templates are chosen by
 * the `sms.template` an outbox event carries (modules/workflow `emitEvent`); window templates by the event type.
 *
 * No sensitive data in any SMS: names are masked (张*明), ID-number-like and phone-like text is refused in a
 * template and scrubbed from a rendered message, and `{amount}` is allowed only in a template approved for amounts.
 */
/**
 * CITIZEN: to a phone given on the portal (modules/citizen), sent through `queueCitizenSms` — a verification code,
 * the receipt of an online application.
 */
/** DEPARTMENT: the officers (部门经办) of the department an event names (`payload.departmentId`) — 会商任务 deadlines. */
export type SmsRecipientKind = 'APPLICANT' | 'WINDOW' | 'CITIZEN' | 'DEPARTMENT';
/** Chinese names of the recipient kinds (GraphQL enum SmsRecipientKind, the 短信模板 export). */
export const SMS_RECIPIENT_NAMES: Record<SmsRecipientKind, string> = {
  APPLICANT: '申请人',
  WINDOW: '窗口人员',
  CITIZEN: '群众（短信验证码）',
  DEPARTMENT: '部门经办人员',
};

export interface SmsTemplateDef {
  code: string;
  name: string;
  recipientKind: SmsRecipientKind;
  /** Window templates: the outbox event type that triggers them. */
  eventType?: string;
  content: string;
  /** The variables the content may use. */
  variables: string[];
  /** Sent even in quiet hours. */
  urgent: boolean;
}

/** Chinese names of the variables (console: the template editor's list). */
export const SMS_VARIABLE_NAMES: Record<string, string> = {
  programs: '申请事项（多项）',
  program: '申请事项',
  receiptNo: '受理号',
  days: '办结时限（工作日）',
  department: '办理部门',
  note: '补正材料说明',
  dueDate: '期限日期',
  until: '公示截止日期',
  startMonth: '发放起始月份',
  amount: '救助金额（元，须经批准方可使用）',
  name: '申请人姓名（已脱敏，如 张*明）',
  area: '村社（区划名称）',
  level: '督办级别',
  purpose: '验证码的用途（如「网上申请社会救助」）',
  code: '验证码（短信记录中显示为 ******）',
  minutes: '有效时间（分钟）',
  queryNo: '网上申请的查询号',
  meeting: '交办的联席会议（镇街联席会议或区县联席会议）',
};

/** Sample values for previews. */
export const SMS_SAMPLE_PARAMS: Record<string, string> = {
  programs: '最低生活保障、临时救助',
  program: '最低生活保障',
  receiptNo: 'SJ20261201101001',
  days: '20',
  department: '测试区民政局',
  note: '户口簿复印件',
  dueDate: '2026-12-20',
  until: '2026-12-15',
  startMonth: '2027年1月',
  amount: '650.00',
  name: '张*明',
  area: '一镇甲村',
  level: '镇街督办',
  purpose: '网上申请社会救助',
  code: '******',
  minutes: '10',
  queryNo: 'YS20261206123456',
  meeting: '镇街联席会议',
};

const A = (code: string, name: string, content: string, variables: string[]): SmsTemplateDef => ({
  code,
  name,
  recipientKind: 'APPLICANT',
  content,
  variables,
  urgent: false,
});
const W = (code: string, name: string, eventType: string, content: string, variables: string[], urgent = false): SmsTemplateDef => ({
  code,
  name,
  recipientKind: 'WINDOW',
  eventType,
  content,
  variables,
  urgent,
});

export const SMS_TEMPLATE_DEFS: readonly SmsTemplateDef[] = [
  A('ACCEPTED', '受理（申请人）', '您的【{programs}】申请已受理，受理号{receiptNo}，预计{days}个工作日内办结。', ['programs', 'receiptNo', 'days', 'name']),
  A('REFERRED', '转办（申请人）', '您的【{program}】申请（受理号{receiptNo}）已转【{department}】办理。', ['program', 'receiptNo', 'department', 'name']),
  A('SUPPLEMENT', '补正（申请人）', '您的【{program}】申请（受理号{receiptNo}）需补充材料：{note}，请于{dueDate}前补充。', [
    'program',
    'receiptNo',
    'note',
    'dueDate',
    'name',
  ]),
  A('PUBLICITY', '公示开始（申请人）', '您的【{program}】申请（受理号{receiptNo}）已进入公示，公示期至{until}。', ['program', 'receiptNo', 'until', 'name']),
  A('APPROVED', '批准（申请人）', '您的【{program}】申请（受理号{receiptNo}）经审核确认符合条件，自{startMonth}起发放。', [
    'program',
    'receiptNo',
    'startMonth',
    'amount',
    'name',
  ]),
  A('REFUSED', '不予批准（申请人）', '您的【{program}】申请（受理号{receiptNo}）经审核不符合条件，书面告知书已送达，如有异议可于60日内申请行政复议。', [
    'program',
    'receiptNo',
    'name',
  ]),
  W('WINDOW_ACCEPTED', '受理（窗口）', 'application.accepted', '{area}{name}的【{programs}】申请已受理，受理号{receiptNo}。', [
    'area',
    'name',
    'programs',
    'receiptNo',
  ]),
  W(
    'WINDOW_SUPPLEMENT',
    '补正（窗口）',
    'referral.supplement_requested',
    '{area}{name}的【{program}】申请（受理号{receiptNo}）需补正材料，请于{dueDate}前协助补充。',
    ['area', 'name', 'program', 'receiptNo', 'dueDate'],
  ),
  W('WINDOW_APPROVED', '批准（窗口）', 'referral.approved', '{area}{name}的【{program}】申请（受理号{receiptNo}）已批准，自{startMonth}起发放。', [
    'area',
    'name',
    'program',
    'receiptNo',
    'startMonth',
  ]),
  W('WINDOW_REFUSED', '不予批准（窗口）', 'referral.refused', '{area}{name}的【{program}】申请（受理号{receiptNo}）不予批准，请做好解释工作。', [
    'area',
    'name',
    'program',
    'receiptNo',
  ]),
  W('WINDOW_SUPERVISED', '督办（窗口）', 'referral.supervised', '受理号{receiptNo}的【{program}】转办单已被{level}，请跟进办理进度。', [
    'receiptNo',
    'program',
    'level',
  ]),
  W('WINDOW_WARNING', '超时预警（窗口）', 'referral.warning', '受理号{receiptNo}的【{program}】转办单将于{dueDate}到期，请跟进办理进度。', [
    'receiptNo',
    'program',
    'dueDate',
  ]),
  W(
    'WINDOW_OVERDUE',
    '已超期（窗口）',
    'referral.overdue',
    '受理号{receiptNo}的【{program}】转办单已超过办理期限（{dueDate}），请跟进。',
    ['receiptNo', 'program', 'dueDate'],
    true,
  ),
  {
    code: 'DEPT_TASK_WARNING',
    name: '会商任务即将到期（部门）',
    recipientKind: 'DEPARTMENT',
    eventType: 'consultation.task_warning',
    content: '{area}的会商任务（{meeting}交办）将于{dueDate}到期，请按时办理。',
    variables: ['area', 'meeting', 'dueDate'],
    urgent: false,
  },
  {
    code: 'DEPT_TASK_OVERDUE',
    name: '会商任务已超期（部门）',
    recipientKind: 'DEPARTMENT',
    eventType: 'consultation.task_overdue',
    content: '{area}的会商任务（{meeting}交办）已超过办理期限（{dueDate}），请尽快办理。',
    variables: ['area', 'meeting', 'dueDate'],
    urgent: true,
  },
  {
    code: 'VERIFY_CODE',
    name: '短信验证码（群众）',
    recipientKind: 'CITIZEN',
    eventType: 'citizen.verification_code',
    content: '您正在{purpose}，验证码{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信。',
    variables: ['purpose', 'code', 'minutes'],
    urgent: true,
  },
  {
    code: 'PRE_APPLIED',
    name: '网上申请已提交（群众）',
    recipientKind: 'CITIZEN',
    eventType: 'citizen.pre_application',
    content: '您的社会救助网上申请已提交（{area}），查询号{queryNo}，社会救助窗口工作人员将与您联系核实。可凭查询号和本手机号在门户查询办理进度。',
    variables: ['area', 'queryNo'],
    urgent: false,
  },
];

export const SMS_TEMPLATE_BY_CODE = new Map(SMS_TEMPLATE_DEFS.map((t) => [t.code, t]));

const VARIABLE = /\{(\w+)\}/g;
/** ID-number-like text (18 digits with a valid-looking birth date, last X allowed; or 15 digits); global. */
export const ID_LIKE = /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)/g;
/** Mainland mobile-number-like text (11 digits from 13–19); global. */
export const PHONE_LIKE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** The variables a text uses, in order, without repeats. */
export function variablesOf(content: string): string[] {
  return [...new Set([...content.matchAll(VARIABLE)].map((m) => m[1]))];
}

/**
 * Reasons a template text is refused (empty = valid): a variable outside the allowed list, `{amount}` without the
 * approval for amounts, ID-number-like or phone-like text, an empty or too long text.
 */
export function templateProblems(content: string, allowed: readonly string[], amountsApproved: boolean): string[] {
  const out: string[] = [];
  const text = content.trim();
  if (!text) out.push('模板内容不能为空');
  if (text.length > 300) out.push('模板内容不能超过 300 个字');
  const unknown = variablesOf(text).filter((v) => !allowed.includes(v));
  if (unknown.length) out.push(`模板含有不允许的变量：${unknown.map((v) => `{${v}}`).join('、')}（可用：${allowed.map((v) => `{${v}}`).join('、')}）`);
  if (variablesOf(text).includes('amount') && !amountsApproved) out.push('模板未获准发送金额，不能使用 {amount}');
  if (/[{}]/.test(text.replace(VARIABLE, ''))) out.push('模板的花括号不成对，变量应写作 {变量名}');
  if (text.replace(VARIABLE, '').match(ID_LIKE)) out.push('模板不得含有身份证号');
  if (text.replace(VARIABLE, '').match(PHONE_LIKE)) out.push('模板不得含有手机号码');
  return out;
}

/** Masks ID-number-like and phone-like sequences in a rendered text (free-text variables such as a 补正 note). */
export function scrubSensitive(text: string): string {
  return text
    .replace(ID_LIKE, (s) => `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`)
    .replace(PHONE_LIKE, (s) => `${s.slice(0, 3)}****${s.slice(-4)}`);
}

/** Fills a template: unknown or missing variables become empty; `{amount}` only when approved; the result is scrubbed. */
export function renderTemplate(
  content: string,
  params: Record<string, string | number | null | undefined>,
  opts: { allowed?: readonly string[]; amountsApproved?: boolean } = {},
): string {
  const filled = content.replace(VARIABLE, (_, k: string) => {
    if (opts.allowed && !opts.allowed.includes(k)) return '';
    if (k === 'amount' && !opts.amountsApproved) return '';
    const v = params[k];
    return v === null || v === undefined ? '' : String(v);
  });
  return scrubSensitive(filled);
}
