import { PROGRAM_NAMES, RELATIONS } from '@xiejiu/rules';
import type { RowReader } from './fields';
import {
  BUSINESS_ROLES,
  BUSINESS_STATUSES,
  type Dataset,
  DATASETS,
  HUKOU_CHANGES,
  INCOME_KINDS,
  PROPERTY_USAGES,
  type RecordOf,
  STATUS_KINDS,
} from './records';

/**
 * The import templates of the 大数据库 (one per dataset key of records.ts): Chinese name, columns in
 * template order with required flag, 填写说明 and an example, and the parser that turns one row
 * (cells by template header) into the dataset's record. README.md lists the same tables.
 */
export interface ColumnDef {
  header: string;
  required: boolean;
  /** 填写说明 of the column */
  hint: string;
  /** an example value (on the 填写说明 sheet, never in the data sheet) */
  example: string;
  /** formatted as text in the xlsx template, so Excel keeps all digits (ID numbers, codes) */
  text?: boolean;
  /** column width in the template (characters) */
  width?: number;
  /** the accepted labels of a code column (a drop-down in the xlsx template; synonyms are accepted too) */
  options?: string[];
}

export interface DatasetDef<D extends Dataset = Dataset> {
  key: D;
  name: string;
  /** what the dataset is for (填写说明 sheet, README) */
  description: string;
  columns: ColumnDef[];
  /** The record of a row; null when a field failed (the errors are in `r.errors`). */
  parse(r: RowReader): RecordOf[D] | null;
}

const NAME: ColumnDef = { header: '姓名', required: true, hint: '与身份证一致', example: '张三', width: 10 };
const ID: ColumnDef = {
  header: '身份证号',
  required: true,
  hint: '18 位居民身份证号码，末位可为 X；15 位旧号码自动升位。请保持“文本”格式，否则 Excel 会丢失后几位',
  example: '110101198001011234',
  text: true,
  width: 21,
};

/** Most a single amount may be (yuan): far above any real value, below what fen integers hold exactly. */
const MAX_YUAN = 10_000_000_000;

/** A value a parser found valid (called only once the row has no errors; null here is a bug). */
function req<T>(value: T | null): T {
  if (value === null) throw new Error('roster dataset parser: a required value is missing in a row without errors');
  return value;
}

/** 与户主关系: RELATIONS codes and labels, plus what clerks commonly write. */
export const RELATION_SYNONYMS: Record<string, string> = {
  本人: 'HEAD',
  户主本人: 'HEAD',
  妻: 'SPOUSE',
  夫: 'SPOUSE',
  妻子: 'SPOUSE',
  丈夫: 'SPOUSE',
  配偶: 'SPOUSE',
  儿子: 'SON',
  长子: 'SON',
  次子: 'SON',
  女儿: 'DAUGHTER',
  长女: 'DAUGHTER',
  次女: 'DAUGHTER',
  父: 'FATHER',
  母: 'MOTHER',
  孙子: 'GRANDCHILD',
  孙女: 'GRANDCHILD',
  外孙子: 'GRANDCHILD',
  外孙女: 'GRANDCHILD',
  外孙: 'GRANDCHILD',
  祖父: 'GRANDPARENT',
  祖母: 'GRANDPARENT',
  外祖父: 'GRANDPARENT',
  外祖母: 'GRANDPARENT',
  爷爷: 'GRANDPARENT',
  奶奶: 'GRANDPARENT',
  兄: 'SIBLING',
  弟: 'SIBLING',
  姐: 'SIBLING',
  妹: 'SIBLING',
  哥哥: 'SIBLING',
  弟弟: 'SIBLING',
  姐姐: 'SIBLING',
  妹妹: 'SIBLING',
  儿媳: 'CHILD_IN_LAW',
  女婿: 'CHILD_IN_LAW',
  其它: 'OTHER',
};

const USAGE_SYNONYMS: Record<string, keyof typeof PROPERTY_USAGES> = {
  住房: 'RESIDENTIAL',
  成套住宅: 'RESIDENTIAL',
  商服: 'COMMERCIAL',
  商铺: 'COMMERCIAL',
  商业服务: 'COMMERCIAL',
  厂房: 'INDUSTRIAL',
  仓储: 'INDUSTRIAL',
  其它: 'OTHER',
};
const ROLE_SYNONYMS: Record<string, keyof typeof BUSINESS_ROLES> = {
  法人: 'LEGAL_REP',
  法人代表: 'LEGAL_REP',
  投资人: 'SHAREHOLDER',
  出资人: 'SHAREHOLDER',
  负责人: 'OPERATOR',
};
const REG_STATUS_SYNONYMS: Record<string, keyof typeof BUSINESS_STATUSES> = {
  在业: 'ACTIVE',
  开业: 'ACTIVE',
  在营: 'ACTIVE',
  '存续（在营、开业、在册）': 'ACTIVE',
  已注销: 'CANCELLED',
  已吊销: 'REVOKED',
  '吊销，未注销': 'REVOKED',
  '吊销,未注销': 'REVOKED',
};
const STATUS_SYNONYMS: Record<string, keyof typeof STATUS_KINDS> = {
  优抚: 'YOUFU',
  脱贫: 'TUOPIN',
  脱贫人口: 'TUOPIN',
  监测: 'MONITOR',
  防止返贫监测对象: 'MONITOR',
  残疾人: 'DISABLED',
  服刑: 'PRISON',
};
const INCOME_SYNONYMS: Record<string, keyof typeof INCOME_KINDS> = {
  银行存款: 'DEPOSIT',
  退休金: 'PENSION',
  离退休金: 'PENSION',
  住房公积金: 'FUND',
  证券: 'SECURITIES',
  理财: 'SECURITIES',
};
const HUKOU_SYNONYMS: Record<string, keyof typeof HUKOU_CHANGES> = { 迁移: 'MOVED_OUT', 户口迁出: 'MOVED_OUT', 死亡注销: 'CANCELLED', 户口注销: 'CANCELLED' };
const GRADES: Record<string, string> = { '1': '一级', '2': '二级', '3': '三级', '4': '四级' };

const options = (labels: Record<string, string>) => Object.values(labels).join('、');

/** 统一社会信用代码 (GB 32100-2015): 18 characters, check character over the first 17. */
export function isCreditCode(code: string): boolean {
  const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(code[i]) * W[i];
  const c = (31 - (sum % 31)) % 31;
  return CHARS[c] === code[17];
}

const PROGRAM_BY_NAME = new Map(Object.entries(PROGRAM_NAMES).map(([code, name]) => [name, code]));

function program(r: RowReader): string | null {
  const column = '救助项目编码';
  const v = r.raw(column).replace(/\s/g, '');
  if (v === '') return r.fail('MISSING_FIELD', column, `请填写${column}`);
  const code = r.ctx.programs.has(v.toUpperCase()) ? v.toUpperCase() : PROGRAM_BY_NAME.get(v);
  if (!code || !r.ctx.programs.has(code)) return r.fail('UNKNOWN_PROGRAM', column, `${column}“${v}”不存在，请使用救助事项目录中的编码`);
  const owner = r.ctx.programs.get(code);
  if (r.ctx.departmentCode !== null && owner !== r.ctx.departmentCode) {
    return r.fail('NOT_OWN_PROGRAM', column, `救助项目“${PROGRAM_NAMES[code] ?? code}”（${code}）不属于本部门，不能导入`);
  }
  return code;
}

const roster: DatasetDef<'roster'> = {
  key: 'roster',
  name: '救助对象名册',
  description: '本部门正在发放的救助对象，一人一个救助项目一行',
  columns: [
    NAME,
    ID,
    {
      header: '救助项目编码',
      required: true,
      hint: '救助事项目录中的编码（如 DIBAO），也可填项目名称（如 最低生活保障）；只能导入本部门的项目',
      example: 'DIBAO',
      text: true,
      width: 14,
    },
    { header: '月救助金额(元)', required: true, hint: '每月发放金额，单位元，最多两位小数；一次性救助填发放金额', example: '860.00', width: 14 },
    { header: '开始日期', required: true, hint: '开始享受的日期，如 2026-01-05', example: '2026-01-01', width: 12 },
    { header: '结束日期', required: false, hint: '已停发时填写，不早于开始日期；仍在享受的不填', example: '', width: 12 },
    {
      header: '区划代码',
      required: true,
      hint: '户籍所在村（社区）的 12 位统计用区划代码，须在您的管辖范围内',
      example: '110101001001',
      text: true,
      width: 15,
    },
    { header: '户主身份证号', required: false, hint: '本人为户主时可不填', example: '110101198001011234', text: true, width: 21 },
    {
      header: '与户主关系',
      required: false,
      hint: `${options(RELATIONS)}（也可填 本人、妻子、儿子、女儿、孙子 等）；本人为户主时可不填`,
      example: '户主',
      width: 10,
      options: Object.values(RELATIONS),
    },
    { header: '联系电话', required: false, hint: '11 位手机号码或带区号的固定电话', example: '13800138000', text: true, width: 14 },
    { header: '备注', required: false, hint: '不超过 200 字', example: '', width: 20 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const programCode = program(r);
    const monthlyAmountFen = r.amount('月救助金额(元)', true, 1_000_000);
    const startDate = r.date('开始日期', true);
    const endDate = r.date('结束日期', false);
    r.dateOrder('开始日期', startDate, '结束日期', endDate);
    const areaCode = r.area('区划代码', true, true);
    const headRaw = r.idNumber('户主身份证号', false);
    const relationRaw = r.raw('与户主关系') === '' ? null : r.code('与户主关系', false, RELATIONS, RELATION_SYNONYMS);
    const phone = r.phone('联系电话');
    const note = r.text('备注', false, 200);
    let headIdNumber = headRaw;
    let relation = relationRaw;
    if (idNumber && !r.hasError('户主身份证号') && !r.hasError('与户主关系')) {
      // Blank 户主身份证号: the person is the head. Blank 与户主关系: HEAD when the person is the head.
      if (!headIdNumber && (relation === null || relation === 'HEAD')) headIdNumber = idNumber;
      if (!headIdNumber) r.fail('MISSING_FIELD', '户主身份证号', `与户主关系为“${RELATIONS[relation ?? 'OTHER']}”时请填写户主身份证号`);
      else if (relation === null) {
        if (headIdNumber === idNumber) relation = 'HEAD';
        else r.fail('MISSING_FIELD', '与户主关系', '请填写与户主关系');
      } else if (headIdNumber === idNumber && relation !== 'HEAD') {
        r.fail('BAD_CODE', '与户主关系', `身份证号与户主身份证号相同（本人即户主），与户主关系应为“户主”，不是“${r.raw('与户主关系')}”`);
      } else if (headIdNumber !== idNumber && relation === 'HEAD') {
        r.fail('BAD_CODE', '与户主关系', '与户主关系为“户主”时，户主身份证号应与身份证号相同');
      }
    }
    if (r.errors.length > 0) return null;
    return {
      name: req(name),
      idNumber: req(idNumber),
      programCode: req(programCode),
      monthlyAmountFen: req(monthlyAmountFen),
      startDate: req(startDate),
      endDate,
      areaCode: req(areaCode),
      headIdNumber: req(headIdNumber),
      relation: req(relation),
      phone,
      note,
    };
  },
};

const deaths: DatasetDef<'deaths'> = {
  key: 'deaths',
  name: '死亡信息',
  description: '公安、殡葬、卫健等部门掌握的死亡人员，用于停发核查',
  columns: [
    NAME,
    ID,
    { header: '死亡日期', required: true, hint: '如 2026-01-05，不晚于今天', example: '2026-01-05', width: 12 },
    { header: '来源', required: true, hint: '信息来源，如 公安、殡葬、卫健（不超过 20 字）', example: '公安', width: 10 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const deathDate = r.date('死亡日期', true, { past: true });
    const source = r.text('来源', true, 20);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), deathDate: req(deathDate), source: req(source) };
  },
};

const vehicles: DatasetDef<'vehicles'> = {
  key: 'vehicles',
  name: '车辆登记',
  description: '公安交管部门登记在个人名下的机动车',
  columns: [
    NAME,
    ID,
    { header: '号牌号码', required: true, hint: '如 京A12345', example: '京A12345', width: 12 },
    { header: '车辆类型', required: true, hint: '按行驶证填写，如 小型轿车、二轮摩托车、残疾人机动轮椅车（不超过 30 字）', example: '小型轿车', width: 14 },
    { header: '登记日期', required: false, hint: '初次登记日期', example: '2020-05-01', width: 12 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const plateRaw = r.text('号牌号码', true, 20);
    const vehicleType = r.text('车辆类型', true, 30);
    const registeredOn = r.date('登记日期', false, { past: true });
    if (r.errors.length > 0) return null;
    return {
      name: req(name),
      idNumber: req(idNumber),
      plate: req(plateRaw)
        .replace(/[\s·.]/g, '')
        .toUpperCase(),
      vehicleType: req(vehicleType),
      registeredOn,
    };
  },
};

const property: DatasetDef<'property'> = {
  key: 'property',
  name: '不动产登记',
  description: '自然资源（不动产登记）部门登记在个人名下的房屋等不动产',
  columns: [
    NAME,
    ID,
    { header: '不动产权证号', required: true, hint: '不超过 50 字', example: '京(2020)东城区不动产权第0001234号', width: 30 },
    { header: '坐落', required: false, hint: '不超过 200 字', example: '东城区东街1号', width: 24 },
    { header: '用途', required: true, hint: options(PROPERTY_USAGES), example: '住宅', width: 8, options: Object.values(PROPERTY_USAGES) },
    { header: '建筑面积(平方米)', required: true, hint: '数字，最多两位小数', example: '89.50', width: 14 },
    { header: '登记日期', required: false, hint: '如 2020-05-01', example: '2020-05-01', width: 12 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const certNo = r.text('不动产权证号', true, 50);
    const location = r.text('坐落', false, 200);
    const usage = r.code('用途', true, PROPERTY_USAGES, USAGE_SYNONYMS);
    const floorArea = r.decimal('建筑面积(平方米)', true, 100_000);
    const registeredOn = r.date('登记日期', false, { past: true });
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), certNo: req(certNo), location, usage: req(usage), floorArea: req(floorArea), registeredOn };
  },
};

const business: DatasetDef<'business'> = {
  key: 'business',
  name: '工商登记',
  description: '市场监管部门登记的企业、个体工商户中的法定代表人、股东、经营者',
  columns: [
    NAME,
    ID,
    { header: '统一社会信用代码', required: true, hint: '18 位，含校验位', example: '91110101MA00000000', text: true, width: 21 },
    { header: '企业名称', required: true, hint: '不超过 100 字', example: '东城区张三便利店', width: 24 },
    { header: '登记身份', required: true, hint: options(BUSINESS_ROLES), example: '经营者', width: 10, options: Object.values(BUSINESS_ROLES) },
    { header: '注册资本(万元)', required: false, hint: '单位万元，最多六位小数；个体工商户无注册资本可不填（按 0 计）', example: '10', width: 14 },
    { header: '登记状态', required: true, hint: options(BUSINESS_STATUSES), example: '存续', width: 10, options: Object.values(BUSINESS_STATUSES) },
    { header: '成立日期', required: false, hint: '如 2020-05-01', example: '2020-05-01', width: 12 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const codeRaw = r.digits('统一社会信用代码').replace(/\s/g, '').toUpperCase();
    let creditCode: string | null = codeRaw;
    if (codeRaw === '') creditCode = r.fail('MISSING_FIELD', '统一社会信用代码', '请填写统一社会信用代码');
    else if (!isCreditCode(codeRaw)) creditCode = r.fail('BAD_CODE', '统一社会信用代码', `统一社会信用代码“${codeRaw}”有误：应为 18 位且校验位正确`);
    const company = r.text('企业名称', true, 100);
    const role = r.code('登记身份', true, BUSINESS_ROLES, ROLE_SYNONYMS);
    const capitalFen = r.amount('注册资本(万元)', false, MAX_YUAN, 10000) ?? (r.hasError('注册资本(万元)') ? null : 0);
    const regStatus = r.code('登记状态', true, BUSINESS_STATUSES, REG_STATUS_SYNONYMS);
    const establishedOn = r.date('成立日期', false, { past: true });
    if (r.errors.length > 0) return null;
    return {
      name: req(name),
      idNumber: req(idNumber),
      creditCode: req(creditCode),
      company: req(company),
      role: req(role),
      capitalFen: req(capitalFen),
      regStatus: req(regStatus),
      establishedOn,
    };
  },
};

const payroll: DatasetDef<'payroll'> = {
  key: 'payroll',
  name: '财政供养人员',
  description: '财政、人社部门掌握的机关事业单位在编在岗人员',
  columns: [
    NAME,
    ID,
    { header: '单位名称', required: true, hint: '不超过 100 字', example: '东城区某某局', width: 24 },
    { header: '月工资(元)', required: true, hint: '应发工资，单位元，最多两位小数', example: '6500.00', width: 12 },
    { header: '入职日期', required: true, hint: '如 2015-09-01', example: '2015-09-01', width: 12 },
    { header: '离职日期', required: false, hint: '已离职（含退休）时填写，不早于入职日期', example: '', width: 12 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const employer = r.text('单位名称', true, 100);
    const monthlyPayFen = r.amount('月工资(元)', true, 10_000_000);
    const fromDate = r.date('入职日期', true, { past: true });
    const toDate = r.date('离职日期', false);
    r.dateOrder('入职日期', fromDate, '离职日期', toDate);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), employer: req(employer), monthlyPayFen: req(monthlyPayFen), fromDate: req(fromDate), toDate };
  },
};

const medical: DatasetDef<'medical'> = {
  key: 'medical',
  name: '医保费用',
  description: '医保部门的年度医疗费用（一人一年一行），用于刚性支出核算',
  columns: [
    NAME,
    ID,
    { header: '年度', required: true, hint: '4 位年份，如 2025', example: '2025', width: 8 },
    { header: '医疗总费用(元)', required: true, hint: '全年医疗总费用，单位元', example: '12000.00', width: 14 },
    { header: '个人自付(元)', required: true, hint: '医保报销后个人负担部分，不大于医疗总费用', example: '3500.00', width: 14 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const yearRaw = r.raw('年度').replace(/年$/, '');
    let year: number | null = null;
    if (yearRaw === '') r.fail('MISSING_FIELD', '年度', '请填写年度');
    else if (!/^\d{4}$/.test(yearRaw) || Number(yearRaw) < 2000 || Number(yearRaw) > Number(r.ctx.today.slice(0, 4))) {
      r.fail('BAD_DATE', '年度', `年度“${r.raw('年度')}”应为 2000 年至今年之间的 4 位年份`);
    } else year = Number(yearRaw);
    const totalFen = r.amount('医疗总费用(元)', true, MAX_YUAN);
    const selfPayFen = r.amount('个人自付(元)', true, MAX_YUAN);
    if (totalFen !== null && selfPayFen !== null && selfPayFen > totalFen) r.fail('BAD_AMOUNT', '个人自付(元)', '个人自付不能大于医疗总费用');
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), year: req(year), totalFen: req(totalFen), selfPayFen: req(selfPayFen) };
  },
};

const status: DatasetDef<'status'> = {
  key: 'status',
  name: '身份名册',
  description: '退役军人事务、乡村振兴、残联、司法等部门的优抚对象、脱贫户、监测对象、持证残疾人、服刑人员',
  columns: [
    NAME,
    ID,
    { header: '身份类别', required: true, hint: options(STATUS_KINDS), example: '持证残疾人', width: 12, options: Object.values(STATUS_KINDS) },
    { header: '证件编号', required: false, hint: '残疾人证号、优待证号等（不超过 50 字）', example: '11010119800101123441', text: true, width: 22 },
    { header: '残疾等级', required: false, hint: '持证残疾人必填：1–4 或 一级…四级', example: '二级', width: 10, options: Object.values(GRADES) },
    { header: '开始日期', required: true, hint: '取得该身份的日期', example: '2020-05-01', width: 12 },
    { header: '结束日期', required: false, hint: '身份已终止时填写（如刑满释放），不早于开始日期', example: '', width: 12 },
    { header: '区划代码', required: false, hint: '所在村（社区）的 12 位统计用区划代码（可不填）', example: '110101001001', text: true, width: 15 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const statusKind = r.code('身份类别', true, STATUS_KINDS, STATUS_SYNONYMS);
    const certNo = r.text('证件编号', false, 50);
    let grade: number | null = null;
    if (statusKind === 'DISABLED') {
      const g = r.code('残疾等级', true, GRADES, {
        一: '1',
        二: '2',
        三: '3',
        四: '4',
        '1级': '1',
        '2级': '2',
        '3级': '3',
        '4级': '4',
        一级残疾: '1',
        二级残疾: '2',
        三级残疾: '3',
        四级残疾: '4',
      });
      grade = g === null ? null : Number(g);
    }
    const fromDate = r.date('开始日期', true, { past: true });
    const toDate = r.date('结束日期', false);
    r.dateOrder('开始日期', fromDate, '结束日期', toDate);
    const areaCode = r.area('区划代码', false, false);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), statusKind: req(statusKind), certNo, grade, fromDate: req(fromDate), toDate, areaCode };
  },
};

const income: DatasetDef<'income'> = {
  key: 'income',
  name: '收入与存款',
  description: '银行、社保、公积金、证券机构提供的存款余额和养老金、公积金月额',
  columns: [
    NAME,
    ID,
    { header: '类别', required: true, hint: options(INCOME_KINDS), example: '存款', width: 10, options: Object.values(INCOME_KINDS) },
    { header: '金额(元)', required: true, hint: '存款、证券理财填余额；养老金、公积金填月额；单位元', example: '25000.00', width: 14 },
    { header: '截至日期', required: true, hint: '余额或月额对应的日期，不晚于今天', example: '2025-12-31', width: 12 },
    { header: '来源', required: false, hint: '提供机构，如 某某银行（不超过 50 字）', example: '某某银行', width: 14 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const category = r.code('类别', true, INCOME_KINDS, INCOME_SYNONYMS);
    const amountFen = r.amount('金额(元)', true, MAX_YUAN);
    const asOf = r.date('截至日期', true, { past: true });
    const source = r.text('来源', false, 50);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), category: req(category), amountFen: req(amountFen), asOf: req(asOf), source };
  },
};

const hukou: DatasetDef<'hukou'> = {
  key: 'hukou',
  name: '户籍变动',
  description: '公安部门的户口迁出、注销记录',
  columns: [
    NAME,
    ID,
    { header: '变动类型', required: true, hint: options(HUKOU_CHANGES), example: '迁出', width: 10, options: Object.values(HUKOU_CHANGES) },
    { header: '变动日期', required: true, hint: '不晚于今天', example: '2025-11-20', width: 12 },
    { header: '迁往地', required: false, hint: '迁出时填写（不超过 100 字）', example: '某某省某某市', width: 20 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const changeType = r.code('变动类型', true, HUKOU_CHANGES, HUKOU_SYNONYMS);
    const changedOn = r.date('变动日期', true, { past: true });
    const destination = r.text('迁往地', false, 100);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), changeType: req(changeType), changedOn: req(changedOn), destination };
  },
};

const cadres: DatasetDef<'cadres'> = {
  key: 'cadres',
  name: '民政工作人员和村干部',
  description: '民政系统工作人员和村（社区）“两委”成员，用于近亲属备案核查',
  columns: [
    NAME,
    ID,
    { header: '职务', required: true, hint: '不超过 50 字', example: '村委会主任', width: 14 },
    { header: '单位', required: true, hint: '不超过 100 字', example: '某某村民委员会', width: 20 },
    { header: '区划代码', required: false, hint: '村（社区）干部填所在村（社区）的 12 位统计用区划代码', example: '110101001001', text: true, width: 15 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const position = r.text('职务', true, 50);
    const organisation = r.text('单位', true, 100);
    const areaCode = r.area('区划代码', false, false);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), position: req(position), organisation: req(organisation), areaCode };
  },
};

const unemployment: DatasetDef<'unemployment'> = {
  key: 'unemployment',
  name: '失业登记',
  description: '人力资源社会保障部门的失业登记（含已注销的），用于主动发现低保边缘家庭成员失业',
  columns: [
    NAME,
    ID,
    { header: '登记日期', required: true, hint: '办理失业登记的日期，不晚于今天', example: '2026-10-08', width: 12 },
    { header: '注销日期', required: false, hint: '已就业或注销登记时填写，不早于登记日期', example: '', width: 12 },
    { header: '登记机构', required: false, hint: '如 某某街道社保所（不超过 100 字）', example: '某某街道社保所', width: 20 },
  ],
  parse(r) {
    const name = r.name();
    const idNumber = r.idNumber('身份证号');
    const registeredOn = r.date('登记日期', true, { past: true });
    const endedOn = r.date('注销日期', false);
    r.dateOrder('登记日期', registeredOn, '注销日期', endedOn);
    const agency = r.text('登记机构', false, 100);
    if (r.errors.length > 0) return null;
    return { name: req(name), idNumber: req(idNumber), registeredOn: req(registeredOn), endedOn, agency };
  },
};

type Defs = { [D in Dataset]: DatasetDef<D> };
export const DATASET_DEFS: Defs = { roster, deaths, vehicles, property, business, payroll, medical, status, income, hukou, cadres, unemployment };

export function datasetDef<D extends Dataset>(dataset: D): DatasetDef<D> {
  return DATASET_DEFS[dataset];
}

export function isDataset(value: string): value is Dataset {
  return (DATASETS as readonly string[]).includes(value);
}
