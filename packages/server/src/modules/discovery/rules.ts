import { addDays, PROGRAM_NAMES } from '@xiejiu/rules';
import { line, raw, sql, textArray, yuan, type Sql } from '../crosscheck/rules/rule';

/**
 * 政策找人: the discovery rules (README.md). Each is a set-based statement over the reference data (modules/roster) and
 * the ledger returning one candidate per subject — `subject_key` (the same facts give the same key, so a subject gets
 * one visit task ever), `household_id`, `person_id`, the household's village `area_code`, a Chinese `summary` and
 * `lines` (jsonb evidence [{label, value}], no ID numbers). The parameters are fixed here and shown with each rule.
 */
export interface DiscoveryParams {
  today: string;
}

export interface DiscoveryRule {
  code: string;
  name: string;
  description: string;
  /** The parameters in Chinese (console and README). */
  parameters: string;
  query(p: DiscoveryParams): Sql;
}

/** 医保: self-paid medical costs in a year at or above this (fen): 2 万元. */
export const MEDICAL_SELF_PAY_FEN = 2_000_000;
/** New facts (a disability certificate, a death) count for this many days. */
export const RECENT_DAYS = 90;
/** Working age of a main earner (years, at death). */
export const EARNER_AGE = { from: 18, to: 59 } as const;

const COUNTED = raw(`('ACTIVE', 'PHASE_OUT')`);

/** `p` has a counted benefit of `programs`: their own, or their active household's household-level one. */
const receives = (person: string, household: string, programs: readonly string[]) =>
  sql`exists (select 1 from benefit b where b.program_code = any(${textArray(programs)}::text[]) and b.status in ${COUNTED}
     and (b.person_id = ${raw(person)} or (b.person_id is null and b.household_id = ${raw(household)})))`;

/** Joins `p` (a living person) to their active membership `m` and active household `h`. */
const ACTIVE_MEMBER = raw(`join membership m on m.person_id = p.id and m.to_date is null
  join household h on h.id = m.household_id and h.status = 'ACTIVE'`);

export const medicalBurdenRule: DiscoveryRule = {
  code: 'MEDICAL_BURDEN',
  name: '大额医疗自付（脱贫户、监测对象）',
  description: '脱贫户或防止返贫监测对象家庭的成员，一年内医保个人自付费用达到标准，且未享受医疗救助：走访了解是否因病致贫、需要医疗救助或临时救助。',
  parameters: `个人自付 ≥ ${MEDICAL_SELF_PAY_FEN / 100} 元（本年或上一年）；家庭有成员在身份名册中为脱贫人口或监测对象`,
  query: (p) => sql`
    with st as (select distinct id_bidx from ref_status where status_kind in ('TUOPIN', 'MONITOR')
                  and from_date <= ${p.today}::date and (to_date is null or to_date >= ${p.today}::date)),
         med as (select id_bidx, year, sum(total_fen) as total, sum(self_pay_fen) as self_pay from ref_medical
                  where year >= extract(year from ${p.today}::date)::int - 1 group by id_bidx, year having sum(self_pay_fen) >= ${MEDICAL_SELF_PAY_FEN})
    select p.id::text || ':' || med.year as subject_key, m.household_id, p.id as person_id, h.area_code,
      p.name || ' ' || med.year || ' 年医保个人自付 ' || ${raw(yuan('med.self_pay'))} || '，家庭为脱贫户或监测对象，未享受医疗救助' as summary,
      jsonb_build_array(${raw(line('年度', 'med.year'))}, ${raw(line('医疗总费用', yuan('med.total')))}, ${raw(line('个人自付', yuan('med.self_pay')))},
        ${raw(line('家庭身份', `'脱贫户或防止返贫监测对象'`))}) as lines
      from med join person p on p.id_bidx = med.id_bidx and p.death_date is null ${ACTIVE_MEMBER}
     where exists (select 1 from membership m2 join person p2 on p2.id = m2.person_id join st on st.id_bidx = p2.id_bidx
                    where m2.household_id = m.household_id and m2.to_date is null)
       and not ${receives('p.id', 'm.household_id', ['MEDICAL'])}`,
};

export const newDisabilityRule: DiscoveryRule = {
  code: 'NEW_DISABILITY',
  name: '新办残疾人证',
  description: '身份名册中新近取得残疾人证的人员，未享受困难残疾人生活补贴或重度残疾人护理补贴：走访核实是否符合两项补贴或其他救助。',
  parameters: `发证日期在最近 ${RECENT_DAYS} 天内`,
  query: (p) => sql`
    with d as (select id_bidx, min(from_date) as from_date, max(grade) as grade from ref_status
                where status_kind = 'DISABLED' and from_date > ${addDays(p.today, -RECENT_DAYS)}::date and from_date <= ${p.today}::date
                  and (to_date is null or to_date >= ${p.today}::date)
                group by id_bidx)
    select p.id::text || ':' || d.from_date as subject_key, m.household_id, p.id as person_id, h.area_code,
      p.name || ' ' || d.from_date || ' 取得残疾人证' || coalesce('（' || d.grade || ' 级）', '') || '，未享受残疾人两项补贴' as summary,
      jsonb_build_array(${raw(line('发证日期', 'd.from_date'))}, ${raw(line('残疾等级', `coalesce(d.grade || ' 级', '未注明')`))}) as lines
      from d join person p on p.id_bidx = d.id_bidx and p.death_date is null ${ACTIVE_MEMBER}
     where not ${receives('p.id', 'm.household_id', ['DISAB_LIVING', 'DISAB_CARE'])}`,
};

export const earnerDeathRule: DiscoveryRule = {
  code: 'EARNER_DEATH',
  name: '家庭主要劳动力死亡',
  description: '劳动年龄内的家庭成员死亡（死亡信息或台账登记），家中还有其他成员，且家庭未享受低保、特困：走访了解家庭生活是否陷入困难。',
  parameters: `死亡日期在最近 ${RECENT_DAYS} 天内；死亡时 ${EARNER_AGE.from}–${EARNER_AGE.to} 周岁`,
  query: (p) => sql`
    with dd as (select id_bidx, death_date from ref_death union all select id_bidx, death_date from person where death_date is not null),
         d as (select p.id, p.name, p.birth_date, min(dd.death_date) as death_date from dd join person p on p.id_bidx = dd.id_bidx
                where dd.death_date > ${addDays(p.today, -RECENT_DAYS)}::date and dd.death_date <= ${p.today}::date
                group by p.id, p.name, p.birth_date)
    select distinct on (d.id) d.id::text || ':' || d.death_date as subject_key, m.household_id, d.id as person_id, h.area_code,
      d.name || '（' || extract(year from age(d.death_date, d.birth_date))::int || ' 岁）' || d.death_date || ' 死亡，家中其他成员未享受低保、特困' as summary,
      jsonb_build_array(${raw(line('死亡日期', 'd.death_date'))}, ${raw(line('死亡时年龄', `extract(year from age(d.death_date, d.birth_date))::int || ' 周岁'`))},
        ${raw(line('家中其他在世成员', `(select count(*) from membership m2 join person p2 on p2.id = m2.person_id where m2.household_id = m.household_id and m2.to_date is null and p2.id <> d.id and p2.death_date is null) || ' 人'`))}) as lines
      from d join membership m on m.person_id = d.id and (m.to_date is null or m.to_date >= d.death_date)
      join household h on h.id = m.household_id and h.status = 'ACTIVE'
     where extract(year from age(d.death_date, d.birth_date)) between ${EARNER_AGE.from} and ${EARNER_AGE.to}
       and exists (select 1 from membership m2 join person p2 on p2.id = m2.person_id
                    where m2.household_id = m.household_id and m2.to_date is null and p2.id <> d.id and p2.death_date is null)
       and not exists (select 1 from benefit b where b.household_id = m.household_id and b.program_code in ('DIBAO', 'TEKUN') and b.status in ${COUNTED})
     order by d.id, m.from_date desc`,
};

export const unemployedRule: DiscoveryRule = {
  code: 'UNEMPLOYED',
  name: '低保边缘家庭成员失业',
  description:
    '享受低保边缘家庭待遇的家庭中，劳动年龄成员新近办理失业登记且尚未注销，家庭未享受低保、特困：走访了解收入是否已降到低保标准以下，需要时帮助申请低保或临时救助。',
  parameters: `失业登记日期在最近 ${RECENT_DAYS} 天内且未注销；登记时 ${EARNER_AGE.from}–${EARNER_AGE.to} 周岁`,
  query: (p) => sql`
    with u as (select id_bidx, min(registered_on) as registered_on, (array_agg(agency order by registered_on) filter (where agency is not null))[1] as agency
                 from ref_unemployment
                where registered_on > ${addDays(p.today, -RECENT_DAYS)}::date and registered_on <= ${p.today}::date
                  and (ended_on is null or ended_on > ${p.today}::date)
                group by id_bidx)
    select p.id::text || ':' || u.registered_on as subject_key, m.household_id, p.id as person_id, h.area_code,
      p.name || ' ' || u.registered_on || ' 办理失业登记，家庭为低保边缘家庭，未享受低保、特困' as summary,
      jsonb_build_array(${raw(line('失业登记日期', 'u.registered_on'))}, ${raw(line('登记机构', `coalesce(u.agency, '未注明')`))},
        ${raw(line('登记时年龄', `extract(year from age(u.registered_on, p.birth_date))::int || ' 周岁'`))}) as lines
      from u join person p on p.id_bidx = u.id_bidx and p.death_date is null ${ACTIVE_MEMBER}
     where extract(year from age(u.registered_on, p.birth_date)) between ${EARNER_AGE.from} and ${EARNER_AGE.to}
       and exists (select 1 from benefit b where b.household_id = m.household_id and b.program_code = 'DIBAO_EDGE' and b.status in ${COUNTED})
       and not exists (select 1 from benefit b where b.household_id = m.household_id and b.program_code in ('DIBAO', 'TEKUN') and b.status in ${COUNTED})`,
};

/** The Chinese name of `f.program_code` (the catalogue's names, inlined as a literal written in code). */
const PROGRAM_NAME = `coalesce('${JSON.stringify(PROGRAM_NAMES).replace(/'/g, "''")}'::jsonb ->> f.program_code, f.program_code)`;

export const missedRule: DiscoveryRule = {
  code: 'MISSED',
  name: '救助筛查疑似漏救',
  description: '救助筛查（复核任务）按现行条件测算可能符合、但未享受该项救助的家庭：走访告知政策，帮助申请。',
  parameters: '最近一次筛查结果为“疑似漏救”，且家庭仍未享受该事项',
  query: () => sql`
    with f as (select distinct on (household_id, program_code) household_id, program_code, after_outcome, after_amount_fen
                 from reassessment_finding where kind = 'MISSED' order by household_id, program_code, created_at desc)
    select f.household_id::text || ':' || f.program_code as subject_key, f.household_id, null::uuid as person_id, h.area_code,
      '救助筛查：可能符合「' || ${raw(PROGRAM_NAME)} || '」但未享受' as summary,
      jsonb_build_array(${raw(line('筛查事项', PROGRAM_NAME))},
        ${raw(line('测算月救助金额', `case when f.after_amount_fen is null then null else ${yuan('f.after_amount_fen')} end`))}) as lines
      from f join household h on h.id = f.household_id and h.status = 'ACTIVE'
     where not exists (select 1 from benefit b where b.household_id = f.household_id and b.program_code = f.program_code and b.status in ${COUNTED})`,
};

export const DISCOVERY_RULES: readonly DiscoveryRule[] = [medicalBurdenRule, newDisabilityRule, earnerDeathRule, unemployedRule, missedRule];
export const DISCOVERY_RULE_NAMES: Record<string, string> = Object.fromEntries(DISCOVERY_RULES.map((r) => [r.code, r.name]));
