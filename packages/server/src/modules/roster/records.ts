/**
 * What one valid row of each dataset becomes after parsing and validation — the contract between
 * the file readers (`read/`, `datasets.ts`) and the staging/merge step (`stage.ts`, `merge.ts`).
 * Money in fen (integer), dates as 'YYYY-MM-DD', ID numbers normalised to 18 characters
 * (GB 11643, 15-digit numbers upgraded). See README.md for the templates.
 */

export const DATASETS = [
  'roster',
  'deaths',
  'vehicles',
  'property',
  'business',
  'payroll',
  'medical',
  'status',
  'income',
  'hukou',
  'cadres',
  'unemployment',
] as const;
export type Dataset = (typeof DATASETS)[number];

/** Every dataset row names a person. */
export interface PersonRef {
  name: string;
  idNumber: string;
}

/** 救助对象名册: one person receiving one program. */
export interface RosterRecord extends PersonRef {
  programCode: string;
  monthlyAmountFen: number;
  startDate: string;
  endDate: string | null;
  /** 12-digit village code (level 3). */
  areaCode: string;
  headIdNumber: string;
  /** RELATIONS code of @xiejiu/rules (HEAD for the head). */
  relation: string;
  phone: string | null;
  note: string | null;
}

/** 死亡信息 */
export interface DeathRecord extends PersonRef {
  deathDate: string;
  /** 公安 / 殡葬 / 卫健 … (free text ≤ 20) */
  source: string;
}

/** 车辆登记 */
export interface VehicleRecord extends PersonRef {
  plate: string;
  /** as written in the file (e.g. 小型轿车, 二轮摩托车, 残疾人机动轮椅车) */
  vehicleType: string;
  registeredOn: string | null;
}

export const PROPERTY_USAGES = { RESIDENTIAL: '住宅', COMMERCIAL: '商业', OFFICE: '办公', INDUSTRIAL: '工业', OTHER: '其他' } as const;
/** 不动产登记 */
export interface PropertyRecord extends PersonRef {
  certNo: string;
  location: string | null;
  usage: keyof typeof PROPERTY_USAGES;
  /** m², two decimals */
  floorArea: number;
  registeredOn: string | null;
}

export const BUSINESS_ROLES = { LEGAL_REP: '法定代表人', SHAREHOLDER: '股东', OPERATOR: '经营者' } as const;
export const BUSINESS_STATUSES = { ACTIVE: '存续', CANCELLED: '注销', REVOKED: '吊销' } as const;
/** 工商登记 */
export interface BusinessRecord extends PersonRef {
  creditCode: string;
  company: string;
  role: keyof typeof BUSINESS_ROLES;
  /** 注册资本, fen (file: 万元) */
  capitalFen: number;
  regStatus: keyof typeof BUSINESS_STATUSES;
  establishedOn: string | null;
}

/** 财政供养人员 */
export interface PayrollRecord extends PersonRef {
  employer: string;
  monthlyPayFen: number;
  fromDate: string;
  toDate: string | null;
}

/** 医保费用 (one person, one year) */
export interface MedicalRecord extends PersonRef {
  year: number;
  totalFen: number;
  selfPayFen: number;
}

export const STATUS_KINDS = { YOUFU: '优抚对象', TUOPIN: '脱贫户', MONITOR: '监测对象', DISABLED: '持证残疾人', PRISON: '服刑人员' } as const;
/** 身份名册 (优抚 / 脱贫 / 监测 / 残疾人证 / 服刑) */
export interface StatusRecord extends PersonRef {
  statusKind: keyof typeof STATUS_KINDS;
  certNo: string | null;
  /** 残疾等级 1–4 (DISABLED only) */
  grade: number | null;
  fromDate: string;
  toDate: string | null;
  /** 12-digit area code where given (optional column) */
  areaCode: string | null;
}

export const INCOME_KINDS = { DEPOSIT: '存款', PENSION: '养老金', FUND: '公积金', SECURITIES: '证券理财' } as const;
/** 收入与存款 (银行、社保、公积金、证券) */
export interface IncomeRecord extends PersonRef {
  category: keyof typeof INCOME_KINDS;
  /** deposits/securities: balance; pension/fund: monthly amount */
  amountFen: number;
  asOf: string;
  source: string | null;
}

export const HUKOU_CHANGES = { MOVED_OUT: '迁出', CANCELLED: '注销' } as const;
/** 户籍变动 */
export interface HukouRecord extends PersonRef {
  changeType: keyof typeof HUKOU_CHANGES;
  changedOn: string;
  destination: string | null;
}

/** 民政工作人员和村（社区）干部 */
export interface CadreRecord extends PersonRef {
  position: string;
  organisation: string;
  areaCode: string | null;
}

/** 失业登记 (人力资源社会保障): a registration, ended when the person found work or it was cancelled. */
export interface UnemploymentRecord extends PersonRef {
  registeredOn: string;
  endedOn: string | null;
  agency: string | null;
}

export interface RecordOf {
  roster: RosterRecord;
  deaths: DeathRecord;
  vehicles: VehicleRecord;
  property: PropertyRecord;
  business: BusinessRecord;
  payroll: PayrollRecord;
  medical: MedicalRecord;
  status: StatusRecord;
  income: IncomeRecord;
  hukou: HukouRecord;
  cadres: CadreRecord;
  unemployment: UnemploymentRecord;
}

/** Typed per-row error codes (integrators); each error also carries a Chinese message. */
export const ROW_ERROR_CODES = [
  'MISSING_FIELD',
  'BAD_ID_FORMAT',
  'BAD_CHECK_DIGIT',
  'BAD_BIRTH_DATE',
  'BAD_NAME',
  'UNKNOWN_PROGRAM',
  'NOT_OWN_PROGRAM',
  'UNKNOWN_AREA',
  'OUT_OF_SCOPE',
  'BAD_AMOUNT',
  'BAD_DATE',
  'BAD_CODE',
  'BAD_PHONE',
  'TOO_LONG',
  /** a number other than money is malformed or out of range (e.g. 建筑面积) */
  'BAD_NUMBER',
  /** roster: the 户主身份证号 is neither in the file nor in the ledger (found at merge time) */
  'HEAD_NOT_FOUND',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

/** Chinese meaning of each row error code (error report summary, README). */
export const ROW_ERROR_CODE_NAMES: Record<RowErrorCode, string> = {
  MISSING_FIELD: '必填项未填写',
  BAD_ID_FORMAT: '身份证号格式错误',
  BAD_CHECK_DIGIT: '身份证号校验位错误',
  BAD_BIRTH_DATE: '身份证号中的出生日期不存在',
  BAD_NAME: '姓名含有不允许的字符或过长',
  UNKNOWN_PROGRAM: '救助项目编码不存在',
  NOT_OWN_PROGRAM: '救助项目不属于本部门',
  UNKNOWN_AREA: '区划代码不是已登记的村（社区）',
  OUT_OF_SCOPE: '区划不在管辖范围内',
  BAD_AMOUNT: '金额格式错误或超出范围',
  BAD_DATE: '日期无效或先后顺序错误',
  BAD_CODE: '取值不在规定的选项中',
  BAD_PHONE: '联系电话格式错误',
  TOO_LONG: '内容超过长度上限',
  BAD_NUMBER: '数值格式错误或超出范围',
  HEAD_NOT_FOUND: '户主既不在文件中也未在台账中登记',
};

export interface RowError {
  code: RowErrorCode;
  /** template header of the column at fault (null: the row as a whole) */
  column: string | null;
  message: string;
}
