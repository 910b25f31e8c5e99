import { describe, expect, it } from 'vitest';
import { DATASET_DEFS, isCreditCode } from './datasets';
import { parseDate, parseFen, type ValidationContext } from './fields';
import { badCheckId, validId } from './fixtures/files';
import { DATASETS, type Dataset, ROW_ERROR_CODES, type RowErrorCode } from './records';
import { cellsByHeader, mapHeader, rowKey, validateRow } from './validate';

const VILLAGE = '110101001001';
const OTHER_VILLAGE = '110101002001';
const ctx = (over: Partial<ValidationContext> = {}): ValidationContext => ({
  today: '2026-03-01',
  programs: new Map([
    ['DIBAO', 'MINZHENG'],
    ['MEDICAL', 'YIBAO'],
  ]),
  departmentCode: 'MINZHENG',
  areaExists: (c) => c === VILLAGE || c === OTHER_VILLAGE,
  inScope: (c) => c === VILLAGE,
  ...over,
});

const ID = validId('19800101', 123);
const CHILD = validId('20100101', 456);

const good: { [D in Dataset]: Record<string, string> } = {
  roster: {
    姓名: '张三',
    身份证号: ID,
    救助项目编码: 'DIBAO',
    '月救助金额(元)': '860',
    开始日期: '2026-01-01',
    结束日期: '',
    区划代码: VILLAGE,
    户主身份证号: ID,
    与户主关系: '户主',
    联系电话: '138 0013 8000',
    备注: '',
  },
  deaths: { 姓名: '张三', 身份证号: ID, 死亡日期: '2026-01-05', 来源: '公安' },
  vehicles: { 姓名: '张三', 身份证号: ID, 号牌号码: '京a 12345', 车辆类型: '小型轿车', 登记日期: '2020-05-01' },
  property: { 姓名: '张三', 身份证号: ID, 不动产权证号: '京(2020)第1号', 坐落: '东街1号', 用途: '住宅', '建筑面积(平方米)': '89.5', 登记日期: '' },
  business: {
    姓名: '张三',
    身份证号: ID,
    统一社会信用代码: '91350100M000100Y43',
    企业名称: '张三便利店',
    登记身份: '经营者',
    '注册资本(万元)': '10.5',
    登记状态: '存续',
    成立日期: '2020-05-01',
  },
  payroll: { 姓名: '张三', 身份证号: ID, 单位名称: '某局', '月工资(元)': '6,500.00', 入职日期: '2015-09-01', 离职日期: '' },
  medical: { 姓名: '张三', 身份证号: ID, 年度: '2025', '医疗总费用(元)': '12000', '个人自付(元)': '3500.5' },
  status: { 姓名: '张三', 身份证号: ID, 身份类别: '持证残疾人', 证件编号: '123', 残疾等级: '二级', 开始日期: '2020-05-01', 结束日期: '', 区划代码: '' },
  income: { 姓名: '张三', 身份证号: ID, 类别: '存款', '金额(元)': '¥25,000.00', 截至日期: '2025-12-31', 来源: '' },
  hukou: { 姓名: '张三', 身份证号: ID, 变动类型: '迁出', 变动日期: '2025-11-20', 迁往地: '某市' },
  cadres: { 姓名: '张三', 身份证号: ID, 职务: '村委会主任', 单位: '某村委会', 区划代码: VILLAGE },
  unemployment: { 姓名: '张三', 身份证号: ID, 登记日期: '2025-10-08', 注销日期: '', 登记机构: '某某街道社保所' },
};

function ok<D extends Dataset>(dataset: D, over: Record<string, string> = {}, c = ctx()) {
  const r = validateRow(dataset, { ...good[dataset], ...over }, c);
  if (!r.record) throw new Error(`refused: ${JSON.stringify(r.errors)}`);
  return r.record;
}
function errs<D extends Dataset>(dataset: D, over: Record<string, string>, c = ctx()) {
  const r = validateRow(dataset, { ...good[dataset], ...over }, c);
  if (!r.errors) throw new Error(`accepted ${JSON.stringify(over)}`);
  return r.errors;
}
const seen = new Set<RowErrorCode>();
function expectError<D extends Dataset>(dataset: D, over: Record<string, string>, code: RowErrorCode, column: string | null, message?: RegExp, c = ctx()) {
  const e = errs(dataset, over, c);
  const hit = e.find((x) => x.code === code && x.column === column);
  expect(hit, `${code} on ${column} in ${JSON.stringify(e)}`).toBeTruthy();
  if (message) expect(hit?.message).toMatch(message);
  seen.add(code);
}

describe('every dataset', () => {
  it('accepts the good row of every dataset and names each template header once', () => {
    for (const d of DATASETS) {
      expect(ok(d)).toBeTruthy();
      const headers = DATASET_DEFS[d].columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      expect(headers.slice(0, 2)).toEqual(['姓名', '身份证号']);
    }
    expect(DATASET_DEFS.roster.columns.map((c) => c.header)).toEqual([
      '姓名',
      '身份证号',
      '救助项目编码',
      '月救助金额(元)',
      '开始日期',
      '结束日期',
      '区划代码',
      '户主身份证号',
      '与户主关系',
      '联系电话',
      '备注',
    ]);
  });

  it('normalises the roster row into the record of records.ts', () => {
    expect(ok('roster', { 身份证号: `${ID.slice(0, 17)}${ID[17].toLowerCase()}` })).toEqual({
      name: '张三',
      idNumber: ID,
      programCode: 'DIBAO',
      monthlyAmountFen: 86000,
      startDate: '2026-01-01',
      endDate: null,
      areaCode: VILLAGE,
      headIdNumber: ID,
      relation: 'HEAD',
      phone: '13800138000',
      note: null,
    });
  });

  it('reports every error of a row, not only the first', () => {
    const e = errs('roster', { 姓名: '张3', 身份证号: '123', 救助项目编码: 'NOPE', '月救助金额(元)': '-1', 开始日期: '昨天' });
    expect(e.map((x) => x.code).sort()).toEqual(['BAD_AMOUNT', 'BAD_DATE', 'BAD_ID_FORMAT', 'BAD_NAME', 'UNKNOWN_PROGRAM']);
    for (const x of e) expect(x.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('row error codes (each with a failing and a passing case)', () => {
  it('MISSING_FIELD', () => {
    expectError('deaths', { 来源: '' }, 'MISSING_FIELD', '来源', /^请填写来源$/);
    expectError('status', { 残疾等级: '' }, 'MISSING_FIELD', '残疾等级');
    expect(ok('status', { 身份类别: '脱贫户', 残疾等级: '' }).grade).toBeNull();
  });

  it('BAD_ID_FORMAT, BAD_BIRTH_DATE, BAD_CHECK_DIGIT (also on 户主身份证号)', () => {
    expectError('deaths', { 身份证号: '11010119800101' }, 'BAD_ID_FORMAT', '身份证号', /身份证号格式错误/);
    expectError('deaths', { 身份证号: '1.10101198001011E+17' }, 'BAD_ID_FORMAT', '身份证号', /文本/);
    const badDate = '110101198002301234';
    expectError('deaths', { 身份证号: badDate }, 'BAD_BIRTH_DATE', '身份证号', /出生日期/);
    const wrong = badCheckId();
    expectError('deaths', { 身份证号: wrong }, 'BAD_CHECK_DIGIT', '身份证号', new RegExp(`身份证号校验位错误（应为 ${ID[17]}）`));
    expectError('roster', { 户主身份证号: wrong, 与户主关系: '子' }, 'BAD_CHECK_DIGIT', '户主身份证号');
    expect(ok('deaths', { 身份证号: `${ID.slice(0, 6)} ${ID.slice(6)}` }).idNumber).toBe(ID);
    expect(ok('deaths', { 身份证号: `'${ID}` }).idNumber).toBe(ID); // spreadsheet text apostrophe
    // 15-digit numbers are upgraded
    expect(ok('deaths', { 身份证号: '110101800101123' }).idNumber).toHaveLength(18);
  });

  it('BAD_NAME', () => {
    expectError('deaths', { 姓名: '张三😀' }, 'BAD_NAME', '姓名', /姓名有误/);
    expect(ok('deaths', { 姓名: '买买提・艾力' }).name).toBe('买买提·艾力');
  });

  it('UNKNOWN_PROGRAM; the code any case or the Chinese name', () => {
    expectError('roster', { 救助项目编码: 'XYZ' }, 'UNKNOWN_PROGRAM', '救助项目编码', /“XYZ”不存在/);
    expect(ok('roster', { 救助项目编码: 'dibao' }).programCode).toBe('DIBAO');
    expect(ok('roster', { 救助项目编码: '最低生活保障' }).programCode).toBe('DIBAO');
  });

  it('NOT_OWN_PROGRAM for a department; the system imports any program', () => {
    expectError('roster', { 救助项目编码: 'MEDICAL' }, 'NOT_OWN_PROGRAM', '救助项目编码', /医疗救助.*不属于本部门/);
    expect(ok('roster', { 救助项目编码: 'MEDICAL' }, ctx({ departmentCode: null })).programCode).toBe('MEDICAL');
  });

  it('UNKNOWN_AREA and OUT_OF_SCOPE', () => {
    expectError('roster', { 区划代码: '110101001000' }, 'UNKNOWN_AREA', '区划代码', /不是已登记的村/);
    expectError('roster', { 区划代码: '110101009009' }, 'UNKNOWN_AREA', '区划代码');
    expectError('roster', { 区划代码: '1101' }, 'UNKNOWN_AREA', '区划代码');
    expectError('roster', { 区划代码: OTHER_VILLAGE }, 'OUT_OF_SCOPE', '区划代码', /不在您的管辖范围内/);
    expect(ok('cadres', { 区划代码: OTHER_VILLAGE }).areaCode).toBe(OTHER_VILLAGE); // reference data: existence only
    expectError('cadres', { 区划代码: '110101009009' }, 'UNKNOWN_AREA', '区划代码');
  });

  it('BAD_AMOUNT: yuan with 2 decimals, separators, ¥; 万元; limits; 自付 ≤ 总费用', () => {
    expectError('roster', { '月救助金额(元)': '12.345' }, 'BAD_AMOUNT', '月救助金额(元)', /不是有效金额/);
    expectError('roster', { '月救助金额(元)': '-5' }, 'BAD_AMOUNT', '月救助金额(元)');
    expectError('roster', { '月救助金额(元)': '1,00' }, 'BAD_AMOUNT', '月救助金额(元)');
    expectError('roster', { '月救助金额(元)': '2000000' }, 'BAD_AMOUNT', '月救助金额(元)', /超过上限/);
    expectError('medical', { '个人自付(元)': '13000' }, 'BAD_AMOUNT', '个人自付(元)', /不能大于/);
    expect(ok('roster', { '月救助金额(元)': '¥1,234.5元' }).monthlyAmountFen).toBe(123450);
    expect(ok('roster', { '月救助金额(元)': '0' }).monthlyAmountFen).toBe(0);
    expect(ok('business').capitalFen).toBe(10_500_000); // 10.5 万元 = 105000 元
    expect(ok('business', { '注册资本(万元)': '' }).capitalFen).toBe(0);
    expect(parseFen('0.1', 1)).toBe(10);
    expect(parseFen('0.000001', 10000)).toBe(1);
    expect(parseFen('1e3', 1)).toBeNull();
  });

  it('BAD_DATE: malformed, nonexistent, future facts, end before start', () => {
    expectError('deaths', { 死亡日期: '2026-02-30' }, 'BAD_DATE', '死亡日期', /不是有效日期/);
    expectError('deaths', { 死亡日期: '2026-03-02' }, 'BAD_DATE', '死亡日期', /晚于今天/);
    expectError('roster', { 结束日期: '2025-12-31' }, 'BAD_DATE', '结束日期', /早于开始日期/);
    expectError('payroll', { 离职日期: '2015-08-31' }, 'BAD_DATE', '离职日期', /早于入职日期/);
    expectError('medical', { 年度: '2027' }, 'BAD_DATE', '年度');
    expect(ok('roster', { 结束日期: '2026-01-01' }).endDate).toBe('2026-01-01');
    expect(ok('medical', { 年度: '2025年' }).year).toBe(2025);
  });

  it('accepts dates in every form', () => {
    for (const v of ['2026-01-05', '2026/1/5', '2026.1.5', '20260105', '2026年1月5日', '2026-1-5', ' 2026年01月05日 ', '46027']) {
      expect(parseDate(v), v).toBe('2026-01-05');
      expect(ok('deaths', { 死亡日期: v }).deathDate).toBe('2026-01-05');
    }
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('2026/01')).toBeNull();
  });

  it('BAD_CODE: relations with synonyms and the head rule; enum columns; 残疾等级; credit code', () => {
    expectError('roster', { 与户主关系: '邻居', 户主身份证号: CHILD, 身份证号: ID }, 'BAD_CODE', '与户主关系', /无法识别，应为：户主、配偶/);
    expectError('roster', { 与户主关系: '儿子' }, 'BAD_CODE', '与户主关系', /本人即户主/);
    expectError('roster', { 身份证号: CHILD, 户主身份证号: ID, 与户主关系: '户主' }, 'BAD_CODE', '与户主关系', /户主身份证号应与身份证号相同/);
    for (const [word, code] of [
      ['妻子', 'SPOUSE'],
      ['丈夫', 'SPOUSE'],
      ['儿子', 'SON'],
      ['女', 'DAUGHTER'],
      ['孙女', 'GRANDCHILD'],
      ['spouse', 'SPOUSE'],
    ]) {
      expect(ok('roster', { 身份证号: CHILD, 户主身份证号: ID, 与户主关系: word }).relation).toBe(code);
    }
    // blank head: the person is the head; blank relation with head = self: HEAD
    expect(ok('roster', { 户主身份证号: '', 与户主关系: '' }).relation).toBe('HEAD');
    expect(ok('roster', { 户主身份证号: '', 与户主关系: '本人' }).headIdNumber).toBe(ID);
    expectError('roster', { 身份证号: CHILD, 户主身份证号: ID, 与户主关系: '' }, 'MISSING_FIELD', '与户主关系');
    expectError('property', { 用途: '别墅' }, 'BAD_CODE', '用途', /住宅、商业、办公、工业、其他/);
    expect(ok('property', { 用途: 'commercial' }).usage).toBe('COMMERCIAL');
    expectError('business', { 登记身份: '员工' }, 'BAD_CODE', '登记身份');
    expect(ok('business', { 登记身份: '法人' }).role).toBe('LEGAL_REP');
    expectError('business', { 登记状态: '歇业' }, 'BAD_CODE', '登记状态');
    expect(ok('business', { 登记状态: '吊销，未注销' }).regStatus).toBe('REVOKED');
    expectError('business', { 统一社会信用代码: '91350100M000100Y44' }, 'BAD_CODE', '统一社会信用代码', /校验位/);
    expect(isCreditCode('91110000802100433B')).toBe(true);
    expectError('status', { 身份类别: '低保' }, 'BAD_CODE', '身份类别');
    expectError('status', { 残疾等级: '五级' }, 'BAD_CODE', '残疾等级');
    expect(ok('status', { 残疾等级: '3' }).grade).toBe(3);
    expect(ok('status', { 身份类别: '残疾人', 残疾等级: '一级' }).statusKind).toBe('DISABLED');
    expectError('income', { 类别: '工资' }, 'BAD_CODE', '类别');
    expect(ok('income', { 类别: '退休金' }).category).toBe('PENSION');
    expectError('hukou', { 变动类型: '迁入' }, 'BAD_CODE', '变动类型');
    expect(ok('hukou', { 变动类型: '注销' }).changeType).toBe('CANCELLED');
    expect(ok('unemployment', { 注销日期: '2025-11-30', 登记机构: '' })).toMatchObject({ registeredOn: '2025-10-08', endedOn: '2025-11-30', agency: null });
    expectError('unemployment', { 注销日期: '2025-10-01' }, 'BAD_DATE', '注销日期');
    expectError('unemployment', { 登记日期: '' }, 'MISSING_FIELD', '登记日期');
  });

  it('BAD_PHONE', () => {
    expectError('roster', { 联系电话: '12345' }, 'BAD_PHONE', '联系电话', /11 位手机号码/);
    expect(ok('roster', { 联系电话: '+86 138-0013-8000' }).phone).toBe('13800138000');
    expect(ok('roster', { 联系电话: '' }).phone).toBeNull();
  });

  it('TOO_LONG', () => {
    expectError('roster', { 备注: '字'.repeat(201) }, 'TOO_LONG', '备注', /不能超过 200 个字/);
    expectError('deaths', { 来源: '公'.repeat(21) }, 'TOO_LONG', '来源');
    expect(ok('roster', { 备注: '𠮷'.repeat(200) }).note).toHaveLength(400); // counted as characters
  });

  it('BAD_NUMBER', () => {
    expectError('property', { '建筑面积(平方米)': '八十' }, 'BAD_NUMBER', '建筑面积(平方米)');
    expect(ok('property', { '建筑面积(平方米)': '1,089.25' }).floorArea).toBe(1089.25);
  });

  it('produced every row error code except HEAD_NOT_FOUND (the merge step’s)', () => {
    expect([...seen].sort()).toEqual(ROW_ERROR_CODES.filter((c) => c !== 'HEAD_NOT_FOUND').sort());
  });
});

describe('header mapping', () => {
  it('maps columns in any order, ignores extra columns, tolerates full-width brackets', () => {
    const map = mapHeader('deaths', ['备注', '来源', '死亡日期', '身份证号', '姓名']);
    expect(cellsByHeader(map, ['x', '公安', '2026-01-05', ID, '张三'])).toEqual({ 姓名: '张三', 身份证号: ID, 死亡日期: '2026-01-05', 来源: '公安' });
    const m2 = mapHeader('medical', ['姓名', '身份证号', '年度', '医疗总费用（元）', '个人自付 (元)']);
    expect(m2.index.get('医疗总费用(元)')).toBe(3);
    expect(m2.index.get('个人自付(元)')).toBe(4);
  });

  it('refuses missing required columns with BAD_HEADER naming them; optional columns may be absent', () => {
    try {
      mapHeader('roster', ['姓名', '身份证号', '开始日期']);
      throw new Error('accepted');
    } catch (e) {
      const err = e as { message: string; extensions: Record<string, unknown> };
      expect(err.extensions.code).toBe('BAD_USER_INPUT');
      expect(err.extensions.reason).toBe('BAD_HEADER');
      expect(err.message).toBe('表头与“救助对象名册”模板不符，缺少列：救助项目编码、月救助金额(元)、区划代码；请使用下载的模板');
    }
    const map = mapHeader('roster', ['姓名', '身份证号', '救助项目编码', '月救助金额(元)', '开始日期', '区划代码']);
    expect(cellsByHeader(map, ['张三', ID, 'DIBAO', '1', '2026-01-01', VILLAGE]).备注).toBe('');
  });
});

describe('rowKey', () => {
  it('is a stable hex sha256 of the normalised record, independent of the spelling in the file', () => {
    const a = ok('roster', { 开始日期: '2026/1/1', '月救助金额(元)': '860.00', 与户主关系: '本人', 救助项目编码: 'dibao' });
    const b = ok('roster');
    expect(rowKey('roster', a)).toBe(rowKey('roster', b));
    expect(rowKey('roster', b)).toMatch(/^[0-9a-f]{64}$/);
    expect(rowKey('roster', { ...b, monthlyAmountFen: 86001 })).not.toBe(rowKey('roster', b));
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as typeof b;
    expect(rowKey('roster', reordered)).toBe(rowKey('roster', b));
  });
});
