import { REFERENCE_TABLES } from '../../roster/stage';
import {
  benefitRows,
  countedByHousehold,
  fmtMoney,
  HSUBJECT,
  incomeByHousehold,
  line,
  raw,
  RSUBJECT,
  sql,
  standardOfRow,
  SUBJECT,
  yuan,
  type CrosscheckRule,
} from './rule';

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
    with decided as (
      select f.benefit_id, max(f.decided_at)::date as at from finding f
       where f.benefit_id is not null and f.status in ('CONFIRMED', 'DISMISSED') group by f.benefit_id),
    hb as (
      select hb.*, greatest(coalesce(hb.start_date, hb.benefit_created_at::date), d.at) as last
        from ${benefitRows(p, ['DIBAO'], { householdLevel: true, active: true })} hb left join decided d on d.benefit_id = hb.benefit_id)
    select ${HSUBJECT}, 'review:' || hb.last as facts,
      '最近复核日期 ' || hb.last || '，已超过 ${raw(String(REVIEW_MONTHS))} 个月' as summary,
      jsonb_build_array(${raw(line('最近复核日期', 'hb.last'))}, ${raw(line('救助开始日期', 'hb.start_date'))}, ${raw(line('复核周期', `'${REVIEW_MONTHS} 个月'`))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from hb where hb.last < (${p.today}::date - make_interval(months => ${REVIEW_MONTHS}::int))::date`,
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
    const union = REFERENCE_TABLES.map(({ table, dataset }) => `select id_bidx, name, '${dataset}' as ds, batch_id, line, created_at from ${table}`).join(
      ' union all ',
    );
    return sql`
      with refs as (${raw(union)}),
      who as (select distinct on (rb.person_id) rb.person_id, rb.id_bidx, rb.person_name from crosscheck_recipient rb
               where rb.run_id = ${p.runId}::uuid and rb.counts and rb.death_date is null order by rb.person_id),
      mism as (
        select w.person_id as pid, string_agg(distinct r.name, '、' order by r.name) as names,
               jsonb_agg(jsonb_build_object('dataset', r.ds, 'batchId', r.batch_id, 'line', r.line, 'at', r.created_at) order by r.created_at, r.line) as sources
          from refs r join who w on w.id_bidx = r.id_bidx where r.name <> w.person_name group by w.person_id)
      select ${RSUBJECT}, 'identity:' || coalesce(mism.names, '') || ':' || rb.birth_date as facts,
        case when mism.names is not null then '其他部门数据中该身份证号的姓名为“' || mism.names || '”，与台账不同' else '出生日期 ' || rb.birth_date || ' 不合理' end as summary,
        jsonb_build_array(${raw(line('台账姓名', 'rb.person_name'))}, ${raw(line('其他部门数据中的姓名', 'mism.names'))}, ${raw(line('出生日期', 'rb.birth_date'))}) as lines,
        coalesce(mism.sources, jsonb_build_array(jsonb_build_object('dataset', 'ledger'))) as sources
        from crosscheck_recipient rb left join mism on mism.pid = rb.person_id
       where rb.run_id = ${p.runId}::uuid and rb.counts and rb.death_date is null
         and (mism.pid is not null or rb.birth_date > ${p.today}::date or rb.birth_date < (${p.today}::date - make_interval(years => ${MAX_AGE}::int))::date)`;
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
    with z as materialized (
      select hb.*, c.counted, inc.income, ${standardOfRow(p)} as std, inc.income / c.counted as pc
        from ${benefitRows(p, ['DIBAO'], { householdLevel: true, active: true })} hb
        join ${countedByHousehold(p)} c on c.household_id = hb.household_id
        join ${incomeByHousehold(p)} inc on inc.household_id = hb.household_id
       where c.counted > 0),
    y as (select z.*, case when z.pc < z.std then greatest(z.std - z.pc, ${p.minPerPersonFen}::bigint) * z.counted else 0 end as expected from z)
    select ${raw(HSUBJECT.text.replace(/hb\./g, 'y.'))}, 'amount:' || y.monthly_amount_fen || ':' || y.expected as facts,
      '月救助金额 ' || ${raw(yuan('y.monthly_amount_fen'))} || '，按公式应为 ' || ${raw(yuan('y.expected'))} as summary,
      jsonb_build_array(${raw(line('月救助金额', yuan('y.monthly_amount_fen')))}, ${raw(line('按公式核算', yuan('y.expected')))}, ${raw(line('计入人数', `y.counted || ' 人'`))},
        ${raw(line('家庭月收入（计入部分）', yuan('y.income')))}, ${raw(line('人均月收入', yuan('y.pc')))}, ${raw(line('低保标准', yuan('y.std')))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from y where abs(y.monthly_amount_fen - y.expected) > ${AMOUNT_TOLERANCE_FEN}::bigint`,
};
