/**
 * Seed catalogue: every program of docs/domain.md ("Programs") with its owner, legal basis, eligibility condition,
 * amount formula, materials, step time limits and 公示. Numbers are national defaults or DEMO VALUES
 * (演示值, note on each parameter version): local rules override them by adding dated versions.
 */
import { PROGRAM_NAMES, PROGRAM_OWNERS, TIER_PROGRAMS, type Tier } from '../tiers';
import type { Expr } from '../engine/expr';
import { MAX_MONTHLY_AMOUNT } from '../engine/edit';
import { DEMO_NOTE, defineParameter, type Parameter, type ParamUnit, type ParamValue } from '../engine/parameters';
import type { Material, ProgramDef, ProgramStep, TimeLimit } from '../engine/program';
import { INCOME_CATEGORIES, SCHOOL_STATUSES, SPECIAL_STATUSES } from '../ledger-codes';
import { VEHICLE_TYPES } from '../engine/facts';

// ------------------------------------------------------------------ helpers

type V = [effectiveFrom: string, value: ParamValue, legalRef: string, demo?: boolean];

function param(code: string, name: string, unit: ParamUnit, versions: V[], extra: Partial<Parameter> = {}): Parameter {
  return defineParameter({
    code,
    name,
    unit,
    program: code.slice(0, code.indexOf('.')),
    versions: versions.map(([effectiveFrom, value, legalRef, demo = true]) => ({ effectiveFrom, value, legalRef, ...(demo ? { note: DEMO_NOTE } : {}) })),
    ...extra,
  });
}

const wd = (days: number): TimeLimit => ({ days, kind: 'WORKING' });
const cd = (days: number): TimeLimit => ({ days, kind: 'CALENDAR' });
const step = (code: string, name: string, limit: TimeLimit | null, extra: Partial<ProgramStep> = {}): ProgramStep => ({ code, name, limit, ...extra });
const need = (name: string, when?: string): Material => ({ name, required: !when, ...(when ? { when } : {}) });
/** A material a valid verification report covers (互认, ADR 0023): income, asset and hardship proofs. */
const covered = (name: string, when?: string): Material => ({ ...need(name, when), coveredByReport: true });

function program(p: Omit<ProgramDef, 'name' | 'owner' | 'confersTier'>): ProgramDef {
  return { ...p, name: PROGRAM_NAMES[p.code], owner: PROGRAM_OWNERS[p.code], confersTier: (TIER_PROGRAMS[p.code] as Tier | undefined) ?? null };
}

const SA = '社会救助暂行办法';
const D26 = '2026-01-01';
const D25 = '2025-01-01';
/** 社会救助暂行办法 in force: demo means-test rules are dated from it. */
const D14 = '2014-05-01';
const STANDARD: Expr = { param: 'DIBAO.standard', key: 'household.residenceType' };
const COUNTED: Expr = { fact: 'member.counted' };
const AGE: Expr = { fact: 'member.age' };

const BASIC_MATERIALS: Material[] = [need('申请书（一表登记）'), need('户口簿、居民身份证'), need('家庭经济状况核对授权书（共同生活家庭成员签字）')];

// ------------------------------------------------------------------ parameters

export const PARAMETERS: readonly Parameter[] = [
  // 低保
  param(
    'DIBAO.standard.URBAN',
    '低保标准',
    'fen',
    [
      [D25, 76000, `${SA}第十条`],
      [D26, 80000, `${SA}第十条`],
    ],
    { qualifier: '城市', description: '城市居民每人每月最低生活保障标准' },
  ),
  param(
    'DIBAO.standard.RURAL',
    '低保标准',
    'fen',
    [
      [D25, 61000, `${SA}第十条`],
      [D26, 65000, `${SA}第十条`],
    ],
    { qualifier: '农村', description: '农村居民每人每月最低生活保障标准' },
  ),
  param('DIBAO.asset_limit_months', '金融资产限额月数', 'month', [[D14, 24, '地方家庭财产状况规定（示例：不超过 24 个月低保标准）']]),
  param('DIBAO.max_homes', '住房套数上限', 'home', [[D14, 1, '地方家庭财产状况规定（示例：仅有一套住房）']]),
  param('DIBAO.business_capital_limit', '工商登记注册资本上限', 'fen', [[D14, 10_000_000, '地方家庭财产状况规定（示例：注册资本不超过 10 万元）']]),
  param('DIBAO.min_per_person', '最低补差（每人每月）', 'fen', [[D14, 1000, '地方低保金发放规定（示例）']]),
  param('DIBAO.employment_cost_ratio', '就业成本扣减比例（工资性收入）', 'percent', [[D14, 0.1, '地方家庭收入核算规定（示例：扣减 10% 就业成本）']]),
  param(
    'DIBAO.excluded_income_categories',
    '不计入家庭收入的类别',
    'codes',
    [
      ['2014-05-01', ['EXCLUDED'], `${SA}（优待抚恤金、奖励金、政府救助金等不计入家庭收入）`, false],
      ['2021-01-01', ['EXCLUDED', 'PENSION_BASIC'], '“十四五”时期城乡居民基本养老保险基础养老金不计入低保家庭收入（生效日期为演示值）'],
    ],
    { codes: INCOME_CATEGORIES },
  ),
  param(
    'DIBAO.excluded_member_statuses',
    '不计入共同生活家庭成员的情形',
    'codes',
    [['2016-01-01', ['PRISON', 'DRUG_REHAB', 'MILITARY', 'CLERGY', 'MISSING', 'DECEASED'], '重庆市城乡居民最低生活保障条例第十一条', false]],
    { codes: SPECIAL_STATUSES, description: '现役军人仅未婚者不计入' },
  ),
  param(
    'DIBAO.exempt_vehicle_types',
    '不计入的车辆类型',
    'codes',
    [[D14, ['motorcycle', 'e-bike', 'mobility'], '地方家庭财产状况规定（示例：残疾人代步车、摩托车、电动自行车除外）']],
    {
      codes: VEHICLE_TYPES,
    },
  ),

  // 特困
  param('TEKUN.age_elder', '老年人年龄下限', 'year', [['2014-05-01', 60, `${SA}第十四条`, false]]),
  param('TEKUN.age_minor', '未成年人年龄上限（不含）', 'year', [['2021-07-01', 16, '特困人员认定办法（民发〔2021〕43号）', false]]),
  ...(
    [
      ['VISUAL', '视力残疾', 1],
      ['HEARING', '听力残疾', 0],
      ['SPEECH', '言语残疾', 0],
      ['PHYSICAL', '肢体残疾', 2],
      ['INTELLECTUAL', '智力残疾', 3],
      ['MENTAL', '精神残疾', 3],
      ['MULTIPLE', '多重残疾', 2],
    ] as const
  ).map(([k, q, g]) =>
    param(
      `TEKUN.no_labour_grade.${k}`,
      '无劳动能力残疾等级上限',
      'grade',
      [['2021-07-01', g, '特困人员认定办法（民发〔2021〕43号）：智力、精神残疾一至三级，肢体残疾一至二级，视力残疾一级（多重残疾为演示值）', k === 'MULTIPLE']],
      {
        qualifier: q,
        description: '残疾等级数字不大于此值（1 级最重）视为无劳动能力；0 表示该类别不据此认定',
      },
    ),
  ),
  param('TEKUN.basic_living.URBAN', '特困人员基本生活标准', 'fen', [[D26, 104000, `${SA}第十五条（示例：不低于低保标准的 1.3 倍）`]], { qualifier: '城市' }),
  param('TEKUN.basic_living.RURAL', '特困人员基本生活标准', 'fen', [[D26, 84500, `${SA}第十五条（示例：不低于低保标准的 1.3 倍）`]], { qualifier: '农村' }),
  param('TEKUN.care.SELF', '照料护理标准', 'fen', [[D26, 5000, '特困人员照料护理标准（按生活自理能力分档）']], { qualifier: '具备生活自理能力' }),
  param('TEKUN.care.PARTIAL', '照料护理标准', 'fen', [[D26, 30000, '特困人员照料护理标准（按生活自理能力分档）']], { qualifier: '部分丧失生活自理能力' }),
  param('TEKUN.care.FULL', '照料护理标准', 'fen', [[D26, 80000, '特困人员照料护理标准（按生活自理能力分档）']], { qualifier: '完全丧失生活自理能力' }),

  // 医疗救助
  param('MEDICAL.reimbursement_ratio', '政策范围内费用救助比例（特困、低保）', 'percent', [
    [D25, 0.7, '国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见（国办发〔2021〕42号）'],
  ]),
  param('MEDICAL.annual_cap', '年度救助限额', 'fen', [[D25, 5_000_000, '地方医疗救助实施办法（示例）']]),

  // 教育救助
  param('EDU.stages', '救助的教育阶段', 'codes', [[D25, ['PRIMARY', 'JUNIOR', 'SENIOR', 'COLLEGE'], `${SA}第三十三条（义务教育阶段；其他阶段按地方规定）`]], {
    codes: SCHOOL_STATUSES,
  }),
  param('EDU.amount.PRIMARY', '教育救助标准（月均）', 'fen', [[D25, 10000, '学生资助政策（示例，按学年折算到月）']], { qualifier: '小学' }),
  param('EDU.amount.JUNIOR', '教育救助标准（月均）', 'fen', [[D25, 12500, '学生资助政策（示例，按学年折算到月）']], { qualifier: '初中' }),
  param('EDU.amount.SENIOR', '教育救助标准（月均）', 'fen', [[D25, 20000, '学生资助政策（示例，按学年折算到月）']], { qualifier: '高中/中职' }),
  param('EDU.amount.COLLEGE', '教育救助标准（月均）', 'fen', [[D25, 30000, '学生资助政策（示例，按学年折算到月）']], { qualifier: '大专及以上' }),

  // 住房救助
  param('HOUSING.rent_subsidy', '租赁补贴（每户每月）', 'fen', [[D25, 30000, `${SA}第三十八条（配租公共租赁住房或发放住房租赁补贴）`]]),

  // 就业救助
  param('EMPLOY.age_min', '劳动年龄下限', 'year', [['2014-05-01', 16, `${SA}第四十二条（最低就业年龄）`, false]]),
  param('EMPLOY.age_max', '劳动年龄上限（不含）', 'year', [[D25, 60, `${SA}第四十二条（法定退休年龄，演示取 60 周岁）`]]),
  param('EMPLOY.refusal_limit', '无正当理由连续拒绝推荐工作的次数上限', 'count', [['2014-05-01', 3, `${SA}第四十五条`, false]]),

  // 临时救助
  param('TEMP.monthly_factor', '每人每月救助金额（低保标准倍数）', 'ratio', [[D25, 1, '地方临时救助实施办法（示例：每人每月不超过 1 个月低保标准）']]),
  param('TEMP.max_months', '每次救助最长月数', 'month', [[D25, 3, '地方临时救助实施办法（示例）']]),

  // 残疾人两项补贴
  param('DISAB_LIVING.amount', '困难残疾人生活补贴标准', 'fen', [
    [D26, 9000, '国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见（国发〔2015〕52号）'],
  ]),
  param('DISAB_CARE.grade_max', '护理补贴残疾等级上限', 'grade', [['2016-01-01', 2, '国发〔2015〕52号（残疾等级为一级、二级且需要长期照护）', false]]),
  param('DISAB_CARE.grade_max_intellectual_mental', '护理补贴残疾等级上限（智力、精神残疾）', 'grade', [
    [D25, 3, '国发〔2015〕52号（有条件的地方可扩大到非重度智力、精神残疾人）'],
  ]),
  param('DISAB_CARE.amount.1', '重度残疾人护理补贴标准', 'fen', [[D26, 12000, '国发〔2015〕52号']], { qualifier: '一级' }),
  param('DISAB_CARE.amount.2', '重度残疾人护理补贴标准', 'fen', [[D26, 9000, '国发〔2015〕52号']], { qualifier: '二级' }),
  param('DISAB_CARE.amount.3', '重度残疾人护理补贴标准', 'fen', [[D26, 6000, '国发〔2015〕52号（地方扩面）']], { qualifier: '三级' }),

  // 孤儿、事实无人抚养儿童
  param('ORPHAN.age_max', '儿童年龄上限（不含）', 'year', [['2010-11-16', 18, '国务院办公厅关于加强孤儿保障工作的意见（国办发〔2010〕54号）', false]]),
  param('ORPHAN.amount_orphan', '孤儿基本生活费', 'fen', [[D26, 160000, '国办发〔2010〕54号（散居孤儿，示例）']]),
  param('ORPHAN.amount_no_carer', '事实无人抚养儿童基本生活补贴', 'fen', [
    [D26, 160000, '民政部等关于进一步加强事实无人抚养儿童保障工作的意见（民发〔2019〕62号）'],
  ]),

  // 高龄津贴
  param('ELDER.age_min', '高龄津贴年龄下限', 'year', [[D25, 80, '地方高龄津贴制度（示例）']]),
  param('ELDER.age_band2', '第二档年龄下限', 'year', [[D25, 90, '地方高龄津贴制度（示例）']]),
  param('ELDER.age_band3', '第三档年龄下限', 'year', [[D25, 100, '地方高龄津贴制度（示例）']]),
  param('ELDER.amount_80', '高龄津贴', 'fen', [[D25, 5000, '地方高龄津贴制度（示例）']], { qualifier: '80—89周岁' }),
  param('ELDER.amount_90', '高龄津贴', 'fen', [[D25, 10000, '地方高龄津贴制度（示例）']], { qualifier: '90—99周岁' }),
  param('ELDER.amount_100', '高龄津贴', 'fen', [[D25, 30000, '地方高龄津贴制度（示例）']], { qualifier: '100周岁及以上' }),

  // 受灾人员救助
  param('DISASTER.transition_per_person', '过渡期生活救助（每人每月）', 'fen', [[D25, 60000, `${SA}第二十三条；自然灾害救助条例（示例）`]]),

  // 困难职工帮扶
  param('UNION.income_ratio', '困难职工收入标准倍数', 'ratio', [[D25, 2, '全国总工会困难职工帮扶工作规定（示例）']]),
  param('UNION.amount', '困难职工生活救助（每户每月）', 'fen', [[D25, 30000, '全国总工会困难职工帮扶工作规定（示例）']]),

  // 法律援助
  param('LEGAL.income_ratio', '经济困难标准倍数', 'ratio', [[D25, 2, '法律援助法第三十四条（经济困难标准由省级确定，示例）']]),

  // 电价减免
  param('POWER.free_kwh', '每户每月免费用电量', 'kWh', [
    ['2012-07-01', 15, '国家发展改革委关于居民生活用电试行阶梯电价的指导意见（发改价格〔2011〕2617号）：10 或 15 千瓦时'],
  ]),
  param('POWER.price', '居民第一档电价', 'fenPerKWh', [[D25, 52, '地方居民阶梯电价（示例）']]),

  // 低保边缘
  param('DIBAO_EDGE.income_ratio', '低保边缘收入倍数', 'ratio', [[D25, 1.5, '浙江省社会救助条例第十三条（示例：不超过低保标准 1.5 倍）']]),
  param('DIBAO_EDGE.min_wage', '最低工资标准（月）', 'fen', [[D25, 210000, '最低工资规定（地方最低工资标准，示例）']]),

  // 刚性支出困难
  param('SPENDING_HARDSHIP.disposable_income.URBAN', '上年当地居民人均可支配收入', 'fen', [[D26, 4_500_000, '统计公报（示例）']], { qualifier: '城市' }),
  param('SPENDING_HARDSHIP.disposable_income.RURAL', '上年当地居民人均可支配收入', 'fen', [[D26, 2_000_000, '统计公报（示例）']], { qualifier: '农村' }),
  param('SPENDING_HARDSHIP.spending_ratio', '刚性支出占家庭年收入比例下限', 'percent', [[D25, 0.6, '地方支出型困难家庭认定办法（示例）']]),

  // 月救助金额上限 of every program: a benefit row or an approved amount above it is refused (a typing
  // error such as 2,147,483,647 fen must never reach the ledger). Edited like any parameter, by the owner.
  ...(
    [
      ['DIBAO', 2_000_000],
      ['TEKUN', 500_000],
      ['MEDICAL', 5_000_000],
      ['EDU', 200_000],
      ['HOUSING', 500_000],
      ['EMPLOY', 300_000],
      ['TEMP', 2_000_000],
      ['DISAB_LIVING', 50_000],
      ['DISAB_CARE', 50_000],
      ['ORPHAN', 500_000],
      ['ELDER', 100_000],
      ['DISASTER', 2_000_000],
      ['UNION', 300_000],
      ['LEGAL', 100_000],
      ['POWER', 10_000],
      ['DIBAO_EDGE', 1_000_000],
      ['SPENDING_HARDSHIP', 2_000_000],
      ['TUOPIN', 500_000],
      ['MONITOR', 500_000],
    ] as const
  ).map(([program, cap]) =>
    param(`${program}.${MAX_MONTHLY_AMOUNT}`, '月救助金额上限', 'fen', [[D14, cap, '地方社会救助资金管理规定（示例：单项救助月金额上限，超过即为录入错误）']], {
      description: '一条救助记录或一项批准决定的月救助金额不得超过此值',
    }),
  ),
];

// ------------------------------------------------------------------ programs

export const PROGRAMS: readonly ProgramDef[] = [
  program({
    code: 'DIBAO',
    legalBasis: [`${SA}第九条至第十三条`, '最低生活保障审核确认办法（民发〔2021〕57号）', '重庆市城乡居民最低生活保障条例'],
    description: '共同生活的家庭成员人均收入低于当地低保标准、且家庭财产符合规定的家庭，按差额按月发放低保金。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T2'],
    eligibility: {
      all: [{ cmp: ['<', { fact: 'household.perCapitaIncomeFen' }, STANDARD] }, { ref: 'DIBAO.asset_test' }],
    },
    amount: {
      expr: {
        mul: [
          {
            max: [{ sub: [STANDARD, { fact: 'household.perCapitaIncomeFen' }] }, { param: 'DIBAO.min_per_person' }],
            label: '人均补差',
          },
          { fact: 'household.countedMembers' },
        ],
      },
      period: 'MONTHLY',
      note: '（低保标准 − 家庭人均收入）× 计入人数，每人不低于最低补差；也可按地方规定分档',
    },
    materials: [
      ...BASIC_MATERIALS,
      covered('家庭收入情况说明（工资、经营、财产、转移收入）'),
      covered('家庭财产情况申报（存款、房产、车辆、工商登记）'),
      need('残疾人证', '有残疾成员时'),
      need('疾病诊断证明', '有重病成员时'),
      need('在校证明', '有在校学生时'),
    ],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('INVESTIGATE', '家庭经济状况调查（入户调查、信息核对）', wd(3), { note: '自受理之日起 3 个工作日内启动调查' }),
      step('PUBLICITY', '初审公示', cd(7), { clockPaused: true }),
      step('APPROVE', '审核确认', wd(10), { note: '公示结束后 10 个工作日内作出决定' }),
      step('REFUSAL_NOTICE', '不予批准书面通知', wd(3), { note: '作出决定之日起 3 个工作日内，说明理由' }),
    ],
    totalLimit: { days: 30, kind: 'WORKING', extendableTo: 45, note: '特殊情况可延长至 45 个工作日；重庆：30 日不含评议、公示时间；批准后自次月起发放' },
    publicity: { required: true, days: 7, kind: 'CALENDAR', minors: 'MASKED', note: '仅公示姓名（脱敏）、保障人数和金额；有异议的重新调查并再公示 3 日' },
  }),
  program({
    code: 'TEKUN',
    legalBasis: [`${SA}第十四条至第十九条`, '特困人员认定办法（民发〔2021〕43号）'],
    description: '无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其无履行能力的老年人、残疾人和未成年人，给予救助供养。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: ['T1'],
    eligibility: {
      all: [
        COUNTED,
        {
          any: [
            { cmp: ['>=', AGE, { param: 'TEKUN.age_elder' }] },
            { cmp: ['<', AGE, { param: 'TEKUN.age_minor' }] },
            {
              cmp: ['<=', { fact: 'member.disabilityGrade' }, { param: 'TEKUN.no_labour_grade', key: 'member.disabilityType' }],
              label: '残疾等级达到无劳动能力标准',
            },
            {
              all: [{ receives: 'TEKUN', of: 'member' }, { in: [{ fact: 'member.schoolStatus' }, ['PRIMARY', 'JUNIOR', 'SENIOR']] }],
              label: '已是特困人员，年满 16 周岁后仍在校就读',
            },
          ],
          label: '属于无劳动能力的老年人、残疾人或未成年人',
        },
        { cmp: ['<', { fact: 'member.monthlyIncomeFen' }, STANDARD], label: '无生活来源' },
        { in: [{ fact: 'member.legalSupport' }, ['NONE', 'UNABLE']], label: '无法定义务人或其无履行义务能力' },
      ],
    },
    amount: {
      expr: {
        add: [
          { param: 'TEKUN.basic_living', key: 'household.residenceType' },
          {
            lookup: { fact: 'member.careLevel' },
            cases: { SELF: { param: 'TEKUN.care.SELF' }, PARTIAL: { param: 'TEKUN.care.PARTIAL' }, FULL: { param: 'TEKUN.care.FULL' } },
            ifUnknown: { const: 0, unit: 'fen', label: '照料护理标准（生活自理能力未评估，暂按 0 计）' },
          },
        ],
      },
      period: 'MONTHLY',
      note: '基本生活标准 + 照料护理标准（按生活自理能力）',
    },
    materials: [
      ...BASIC_MATERIALS,
      need('残疾人证', '残疾人申请时'),
      need('法定义务人无履行能力的证明材料', '有法定义务人时'),
      need('生活自理能力评估表'),
      need('在校证明', '年满 16 周岁仍在校时'),
    ],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('INVESTIGATE', '调查核实（入户调查、生活自理能力评估）', wd(15)),
      step('PUBLICITY', '公示（未成年人不公示）', cd(7), { clockPaused: true }),
      step('APPROVE', '审核确认', wd(10)),
      step('REFUSAL_NOTICE', '不予批准书面通知', wd(3)),
    ],
    totalLimit: null,
    publicity: { required: true, days: 7, kind: 'CALENDAR', minors: 'NEVER', note: '未成年人特困人员信息一律不公示' },
  }),
  program({
    code: 'MEDICAL',
    legalBasis: [`${SA}第二十八条至第三十二条`, '国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见（国办发〔2021〕42号）'],
    description: '特困、低保对象直接享受（资助参保、免起付线、政策范围内费用按比例救助）；低保边缘家庭成员和因病致贫的刚性支出困难家庭按地方规定。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T1', 'T2', 'T3', 'T4'],
    eligibility: {
      any: [
        { receives: ['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'SPENDING_HARDSHIP', 'TUOPIN', 'MONITOR'] },
        { program: 'TEKUN' },
        { program: 'DIBAO' },
        { program: 'DIBAO_EDGE' },
        { program: 'SPENDING_HARDSHIP' },
      ],
      label: '属于特困、低保、低保边缘、刚性支出困难家庭或脱贫（监测）对象',
    },
    amount: null,
    materials: [need('居民身份证或户口簿'), need('医疗费用票据、费用清单', '申请费用救助时'), need('诊断证明', '申请费用救助时')],
    applyAt: '镇街便民服务中心或医保经办机构（特困、低保对象在定点医院"一站式"直接结算）',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('REVIEW', '镇街审核（特困、低保对象免审核）', wd(10), { note: '演示值' }),
      step('PUBLICITY', '公示（低保边缘、刚性支出困难家庭）', cd(7), { clockPaused: true, note: '演示值' }),
      step('APPROVE', '医保部门审批', wd(10), { note: '演示值' }),
    ],
    totalLimit: null,
    publicity: { required: true, days: 7, kind: 'CALENDAR', minors: 'MASKED', note: '特困、低保对象直接享受，不另行公示' },
  }),
  program({
    code: 'EDU',
    legalBasis: [`${SA}第三十三条至第三十六条`],
    description: '特困、低保家庭（及脱贫、监测家庭）中的在校学生，按教育阶段给予资助。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: ['T1', 'T2', 'T3'],
    householdEligibility: {
      any: [{ receives: ['TEKUN', 'DIBAO', 'TUOPIN', 'MONITOR'] }, { program: 'TEKUN' }, { program: 'DIBAO' }],
      label: '本户为特困、低保或脱贫（监测）对象',
    },
    eligibility: { all: [COUNTED, { in: [{ fact: 'member.schoolStatus' }, { param: 'EDU.stages' }] }] },
    amount: {
      expr: {
        lookup: { fact: 'member.schoolStatus' },
        cases: {
          PRIMARY: { param: 'EDU.amount.PRIMARY' },
          JUNIOR: { param: 'EDU.amount.JUNIOR' },
          SENIOR: { param: 'EDU.amount.SENIOR' },
          COLLEGE: { param: 'EDU.amount.COLLEGE' },
        },
        otherwise: { const: 0, unit: 'fen' },
      },
      period: 'MONTHLY',
      note: '按学年资助标准折算到月',
    },
    materials: [need('学籍证明或在校证明'), covered('家庭困难身份证明（特困、低保证件或核对报告）')],
    applyAt: '就读学校',
    steps: [step('ACCEPT', '学校受理', null), step('REVIEW', '学校审核认定', wd(10), { note: '演示值' }), step('APPROVE', '教育部门审批', null)],
    totalLimit: null,
    publicity: { required: false, minors: 'NEVER', note: '学生资助名单不公开个人困难信息' },
  }),
  program({
    code: 'HOUSING',
    legalBasis: [`${SA}第三十七条至第四十条`],
    description: '低保家庭、分散供养特困人员及低保边缘家庭中住房困难的，配租公共租赁住房、发放租赁补贴或农村危房改造。民政核对收入财产，住建核对住房。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T1', 'T2', 'T4'],
    eligibility: {
      all: [
        { fact: 'household.housingDifficulty' },
        {
          any: [{ ref: 'T1T2.household' }, { receives: 'DIBAO_EDGE' }, { program: 'DIBAO_EDGE' }],
          label: '本户为特困、低保或低保边缘家庭',
        },
      ],
    },
    amount: { expr: { param: 'HOUSING.rent_subsidy' }, period: 'MONTHLY', note: '以租赁补贴估算；配租公租房或危房改造不按月计' },
    materials: [...BASIC_MATERIALS, need('住房情况说明（现住房面积、权属或租赁合同）')],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('VERIFY_INCOME', '民政部门核对收入、财产', wd(10), { note: '演示值' }),
      step('VERIFY_HOUSING', '住建部门核对住房', wd(15), { note: '演示值' }),
      step('PUBLICITY', '公示', cd(7), { clockPaused: true, note: '演示值' }),
      step('APPROVE', '住建部门审批', wd(10), { note: '演示值' }),
    ],
    totalLimit: null,
    publicity: { required: true, days: 7, kind: 'CALENDAR', minors: 'MASKED' },
  }),
  program({
    code: 'EMPLOY',
    legalBasis: [`${SA}第四十二条至第四十五条`],
    description: '低保家庭中有劳动能力并处于失业状态的成员，给予就业服务、培训补贴、公益性岗位等；无正当理由连续 3 次拒绝推荐的工作，减发或停发其低保金。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: ['T2', 'T4'],
    householdEligibility: {
      any: [{ receives: ['DIBAO', 'DIBAO_EDGE'] }, { program: 'DIBAO' }, { program: 'DIBAO_EDGE' }],
      label: '本户为低保或低保边缘家庭',
    },
    eligibility: {
      all: [
        COUNTED,
        { cmp: ['>=', AGE, { param: 'EMPLOY.age_min' }] },
        { cmp: ['<', AGE, { param: 'EMPLOY.age_max' }] },
        { in: [{ fact: 'member.labourCapacity' }, ['FULL', 'PARTIAL']] },
        { cmp: ['==', { fact: 'member.employmentStatus' }, 'UNEMPLOYED'] },
      ],
    },
    amount: null,
    materials: [need('居民身份证'), need('就业失业登记证明')],
    applyAt: '镇街便民服务中心（人社服务窗口）',
    steps: [step('REGISTER', '失业登记', wd(1)), step('VERIFY', '人社部门核实', wd(5), { note: '演示值' }), step('SERVICE', '提供就业服务', null)],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME' },
  }),
  program({
    code: 'TEMP',
    legalBasis: [`${SA}第四十七条至第五十一条`, '国务院关于全面建立临时救助制度的通知（国发〔2014〕47号）'],
    description: '因火灾、交通事故等意外事件或重病等原因导致基本生活暂时出现严重困难的家庭，给予临时救助；急难型先行救助，事后补办手续。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: [],
    eligibility: {
      any: [
        { fact: 'household.suddenHardship' },
        {
          cmp: ['>=', { fact: 'household.rigidSpendingFenLast12m' }, { fact: 'household.annualIncomeFen' }],
          label: '刚性支出超出家庭承受能力',
        },
      ],
    },
    amount: {
      expr: { mul: [{ param: 'TEMP.monthly_factor' }, STANDARD, { fact: 'household.countedMembers' }] },
      period: 'MONTHLY',
      note: '一次性救助，按月估算；每次不超过 3 个月（TEMP.max_months）',
    },
    materials: [need('申请书（急难情形可事后补交）'), need('居民身份证或户口簿'), need('困难情况证明（事故、医疗票据等）', '可事后补交')],
    applyAt: '镇街便民服务中心（急难情形可向村社或任一窗口求助）',
    steps: [
      step('EMERGENCY', '急难先行救助', cd(1), { note: '当日或次日先行救助，事后补办手续' }),
      step('ACCEPT', '受理', wd(1)),
      step('REVIEW', '审核', wd(9), { note: '示例（1+9+5）' }),
      step('PUBLICITY', '公示', cd(5), { clockPaused: true, note: '示例' }),
      step('APPROVE', '审批', wd(5), { note: '示例；小额由镇街审批' }),
    ],
    totalLimit: null,
    publicity: { required: true, days: 5, kind: 'CALENDAR', minors: 'MASKED', note: '急难型先行救助的事后公示' },
  }),
  program({
    code: 'DISAB_LIVING',
    legalBasis: ['国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见（国发〔2015〕52号）'],
    description: '低保家庭中的残疾人，按月发放生活补贴。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: ['T1', 'T2'],
    householdEligibility: { any: [{ receives: 'DIBAO' }, { program: 'DIBAO' }], label: '本户为低保家庭' },
    eligibility: {
      all: [COUNTED, { cmp: ['!=', { fact: 'member.disabilityType' }, { const: null }], label: '持有残疾人证' }],
    },
    amount: { expr: { param: 'DISAB_LIVING.amount' }, period: 'MONTHLY' },
    materials: [need('申请审批表'), need('第二代残疾人证'), need('居民身份证或户口簿')],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('PUSH', '镇街初审并推送县级残联', wd(3)),
      step('REVIEW', '县级残联审核残疾等级', null),
      step('APPROVE', '县级民政部门审定', wd(10)),
      step('NOTIFY', '告知申请人', wd(3)),
    ],
    totalLimit: null,
    publicity: { required: false, minors: 'NEVER' },
  }),
  program({
    code: 'DISAB_CARE',
    legalBasis: ['国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见（国发〔2015〕52号）'],
    description: '残疾等级为一级、二级且需要长期照护的重度残疾人（地方可扩大到三、四级智力、精神残疾人），按月发放护理补贴。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: [],
    eligibility: {
      all: [
        COUNTED,
        {
          any: [
            { cmp: ['<=', { fact: 'member.disabilityGrade' }, { param: 'DISAB_CARE.grade_max' }] },
            {
              all: [
                { in: [{ fact: 'member.disabilityType' }, ['INTELLECTUAL', 'MENTAL']] },
                { cmp: ['<=', { fact: 'member.disabilityGrade' }, { param: 'DISAB_CARE.grade_max_intellectual_mental' }] },
              ],
              label: '智力、精神残疾扩面',
            },
          ],
          label: '残疾等级符合护理补贴条件',
        },
      ],
    },
    amount: {
      expr: {
        lookup: { fact: 'member.disabilityGrade' },
        cases: { '1': { param: 'DISAB_CARE.amount.1' }, '2': { param: 'DISAB_CARE.amount.2' }, '3': { param: 'DISAB_CARE.amount.3' } },
        otherwise: { const: 0, unit: 'fen' },
      },
      period: 'MONTHLY',
    },
    materials: [need('申请审批表'), need('第二代残疾人证'), need('居民身份证或户口簿')],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('PUSH', '镇街初审并推送县级残联', wd(3)),
      step('REVIEW', '县级残联审核残疾等级', null),
      step('APPROVE', '县级民政部门审定', wd(10)),
      step('NOTIFY', '告知申请人', wd(3)),
    ],
    totalLimit: null,
    publicity: { required: false, minors: 'NEVER' },
  }),
  program({
    code: 'ORPHAN',
    legalBasis: ['国务院办公厅关于加强孤儿保障工作的意见（国办发〔2010〕54号）', '民政部等关于进一步加强事实无人抚养儿童保障工作的意见（民发〔2019〕62号）'],
    description: '未满 18 周岁的孤儿，及父母均不能履行抚养义务的事实无人抚养儿童，按月发放基本生活费（补贴）。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: ['T1', 'T4'],
    eligibility: {
      all: [
        COUNTED,
        { cmp: ['<', AGE, { param: 'ORPHAN.age_max' }] },
        // 孤儿 and 事实无人抚养儿童 together; the amount tells them apart.
        { ref: 'ORPHAN.no_carer' },
      ],
    },
    amount: {
      expr: { if: { ref: 'ORPHAN.is_orphan' }, then: { param: 'ORPHAN.amount_orphan' }, else: { param: 'ORPHAN.amount_no_carer' } },
      period: 'MONTHLY',
    },
    materials: [
      need('申请表'),
      need('儿童户口簿、居民身份证'),
      need('父母死亡证明或宣告死亡、失踪的判决书', '父母死亡或失踪时'),
      need('父母重残、重病、服刑、戒毒等证明材料', '事实无人抚养儿童'),
      need('监护人身份证明'),
    ],
    applyAt: '儿童户籍所在地镇街便民服务中心',
    steps: [step('ACCEPT', '受理', wd(1)), step('INVESTIGATE', '镇街调查核实', wd(15)), step('APPROVE', '县级民政部门审批', wd(15))],
    totalLimit: null,
    publicity: { required: false, minors: 'NEVER', note: '儿童信息不公示' },
  }),
  program({
    code: 'ELDER',
    legalBasis: ['地方高龄津贴制度（老年人权益保障法第三十三条）'],
    description: '年满 80 周岁的老年人按年龄段按月发放高龄津贴，通常不作经济状况审查。',
    subject: 'MEMBER',
    applicable: true,
    servesTiers: [],
    eligibility: { all: [COUNTED, { cmp: ['>=', AGE, { param: 'ELDER.age_min' }] }] },
    amount: {
      expr: {
        if: { cmp: ['>=', AGE, { param: 'ELDER.age_band3' }] },
        then: { param: 'ELDER.amount_100' },
        else: { if: { cmp: ['>=', AGE, { param: 'ELDER.age_band2' }] }, then: { param: 'ELDER.amount_90' }, else: { param: 'ELDER.amount_80' } },
      },
      period: 'MONTHLY',
      note: '按 80—89、90—99、100 周岁及以上分档',
    },
    materials: [need('居民身份证或户口簿'), need('本人银行账户（社保卡）')],
    applyAt: '户籍所在地镇街便民服务中心（可由村社代办）',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('VERIFY', '核实年龄、户籍', wd(10), { note: '演示值' }),
      step('APPROVE', '县级民政部门审批', wd(10), { note: '演示值' }),
    ],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME' },
  }),
  program({
    code: 'DISASTER',
    legalBasis: [`${SA}第二十条至第二十六条`, '自然灾害救助条例'],
    description: '因自然灾害遭受损失的家庭，按灾害事件的救助方案给予应急、过渡期生活救助和倒损住房恢复重建支持。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: [],
    eligibility: { fact: 'household.disasterAffected' },
    amount: null,
    materials: [need('受灾情况登记（由村社统计上报）'), need('居民身份证或户口簿')],
    applyAt: '村社统计，镇街审核',
    steps: [step('REGISTER', '灾情统计', null, { note: '按灾害事件的救助方案' }), step('APPROVE', '应急管理部门审批', null)],
    totalLimit: null,
    publicity: { required: true, days: 5, kind: 'CALENDAR', minors: 'MASKED', note: '按灾害事件的救助方案（演示值）' },
    notes: ['事件驱动：是否受灾按灾害事件登记；过渡期生活救助标准见 DISASTER.transition_per_person'],
  }),
  program({
    code: 'UNION',
    legalBasis: ['全国总工会困难职工帮扶工作规定（演示引用）'],
    description: '工会会员家庭人均收入低于当地困难职工认定标准的，给予生活、医疗、助学等帮扶。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T4'],
    eligibility: {
      all: [
        { fact: 'household.unionMember' },
        {
          cmp: ['<', { fact: 'household.perCapitaIncomeFen' }, { mul: [{ param: 'UNION.income_ratio' }, STANDARD], label: '困难职工家庭人均收入标准' }],
        },
      ],
    },
    amount: { expr: { param: 'UNION.amount' }, period: 'MONTHLY' },
    materials: [need('困难职工申请表'), need('工会会员证明'), covered('家庭收入证明')],
    applyAt: '所在单位工会或镇街总工会',
    steps: [step('ACCEPT', '工会受理', null), step('APPROVE', '工会审核建档', null, { note: '按工会规定' })],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME', note: '按工会规定' },
  }),
  program({
    code: 'LEGAL',
    legalBasis: ['法律援助法第三十四条、第四十二条、第四十三条'],
    description:
      '特困、低保等社会救助对象申请法律援助免予核查经济困难状况；其他家庭人均收入低于法律援助经济困难标准的，也符合经济困难条件（另需属于法律援助事项范围）。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: [],
    eligibility: {
      any: [
        { receives: ['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'SPENDING_HARDSHIP', 'TUOPIN', 'MONITOR'], label: '本户为社会救助对象（免予核查经济困难状况）' },
        { program: 'TEKUN' },
        { program: 'DIBAO' },
        {
          cmp: ['<', { fact: 'household.perCapitaIncomeFen' }, { mul: [{ param: 'LEGAL.income_ratio' }, STANDARD], label: '法律援助经济困难标准' }],
        },
      ],
      label: '符合法律援助经济困难条件',
    },
    amount: null,
    materials: [need('法律援助申请表'), need('居民身份证'), covered('经济困难状况说明（救助对象免交）'), need('与所申请法律援助事项有关的材料')],
    applyAt: '法律援助机构或镇街公共法律服务站',
    steps: [step('ACCEPT', '受理', wd(1)), step('DECIDE', '审查并作出是否给予法律援助的决定', cd(7)), step('ASSIGN', '指派律师', cd(3))],
    totalLimit: null,
    publicity: { required: false, minors: 'NEVER' },
  }),
  program({
    code: 'POWER',
    legalBasis: ['国家发展改革委关于居民生活用电试行阶梯电价的指导意见（发改价格〔2011〕2617号）'],
    description: '特困、低保家庭每户每月免费用电 10 或 15 千瓦时。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T1', 'T2'],
    eligibility: { ref: 'T1T2.household' },
    amount: {
      expr: { mul: [{ param: 'POWER.free_kwh' }, { param: 'POWER.price' }], label: '免费电量折算金额' },
      period: 'MONTHLY',
    },
    materials: [need('用电户号'), need('特困、低保证明（由民政名单推送）')],
    applyAt: '民政名单推送供电企业，无需另行申请',
    steps: [step('PUSH', '民政部门推送名单', null), step('APPLY', '供电企业执行减免', null)],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME' },
  }),
  program({
    code: 'DIBAO_EDGE',
    legalBasis: ['浙江省社会救助条例第十三条（示例）', '民政部等关于加强低收入人口动态监测做好分层分类社会救助工作的意见'],
    description: '不符合低保条件，家庭人均收入不超过低保标准 1.5 倍（且不高于最低工资标准）、财产符合规定的家庭，认定为低保边缘家庭，可申请专项救助。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T4'],
    eligibility: {
      all: [
        {
          cmp: [
            '<=',
            { fact: 'household.perCapitaIncomeFen' },
            {
              min: [{ mul: [{ param: 'DIBAO_EDGE.income_ratio' }, STANDARD] }, { param: 'DIBAO_EDGE.min_wage' }],
              label: '低保边缘收入标准',
            },
          ],
        },
        { ref: 'DIBAO.asset_test' },
      ],
    },
    amount: null,
    materials: [...BASIC_MATERIALS, covered('家庭收入情况说明'), covered('家庭财产情况申报')],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('INVESTIGATE', '家庭经济状况调查', wd(10), { note: '演示值' }),
      step('PUBLICITY', '公示', cd(7), { clockPaused: true }),
      step('APPROVE', '认定', wd(10), { note: '演示值' }),
    ],
    totalLimit: { days: 30, kind: 'WORKING', note: '演示值' },
    publicity: { required: true, days: 7, kind: 'CALENDAR', minors: 'MASKED' },
  }),
  program({
    code: 'SPENDING_HARDSHIP',
    legalBasis: ['地方支出型困难家庭认定办法（示例）'],
    description: '家庭人均收入低于上年当地居民人均可支配收入，且医疗、教育等刚性支出占家庭年收入 60% 以上的家庭（一种地方规则）。',
    subject: 'HOUSEHOLD',
    applicable: true,
    servesTiers: ['T4'],
    eligibility: {
      all: [
        {
          cmp: ['<', { fact: 'household.perCapitaAnnualIncomeFen' }, { param: 'SPENDING_HARDSHIP.disposable_income', key: 'household.residenceType' }],
        },
        {
          cmp: [
            '>=',
            { fact: 'household.rigidSpendingFenLast12m' },
            { mul: [{ param: 'SPENDING_HARDSHIP.spending_ratio' }, { fact: 'household.annualIncomeFen' }], label: '刚性支出标准' },
          ],
        },
      ],
    },
    amount: null,
    materials: [...BASIC_MATERIALS, need('近 12 个月医疗、教育等刚性支出票据')],
    applyAt: '户籍所在地镇街便民服务中心',
    steps: [
      step('ACCEPT', '受理', wd(1)),
      step('INVESTIGATE', '家庭经济状况调查', wd(10), { note: '演示值' }),
      step('PUBLICITY', '公示', cd(7), { clockPaused: true }),
      step('APPROVE', '认定', wd(10), { note: '演示值' }),
    ],
    totalLimit: { days: 30, kind: 'WORKING', note: '演示值' },
    publicity: { required: true, days: 7, kind: 'CALENDAR', minors: 'MASKED' },
  }),
  program({
    code: 'TUOPIN',
    legalBasis: ['巩固拓展脱贫攻坚成果同乡村振兴有效衔接相关政策（农业农村部门）'],
    description: '脱贫户身份由农业农村部门认定和管理，不在本平台申请；此处仅供分层与专项救助条件引用。',
    subject: 'HOUSEHOLD',
    applicable: false,
    servesTiers: ['T3'],
    eligibility: null,
    amount: null,
    materials: [],
    applyAt: '农业农村部门（不在本平台申请）',
    steps: [],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME' },
  }),
  program({
    code: 'MONITOR',
    legalBasis: ['防止返贫动态监测和帮扶机制（农业农村部门）'],
    description: '防止返贫监测对象由农业农村部门识别和管理，不在本平台申请；此处仅供分层与专项救助条件引用。',
    subject: 'HOUSEHOLD',
    applicable: false,
    servesTiers: ['T3'],
    eligibility: null,
    amount: null,
    materials: [],
    applyAt: '农业农村部门（不在本平台申请）',
    steps: [],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME' },
  }),
];
