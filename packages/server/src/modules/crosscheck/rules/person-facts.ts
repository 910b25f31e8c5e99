import { benefitsOf, line, MEANS_TESTED, raw, source, sql, SUBJECT, yuan, type CrosscheckRule } from './rule';

/**
 * Rules 1 and 2: facts about one person from another authority — a death record, a public payroll.
 * Subject: each counted benefit of the person (their own and their household's), so the department
 * owning each benefit gets its own finding.
 */

export const deathRule: CrosscheckRule = {
  no: 1,
  code: 'DEATH',
  name: '死亡人员仍享受救助',
  description: '公安、殡葬或卫健的死亡信息（或台账登记的死亡日期）早于当前发放月，其本人或所在家庭仍在享受救助。',
  severity: 'HIGH',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '死亡信息（ref_death）、台账人员死亡日期、救助记录',
  parameters: (p) => [{ label: '当前发放月', value: p.payMonth.slice(0, 7) }],
  query: (p) => sql`
    with d as (
      select r.id_bidx, min(r.death_date) as death_date, string_agg(distinct r.source, '、' order by r.source) as src,
             jsonb_agg(${raw(source('deaths', 'r'))} order by r.created_at, r.line) as sources
        from ref_death r where r.death_date < ${p.payMonth}::date group by r.id_bidx)
    select ${SUBJECT}, 'death:' || d.death_date as facts,
      '死亡日期 ' || d.death_date || '（' || d.src || '），早于当前发放月仍在享受救助' as summary,
      jsonb_build_array(${raw(line('死亡日期', 'd.death_date'))}, ${raw(line('死亡信息来源', 'd.src'))},
        ${raw(line('当前发放月', `'${p.payMonth.slice(0, 7)}'`))}, ${raw(line('月救助金额', yuan('b.monthly_amount_fen')))}) as lines,
      d.sources
      from d join person p on p.id_bidx = d.id_bidx
      ${benefitsOf(null)}
    union all
    select ${SUBJECT}, 'death:' || p.death_date as facts,
      '台账登记死亡日期 ' || p.death_date || '，本人救助仍在享受' as summary,
      jsonb_build_array(${raw(line('死亡日期', 'p.death_date'))}, ${raw(line('死亡信息来源', `'台账登记'`))},
        ${raw(line('当前发放月', `'${p.payMonth.slice(0, 7)}'`))}, ${raw(line('月救助金额', yuan('b.monthly_amount_fen')))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from benefit b join person p on p.id = b.person_id
     where b.status in ('ACTIVE', 'PHASE_OUT') and p.death_date < ${p.payMonth}::date
       and not exists (select 1 from ref_death r where r.id_bidx = p.id_bidx and r.death_date < ${p.payMonth}::date)`,
};

export const payrollRule: CrosscheckRule = {
  no: 2,
  code: 'PAYROLL',
  name: '财政供养人员享受救助',
  description: '家庭成员在财政供养人员名册中（在职，未到结束日期），其家庭或本人仍在享受低保、特困或低保边缘。',
  severity: 'HIGH',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '财政供养人员（ref_payroll）、救助记录',
  parameters: () => [{ label: '核查的救助事项', value: '最低生活保障、特困人员救助供养、低保边缘家庭' }],
  query: (p) => sql`
    with r as (
      select r.id_bidx, string_agg(distinct r.employer, '、' order by r.employer) as employers, min(r.from_date) as from_date,
             sum(r.monthly_pay_fen) as pay, jsonb_agg(${raw(source('payroll', 'r'))} order by r.created_at, r.line) as sources
        from ref_payroll r where r.from_date <= ${p.today}::date and (r.to_date is null or r.to_date >= ${p.today}::date)
       group by r.id_bidx)
    select ${SUBJECT}, 'payroll:' || r.employers || ':' || r.from_date as facts,
      '财政供养人员（' || r.employers || '，' || r.from_date || ' 起），仍在享受救助' as summary,
      jsonb_build_array(${raw(line('供职单位', 'r.employers'))}, ${raw(line('起始日期', 'r.from_date'))}, ${raw(line('月工资', yuan('r.pay')))}) as lines,
      r.sources
      from r join person p on p.id_bidx = r.id_bidx and p.death_date is null
      ${benefitsOf(MEANS_TESTED)}`,
};
