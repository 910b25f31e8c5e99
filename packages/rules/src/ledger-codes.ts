/**
 * Code lists of the household ledger (按户台账) with their Chinese labels, shared by the
 * server (validation) and the console (forms). Codes are stable identifiers; labels are for people.
 */
export type CodeList = Record<string, string>;

/** 与户主关系 (GB/T 4761 simplified). */
export const RELATIONS: CodeList = {
  HEAD: '户主',
  SPOUSE: '配偶',
  SON: '子',
  DAUGHTER: '女',
  FATHER: '父亲',
  MOTHER: '母亲',
  GRANDCHILD: '孙子女',
  GRANDPARENT: '祖父母',
  SIBLING: '兄弟姐妹',
  CHILD_IN_LAW: '儿媳/女婿',
  OTHER: '其他',
};

/** 城乡类别 */
export const RESIDENCE_TYPES: CodeList = { URBAN: '城镇', RURAL: '农村' };

/** 劳动能力 */
export const LABOUR_CAPACITIES: CodeList = { FULL: '有劳动能力', PARTIAL: '部分丧失劳动能力', NONE: '无劳动能力' };

/** 残疾类别 (第二代残疾人证) */
export const DISABILITY_TYPES: CodeList = {
  VISUAL: '视力残疾',
  HEARING: '听力残疾',
  SPEECH: '言语残疾',
  PHYSICAL: '肢体残疾',
  INTELLECTUAL: '智力残疾',
  MENTAL: '精神残疾',
  MULTIPLE: '多重残疾',
};

/** 在学状态 */
export const SCHOOL_STATUSES: CodeList = {
  NONE: '未在学',
  PRESCHOOL: '学前教育',
  PRIMARY: '小学',
  JUNIOR: '初中',
  SENIOR: '高中/中职',
  COLLEGE: '大专及以上',
};

/** 就业状态 */
export const EMPLOYMENT_STATUSES: CodeList = {
  EMPLOYED: '在业',
  FLEXIBLE: '灵活就业',
  FARMING: '务农',
  UNEMPLOYED: '失业/无业',
  RETIRED: '离退休',
  NOT_WORKING_AGE: '非劳动年龄',
};

/** 特殊身份状态 (affect who counts in the household and 疑点 rules) */
export const SPECIAL_STATUSES: CodeList = {
  PRISON: '服刑',
  DRUG_REHAB: '强制隔离戒毒',
  MILITARY: '现役军人',
  CLERGY: '宗教教职人员',
  MISSING: '宣告失踪',
  DECEASED: '死亡',
};

/** 收入类别 (per month, fen) */
export const INCOME_CATEGORIES: CodeList = {
  WAGE: '工资性收入',
  BUSINESS: '经营净收入',
  PROPERTY: '财产净收入',
  TRANSFER: '转移净收入',
  PENSION_BASIC: '城乡居民基本养老金',
  /** Seasonal: the income month counts the average of the 12 months up to it (derive.ts, `AVERAGED_INCOME`). */
  FARMING: '农业生产经营净收入（按近 12 个月平均）',
  EXCLUDED: '不计入收入（优抚金、奖励金、救助金等）',
};

/** Income categories counted as the monthly average of the 12 months up to the income month (seasonal income). */
export const AVERAGED_INCOME_CATEGORIES: readonly string[] = ['FARMING'];

/** 财产类别 */
export const ASSET_KINDS: CodeList = {
  DEPOSIT: '存款及金融资产',
  VEHICLE: '机动车辆',
  PROPERTY: '房产',
  BUSINESS: '工商登记',
};

/** 救助状态 (benefits chain) */
export const BENEFIT_STATUSES: CodeList = {
  APPLYING: '申请中',
  ACTIVE: '享受中',
  SUSPENDED: '暂停',
  STOPPED: '停止',
  PHASE_OUT: '渐退',
};

export const BENEFIT_SOURCES: CodeList = { DECISION: '审批决定', ROSTER: '名册导入' };

/** 法定义务的种类 (legal_supporter.duty). */
export const LEGAL_DUTIES: CodeList = { SUPPORT: '赡养', RAISE: '抚养', MAINTAIN: '扶养' };

/** 法定义务人的履行能力 (legal_supporter.ability). */
export const SUPPORT_ABILITIES: CodeList = { ABLE: '有履行能力', UNABLE: '无履行能力', UNKNOWN: '尚未核实' };

/** 无履行能力的情形 (legal_supporter.unable_reason). */
export const UNABLE_REASONS: CodeList = {
  TEKUN: '本人为特困人员',
  DIBAO_ELDER: '本人为低保对象且年满 60 周岁',
  ELDER_DISABLED: '年满 70 周岁或重度残疾且收入低',
  INCAPACITATED: '无劳动能力且无收入',
  MISSING: '下落不明',
  PRISON: '服刑在押',
  OTHER: '其他',
};

/** 核对授权书授权查询的数据来源 (household_authorisation.scope). */
export const AUTHORISATION_SCOPES: CodeList = {
  HUKOU: '户籍',
  TAX: '税务',
  SOCIAL_INSURANCE: '社会保险',
  REAL_ESTATE: '不动产登记',
  BUSINESS: '工商登记',
  HOUSING_FUND: '住房公积金',
  VEHICLE: '车船',
  BANK: '银行',
  INSURANCE: '保险',
  SECURITIES: '证券',
  DEATH: '死亡信息',
  PAYROLL: '财政供养',
  MEDICAL: '医保',
  STATUS: '身份类名册',
};

export function label(list: CodeList, code: string | null | undefined): string {
  if (!code) return '';
  return list[code] ?? code;
}
