import { countedIncome, countedMembers, standardOf } from './assets';
import { benefitsOf, fmtMoney, line, raw, sql, SUBJECT, yuan, type CrosscheckRule } from './rule';

/** Rules 12–15: checks on the ledger itself — overdue review, age transitions, identity, amounts. */

/** Months after which a 低保 household counts as not reviewed. */
export const REVIEW_MONTHS = 6;
/** Difference (fen) between the recorded and the computed 低保 amount that is tolerated. */
export const AMOUNT_TOLERANCE_FEN = 1000;
/** Ages beyond which a birth date is implausible. */
export const MAX_AGE = 120;

export const reviewOverdueRule: CrosscheckRule = {
  no: 12,
  code: 'REVIEW_OVERDUE',
  name: '低保家庭逾期未复核',
  description:
    '享受中的低保家庭超过规定月数未复核。最近复核日期取以下较晚者：救助开始日期（无则登记日期）、本项救助最近一条疑点的复核决定（属实或排除）。救助记录的状态变更不视为复核。',
  severity: 'LOW',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '救助记录、疑点复核记录',
  parameters: () => [{ label: '复核周期', value: `${REVIEW_MONTHS} 个月` }],
  query: (p) => sql`
    select b.id::text as subject_key, hp.id as person_id, b.household_id, b.id as benefit_id, b.program_code, b.department_id, b.area_code,
      hp.name as person_name, hp.id_masked, 'review:' || lr.last as facts,
      '最近复核日期 ' || lr.last || '，已超过 ${raw(String(REVIEW_MONTHS))} 个月' as summary,
      jsonb_build_array(${raw(line('最近复核日期', 'lr.last'))}, ${raw(line('救助开始日期', 'b.start_date'))}, ${raw(line('复核周期', `'${REVIEW_MONTHS} 个月'`))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from benefit b join household h on h.id = b.household_id
      left join person hp on hp.id = h.head_person_id
      cross join lateral (
        select greatest(coalesce(b.start_date, b.created_at::date),
          (select max(f.decided_at)::date from finding f where f.benefit_id = b.id and f.status in ('CONFIRMED', 'DISMISSED'))) as last) lr
     where b.program_code = 'DIBAO' and b.status = 'ACTIVE' and b.person_id is null
       and lr.last < (${p.today}::date - make_interval(months => ${REVIEW_MONTHS}::int))::date`,
};

export const ageTransitionRule: CrosscheckRule = {
  no: 13,
  code: 'AGE_TRANSITION',
  name: '特困未成年人年龄变化',
  description: '以未成年人身份享受特困供养的人员已满 18 周岁，或已满 16 周岁且不在学（毕业或辍学），须重新认定。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '台账人员出生日期和在学状态、救助记录',
  parameters: (p) => [
    { label: '未成年人年龄上限（TEKUN.age_minor）', value: `${p.tekunMinorAge} 周岁（在学可延至 18 周岁）` },
    { label: '成年', value: '18 周岁' },
  ],
  query: (p) => sql`
    select ${SUBJECT}, 'age:' || k.kind as facts,
      case k.kind when 'ADULT' then '已满 18 周岁（' || a.age || ' 岁），须按成年人重新认定' else '已满 ' || ${p.tekunMinorAge}::int || ' 周岁且不在学，须重新认定' end as summary,
      jsonb_build_array(${raw(line('出生日期', 'p.birth_date'))}, ${raw(line('当前年龄', `a.age || ' 周岁'`))}, ${raw(line('开始享受时年龄', `a.at_start || ' 周岁'`))},
        ${raw(line('在学状态', `case coalesce(p.school_status, 'NONE') when 'NONE' then '未在学' when 'PRESCHOOL' then '学前教育' when 'PRIMARY' then '小学' when 'JUNIOR' then '初中' when 'SENIOR' then '高中/中职' else '大专及以上' end`))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from benefit b join person p on p.id = b.person_id and p.death_date is null
      cross join lateral (select extract(year from age(${p.today}::date, p.birth_date))::int as age,
                                 extract(year from age(coalesce(b.start_date, b.created_at::date), p.birth_date))::int as at_start) a
      cross join lateral (select case when a.age >= 18 then 'ADULT'
                                      when a.age >= ${p.tekunMinorAge}::int and coalesce(p.school_status, 'NONE') = 'NONE' then 'NO_SCHOOL' end as kind) k
     where b.program_code = 'TEKUN' and b.status in ('ACTIVE', 'PHASE_OUT') and a.at_start < 18 and k.kind is not null`,
};

/** Every reference table, its dataset name: the names the sources report for one ID. */
const REF_TABLES: Array<[string, string]> = [
  ['ref_death', 'deaths'],
  ['ref_vehicle', 'vehicles'],
  ['ref_property', 'property'],
  ['ref_business', 'business'],
  ['ref_payroll', 'payroll'],
  ['ref_medical', 'medical'],
  ['ref_status', 'status'],
  ['ref_income', 'income'],
  ['ref_hukou', 'hukou'],
  ['ref_cadre', 'cadres'],
];

export const identityRule: CrosscheckRule = {
  no: 14,
  code: 'IDENTITY',
  name: '身份信息不一致',
  description:
    '可批量核对的身份疑点：其他部门数据中同一身份证号登记的姓名与台账不同（身份证号可能录错），或台账出生日期不合理（晚于今天、早于 120 年前）。身份证号的格式和校验位在登记和导入时已逐条校验，不在此重复。',
  severity: 'LOW',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '全部参考数据的姓名、台账人员、救助记录',
  parameters: () => [
    { label: '姓名比对', value: '同一身份证号在其他部门数据中的姓名' },
    { label: '出生日期', value: `不晚于今天、不早于 ${MAX_AGE} 年前` },
  ],
  query: (p) => {
    const union = REF_TABLES.map(([t, ds]) => `select id_bidx, name, '${ds}' as ds, batch_id, line, created_at from ${t}`).join(' union all ');
    return sql`
      with refs as (${raw(union)}),
      mism as (
        select p.id as pid, string_agg(distinct r.name, '、' order by r.name) as names,
               jsonb_agg(jsonb_build_object('dataset', r.ds, 'batchId', r.batch_id, 'line', r.line, 'at', r.created_at) order by r.created_at, r.line) as sources
          from refs r join person p on p.id_bidx = r.id_bidx where r.name <> p.name group by p.id),
      cand as (
        select pid from mism
        union
        select id from person where birth_date > ${p.today}::date or birth_date < (${p.today}::date - make_interval(years => ${MAX_AGE}::int))::date)
      select ${SUBJECT}, 'identity:' || coalesce(mism.names, '') || ':' || p.birth_date as facts,
        case when mism.names is not null then '其他部门数据中该身份证号的姓名为“' || mism.names || '”，与台账不同' else '出生日期 ' || p.birth_date || ' 不合理' end as summary,
        jsonb_build_array(${raw(line('台账姓名', 'p.name'))}, ${raw(line('其他部门数据中的姓名', 'mism.names'))}, ${raw(line('出生日期', 'p.birth_date'))}) as lines,
        coalesce(mism.sources, jsonb_build_array(jsonb_build_object('dataset', 'ledger'))) as sources
        from cand join person p on p.id = cand.pid and p.death_date is null
        left join mism on mism.pid = p.id
        ${benefitsOf(null)}`;
  },
};

export const amountRule: CrosscheckRule = {
  no: 15,
  code: 'AMOUNT_MISMATCH',
  name: '低保金额与核算不符',
  description:
    '享受中（不含渐退期）的低保家庭，月救助金额与（低保标准 − 家庭人均收入）× 计入人数（每人不低于最低补差）相差超过允许误差。收入取上月台账登记的收入；上月无收入记录的家庭无法核算，不在此列。地方分档发放的金额尚未建模。',
  severity: 'LOW',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '台账成员、收入、救助记录；低保标准等事项参数',
  parameters: (p) => [
    { label: '允许误差', value: fmtMoney(AMOUNT_TOLERANCE_FEN) },
    { label: '低保标准（城市 / 农村）', value: `${fmtMoney(p.standardUrbanFen)} / ${fmtMoney(p.standardRuralFen)}` },
    { label: '最低补差（DIBAO.min_per_person）', value: fmtMoney(p.minPerPersonFen) },
    { label: '收入月份', value: p.incomeMonth.slice(0, 7) },
  ],
  query: (p) => sql`
    with x as (
      select b.id as bid, b.household_id, b.monthly_amount_fen::bigint as amount, ${standardOf(p)} as std,
             ${countedMembers('b.household_id', p.excludedMemberStatuses)} as counted,
             ${countedIncome('b.household_id', p)} as income,
             exists (select 1 from person_income i where i.household_id = b.household_id and i.month = ${p.incomeMonth}::date) as has_income
        from benefit b join household h on h.id = b.household_id
       where b.program_code = 'DIBAO' and b.status = 'ACTIVE' and b.person_id is null),
    y as (select x.*, x.income / x.counted as pc from x where x.counted > 0 and x.has_income),
    z as (select y.*, case when y.pc < y.std then greatest(y.std - y.pc, ${p.minPerPersonFen}::bigint) * y.counted else 0 end as expected from y)
    select z.bid::text as subject_key, hp.id as person_id, b.household_id, b.id as benefit_id, b.program_code, b.department_id, b.area_code,
      hp.name as person_name, hp.id_masked, 'amount:' || z.amount || ':' || z.expected as facts,
      '月救助金额 ' || ${raw(yuan('z.amount'))} || '，按公式应为 ' || ${raw(yuan('z.expected'))} as summary,
      jsonb_build_array(${raw(line('月救助金额', yuan('z.amount')))}, ${raw(line('按公式核算', yuan('z.expected')))}, ${raw(line('计入人数', `z.counted || ' 人'`))},
        ${raw(line('家庭月收入（计入部分）', yuan('z.income')))}, ${raw(line('人均月收入', yuan('z.pc')))}, ${raw(line('低保标准', yuan('z.std')))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from z join benefit b on b.id = z.bid join household h on h.id = b.household_id
      left join person hp on hp.id = h.head_person_id
     where abs(z.amount - z.expected) > ${AMOUNT_TOLERANCE_FEN}::bigint`,
};
