import {
  benefitRows,
  type Sql,
  countedByHousehold,
  fmtMoney,
  HSUBJECT,
  incomeByHousehold,
  line,
  MEANS_TESTED,
  raw,
  recipients,
  RSUBJECT,
  source,
  sql,
  standardOfRow,
  textArray,
  yuan,
  type CrosscheckRule,
  type RuleParams,
} from './rule';

/**
 * Rules 3–6: assets over the means test's limits (docs/domain.md, "Assets"). Person-level facts (a
 * vehicle, a business) question each counted benefit of the person; household-level facts (homes,
 * deposits) question the household's means-tested benefits.
 */

/** Vehicle types (as written by the registry) that do not count, matched as substrings. */
export const EXEMPT_VEHICLE_TYPES = ['摩托车', '残疾人机动轮椅车', '电动自行车', '三轮', '低速'];

/**
 * Living active members of households with a counted benefit, once per person (`m`: id_bidx, person_name,
 * household_id), among the persons of `ids` (the blind indexes of the reference rows a rule reads): the
 * reference rows of these persons are the only ones a household-level rule can use. The reference rows
 * restrict the run's recipients first (a hash semi-join), so only their persons are sorted and deduplicated.
 */
const members = (p: RuleParams, ids: Sql) => sql`(select distinct on (rb.person_id) rb.id_bidx, rb.person_name, rb.member_household_id as household_id
    from crosscheck_recipient rb where rb.run_id = ${p.runId}::uuid and rb.death_date is null and rb.member_household_id is not null
     and rb.id_bidx in (${ids})
   order by rb.person_id)`;

export const vehicleRule: CrosscheckRule = {
  no: 3,
  code: 'VEHICLE',
  name: '拥有机动车辆',
  description: '家庭成员名下登记有机动车辆（摩托车、残疾人机动轮椅车、电动自行车、三轮及低速农用车等不计），仍在享受低保、特困或低保边缘。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '车辆登记（ref_vehicle）、救助记录',
  parameters: () => [{ label: '不计的车辆类型', value: EXEMPT_VEHICLE_TYPES.join('、') }],
  query: (p) => sql`
    with v as (
      select r.id_bidx, string_agg(r.plate || '（' || r.vehicle_type || '）', '、' order by r.plate) as cars,
             string_agg(r.plate || '/' || r.vehicle_type, ',' order by r.plate) as facts,
             jsonb_agg(${raw(source('vehicles', 'r'))} order by r.created_at, r.line) as sources
        from ref_vehicle r where not (r.vehicle_type like any(${textArray(EXEMPT_VEHICLE_TYPES.map((t) => `%${t}%`))}::text[]))
       group by r.id_bidx)
    select ${RSUBJECT}, 'vehicle:' || v.facts as facts, '名下有机动车辆：' || v.cars as summary,
      jsonb_build_array(${raw(line('车辆', 'v.cars'))}) as lines, v.sources
      from v ${recipients('rb.id_bidx = v.id_bidx', p, { programs: MEANS_TESTED })}`,
};

const USAGE_NAME = `case r.usage when 'RESIDENTIAL' then '住宅' when 'COMMERCIAL' then '商业' when 'OFFICE' then '办公' when 'INDUSTRIAL' then '工业' else '其他' end`;

export const propertyRule: CrosscheckRule = {
  no: 4,
  code: 'PROPERTY',
  name: '房产超过规定',
  description: '家庭成员名下住宅超过规定套数，或有商业、办公、工业等非住宅房产，仍在享受低保、特困或低保边缘。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '不动产登记（ref_property）、家庭成员关系、救助记录',
  parameters: (p) => [
    { label: '住房套数上限（DIBAO.max_homes）', value: `${p.maxHomes} 套` },
    { label: '非住宅房产', value: '任何一处即为疑点' },
  ],
  query: (p) => sql`
    with x as (
      select m.household_id,
             count(distinct r.cert_no) filter (where r.usage = 'RESIDENTIAL') as homes,
             count(distinct r.cert_no) filter (where r.usage <> 'RESIDENTIAL') as other,
             string_agg(m.person_name || '：' || r.cert_no || '（' || ${raw(USAGE_NAME)} || '，' || r.floor_area || ' 平方米）', '；' order by r.cert_no) as certs,
             string_agg(r.cert_no || '/' || r.usage, ',' order by r.cert_no) as facts,
             jsonb_agg(${raw(source('property', 'r'))} order by r.created_at, r.line) as sources
        from ref_property r join ${members(p, sql`select id_bidx from ref_property`)} m on m.id_bidx = r.id_bidx
       group by m.household_id)
    select ${HSUBJECT}, 'property:' || x.facts as facts,
      '家庭名下住宅 ' || x.homes || ' 套、非住宅 ' || x.other || ' 处' as summary,
      jsonb_build_array(${raw(line('住宅套数', `x.homes || ' 套'`))}, ${raw(line('非住宅', `x.other || ' 处'`))}, ${raw(line('房产', 'x.certs'))}) as lines,
      x.sources
      from x join ${benefitRows(p, MEANS_TESTED)} hb on hb.household_id = x.household_id
     where x.homes > ${p.maxHomes}::int or x.other > 0`,
};

const ROLE_NAME = `case r.role when 'LEGAL_REP' then '法定代表人' when 'SHAREHOLDER' then '股东' else '经营者' end`;

export const businessRule: CrosscheckRule = {
  no: 5,
  code: 'BUSINESS',
  name: '工商登记',
  description: '家庭成员是存续企业的法定代表人，或所在存续企业、个体工商户注册资本超过规定，仍在享受低保、特困或低保边缘。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '工商登记（ref_business）、救助记录',
  parameters: (p) => [
    { label: '注册资本上限（DIBAO.business_capital_limit）', value: fmtMoney(p.businessCapitalLimitFen) },
    { label: '登记状态', value: '存续（注销、吊销不计）' },
    { label: '法定代表人', value: '存续企业的法定代表人即为疑点' },
  ],
  query: (p) => sql`
    with r as (
      select r.id_bidx,
             string_agg(r.company || '（' || ${raw(ROLE_NAME)} || '，注册资本 ' || ${raw(yuan('r.capital_fen'))} || '）', '；' order by r.credit_code, r.role) as companies,
             string_agg(r.credit_code || '/' || r.role || '/' || r.capital_fen, ',' order by r.credit_code, r.role) as facts,
             jsonb_agg(${raw(source('business', 'r'))} order by r.created_at, r.line) as sources
        from ref_business r
       where r.reg_status = 'ACTIVE' and (r.capital_fen > ${p.businessCapitalLimitFen}::bigint or r.role = 'LEGAL_REP')
       group by r.id_bidx)
    select ${RSUBJECT}, 'business:' || r.facts as facts, '工商登记：' || r.companies as summary,
      jsonb_build_array(${raw(line('企业', 'r.companies'))}) as lines, r.sources
      from r ${recipients('rb.id_bidx = r.id_bidx', p, { programs: MEANS_TESTED })}`,
};

export const depositsRule: CrosscheckRule = {
  no: 6,
  code: 'DEPOSITS',
  name: '存款或养老金超过标准',
  description: '家庭金融资产（银行存款、证券理财及台账登记的存款）人均超过低保标准的规定倍数，或计入养老金、公积金后家庭人均月收入达到低保标准，仍在享受低保。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '收入与存款（ref_income）、台账收入和财产、救助记录',
  parameters: (p) => [
    { label: '金融资产限额（DIBAO.asset_limit_months）', value: `人均不超过 ${p.assetLimitMonths} 个月低保标准` },
    { label: '低保标准（城市 / 农村）', value: `${fmtMoney(p.standardUrbanFen)} / ${fmtMoney(p.standardRuralFen)}` },
    { label: '收入月份', value: p.incomeMonth.slice(0, 7) },
  ],
  query: (p) => sql`
    with latest as (
      select distinct on (r.id_bidx, r.category, coalesce(r.source, '')) r.*
        from ref_income r where r.as_of <= ${p.today}::date
       order by r.id_bidx, r.category, coalesce(r.source, ''), r.as_of desc, r.created_at desc),
    x as (
      select m.household_id,
             coalesce(sum(r.amount_fen) filter (where r.category in ('DEPOSIT', 'SECURITIES')), 0)::bigint as deposits,
             coalesce(sum(r.amount_fen) filter (where r.category in ('PENSION', 'FUND')), 0)::bigint as pension,
             jsonb_agg(${raw(source('income', 'r'))} order by r.created_at, r.line) as sources
        from latest r join ${members(p, sql`select id_bidx from latest`)} m on m.id_bidx = r.id_bidx
       group by m.household_id),
    z as materialized (
      select x.*, hb.benefit_id, c.counted, coalesce(inc.income, 0) as income, coalesce(a.v, 0)::bigint as ledger_deposits, ${standardOfRow(p)} as std,
             (x.deposits + coalesce(a.v, 0)) / c.counted as assets_pc, (coalesce(inc.income, 0) + x.pension) / c.counted as income_pc
        from x join ${benefitRows(p, ['DIBAO'], { within: sql`select household_id from x` })} hb on hb.household_id = x.household_id
        join ${countedByHousehold(p, sql`select household_id from x`)} c on c.household_id = x.household_id
        left join ${incomeByHousehold(p)} inc on inc.household_id = x.household_id
        left join (select a.household_id, sum(a.value_fen) as v from person_asset a where a.kind = 'DEPOSIT' group by a.household_id) a on a.household_id = x.household_id
       where c.counted > 0)
    select ${HSUBJECT},
      'deposits:' || (z.assets_pc > z.std * ${p.assetLimitMonths}::int) || ':' || ((z.deposits + z.ledger_deposits) / 1000000) || ':pension:' || (z.pension > 0 and z.income_pc >= z.std) || ':' || (z.pension / 10000) as facts,
      case when z.assets_pc > z.std * ${p.assetLimitMonths}::int then '人均金融资产 ' || ${raw(yuan('z.assets_pc'))} || '，超过 ' || ${p.assetLimitMonths}::int || ' 个月低保标准'
           else '计入养老金、公积金后人均月收入 ' || ${raw(yuan('z.income_pc'))} || '，达到低保标准' end as summary,
      jsonb_build_array(${raw(line('金融资产合计', yuan('z.deposits + z.ledger_deposits')))}, ${raw(line('计入人数', `z.counted || ' 人'`))},
        ${raw(line('人均金融资产', yuan('z.assets_pc')))}, ${raw(line('养老金、公积金（月）', yuan('z.pension')))},
        ${raw(line('台账登记月收入', yuan('z.income')))}, ${raw(line('人均月收入（含养老金）', yuan('z.income_pc')))}, ${raw(line('低保标准', yuan('z.std')))}) as lines,
      z.sources
      from z join ${benefitRows(p, ['DIBAO'], { within: sql`select household_id from z` })} hb on hb.benefit_id = z.benefit_id
     where z.assets_pc > z.std * ${p.assetLimitMonths}::int or (z.pension > 0 and z.income_pc >= z.std)`,
};
