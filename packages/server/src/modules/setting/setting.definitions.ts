/** The settings there are: a closed set, each with its Chinese name, where it is used, and its rule. */
export interface SettingDef {
  name: string;
  description: string;
  maxLength: number;
  /** What a valid value looks like, said in the error message. */
  pattern: RegExp;
  patternText: string;
}

export const SETTINGS = {
  ASSISTANCE_HOTLINE: {
    name: '社会救助服务热线',
    description: '印在受理回执的“咨询、投诉”中（另印 12345 政务服务便民热线）；未设置时不印',
    maxLength: 20,
    pattern: /^[0-9][0-9-]{2,19}$/,
    patternText: '电话号码，数字和连字符，如 12349 或 023-61234567',
  },
  VERIFICATION_AUTH_VALID_MONTHS: {
    name: '核对授权书有效期（月）',
    description: '家庭经济状况核对授权书自签署之日起的有效月数，登记授权书时默认的截止日期按此计算；未设置时为 12 个月',
    maxLength: 2,
    pattern: /^(?:[1-9]|[1-5][0-9]|60)$/,
    patternText: '1–60 的整数（月）',
  },
  VERIFICATION_REPORT_VALID_MONTHS: {
    name: '核查报告有效期（月）',
    description: '家庭经济状况核查报告自出具之日起的有效月数，有效期内各部门互认、不再要求申请人提供报告覆盖的证明材料；未设置时为 6 个月',
    maxLength: 2,
    pattern: /^(?:[1-9]|[1-2][0-9]|3[0-6])$/,
    patternText: '1–36 的整数（月）',
  },
  ADVANCE_RELIEF_MAX_YUAN: {
    name: '先行救助最高金额（元）',
    description: '绿色通道：镇街对急难情形先行发放临时救助的最高金额，超过的须按临时救助的正常程序审批；未设置时为 2000 元',
    maxLength: 6,
    pattern: /^[1-9][0-9]{0,5}$/,
    patternText: '1–999999 的整数（元）',
  },
  ADVANCE_RELIEF_PAPERWORK_DAYS: {
    name: '先行救助补办手续时限（工作日）',
    description: '先行救助后须在此期限内补办临时救助手续（窗口受理临时救助），逾期列入督办；未设置时为 5 个工作日',
    maxLength: 2,
    pattern: /^(?:[1-9]|[1-2][0-9]|30)$/,
    patternText: '1–30 的整数（工作日）',
  },
  INFORMANT_RESPONSE_DAYS: {
    name: '信息员线索响应时限（工作日）',
    description:
      '信息员报送的线索应在此期限内由窗口处理（确认受理或不予受理），按工作日日历计时；督办看板“线索响应”统计超时未处理的线索；未设置时为 1 个工作日',
    maxLength: 2,
    pattern: /^(?:[1-9]|10)$/,
    patternText: '1–10 的整数（工作日）',
  },
} as const satisfies Record<string, SettingDef>;

export type SettingKeyCode = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKeyCode[];
