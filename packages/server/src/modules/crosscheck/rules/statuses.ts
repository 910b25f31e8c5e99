import { PROGRAM_NAMES } from '@xiejiu/rules';
import { benefitsOf, line, MEANS_TESTED, raw, source, sql, SUBJECT, textArray, type CrosscheckRule } from './rule';

/** Rules 7–11: statuses that contradict a benefit — double status, two households, residence, exclusion, cadres. */

/** Pairs that may not be held together by one person (the second is the benefit questioned). */
export const DOUBLE_STATUS_PAIRS: Array<[string, string]> = [
  ['TEKUN', 'DIBAO'],
  ['ORPHAN', 'DISAB_LIVING'],
  ['DISAB_CARE', 'DISAB_CARE'],
];

const programName = (code: string) => PROGRAM_NAMES[code] ?? code;
const PROGRAM_NAME_SQL = `(select n from (values ${Object.entries(PROGRAM_NAMES)
  .map(([c, n]) => `('${c}', '${n}')`)
  .join(', ')}) v(c, n) where v.c = a.program_code)`;

export const doubleStatusRule: CrosscheckRule = {
  no: 7,
  code: 'DOUBLE_STATUS',
  name: '重复享受互斥救助',
  description: '同一人同时享受互斥的救助（特困与低保、孤儿保障与困难残疾人生活补贴、两份重度残疾人护理补贴）。',
  severity: 'HIGH',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '救助记录',
  parameters: () => [{ label: '互斥组合', value: DOUBLE_STATUS_PAIRS.map(([a, b]) => `${programName(a)}＋${programName(b)}`).join('；') }],
  query: () => {
    const firsts = textArray(DOUBLE_STATUS_PAIRS.map(([a]) => a));
    const seconds = textArray(DOUBLE_STATUS_PAIRS.map(([, b]) => b));
    const select = raw(`${SUBJECT.text}, 'double:' || a.program_code || ':' || a.id || ':' || b.program_code as facts,
      '同时享受' || ${PROGRAM_NAME_SQL} || '（' || coalesce(a.start_date::text, '日期不详') || ' 起）' as summary,
      jsonb_build_array(${line('同时享受', PROGRAM_NAME_SQL)}, ${line('该项开始日期', 'a.start_date')}, ${line('本项开始日期', 'b.start_date')}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources`);
    return sql`
      with pr as (select * from unnest(${firsts}::text[], ${seconds}::text[]) as pr(a_code, b_code)),
      a as (select a.*, pr.b_code from pr join benefit a on a.program_code = pr.a_code and a.status in ('ACTIVE', 'PHASE_OUT') and a.person_id is not null)
      select ${select}
        from a join person p on p.id = a.person_id and p.death_date is null
        join benefit b on b.person_id = p.id and b.program_code = a.b_code and b.status in ('ACTIVE', 'PHASE_OUT') and b.id <> a.id
       where a.program_code <> b.program_code or a.id < b.id
      union all
      select ${select}
        from a join person p on p.id = a.person_id and p.death_date is null
        join membership m on m.person_id = p.id and m.to_date is null
        join benefit b on b.household_id = m.household_id and b.person_id is null and b.program_code = a.b_code and b.status in ('ACTIVE', 'PHASE_OUT')`;
  },
};

const CONFLICT_NAME = `case c.kind when 'TWO_HEADS' then '名册中列在两个户主名下' when 'OTHER_HOUSEHOLD' then '名册所列家庭与台账家庭不同' else '户主在其他家庭' end`;

export const twoHouseholdsRule: CrosscheckRule = {
  no: 8,
  code: 'TWO_HOUSEHOLDS',
  name: '一人多户或跨区县',
  description: '同一人在名册中列在两个家庭或两个区县（名册导入冲突），或本人的救助记录挂在其已不在的家庭。',
  severity: 'HIGH',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '名册导入冲突（roster_conflict）、家庭成员关系、救助记录',
  parameters: () => [{ label: '一人一户', value: '每人只能在一个家庭享受救助' }],
  query: () => sql`
    with c as (
      select c.person_id,
             string_agg(distinct ${raw(CONFLICT_NAME)} || '（名册区划 ' || c.listed_area_code || '）', '；') as what,
             string_agg(distinct c.kind || '/' || c.listed_area_code || '/' || c.household_id, ',') as facts,
             bool_or(left(c.listed_area_code, 6) <> left(c.area_code, 6)) as two_districts,
             jsonb_agg(jsonb_build_object('dataset', 'roster', 'batchId', c.batch_id, 'line', c.line, 'at', c.created_at) order by c.created_at, c.line) as sources
        from roster_conflict c group by c.person_id)
    select ${SUBJECT}, 'conflict:' || c.facts as facts,
      case when c.two_districts then '名册显示在两个区县：' else '名册显示在多个家庭：' end || c.what as summary,
      jsonb_build_array(${raw(line('名册冲突', 'c.what'))}, ${raw(line('是否跨区县', `case when c.two_districts then '是' else '否' end`))}) as lines,
      c.sources
      from c join person p on p.id = c.person_id and p.death_date is null
      ${benefitsOf(null)}
    union all
    select ${SUBJECT}, 'elsewhere:' || b.household_id || ':' || coalesce(m.household_id::text, '-') as facts,
      '本人救助记录所在家庭不是其现在的家庭' as summary,
      jsonb_build_array(${raw(line('救助记录所在家庭', `(select hx.address from household hx where hx.id = b.household_id)`))},
        ${raw(line('现在所在家庭', `coalesce((select hy.address from household hy where hy.id = m.household_id), '无')`))}) as lines,
      jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
      from benefit b join person p on p.id = b.person_id and p.death_date is null
      left join membership m on m.person_id = p.id and m.to_date is null
     where b.status in ('ACTIVE', 'PHASE_OUT') and (m.household_id is null or m.household_id <> b.household_id)`,
};

export const hukouRule: CrosscheckRule = {
  no: 9,
  code: 'HUKOU_MOVED',
  name: '户籍迁出或注销',
  description: '公安户籍显示家庭成员户籍已迁出或注销（变动日期在其加入现家庭之后），仍在享受救助。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '户籍变动（ref_hukou）、家庭成员关系、救助记录',
  parameters: () => [{ label: '变动类型', value: '迁出、注销' }],
  query: (p) => sql`
    select ${SUBJECT}, 'hukou:' || r.change_type || ':' || r.changed_on as facts,
      '户籍' || case r.change_type when 'MOVED_OUT' then '迁出' else '注销' end || '（' || r.changed_on || coalesce('，迁往' || r.destination, '') || '）' as summary,
      jsonb_build_array(${raw(line('变动类型', `case r.change_type when 'MOVED_OUT' then '迁出' else '注销' end`))}, ${raw(line('变动日期', 'r.changed_on'))},
        ${raw(line('迁往', 'r.destination'))}, ${raw(line('加入现家庭日期', 'm.from_date'))}) as lines,
      jsonb_build_array(${raw(source('hukou', 'r'))}) as sources
      from (select distinct on (r.id_bidx) r.* from ref_hukou r where r.changed_on <= ${p.today}::date order by r.id_bidx, r.changed_on desc, r.created_at desc) r
      join person p on p.id_bidx = r.id_bidx and p.death_date is null
      join membership m on m.person_id = p.id and m.to_date is null and m.from_date <= r.changed_on
      ${benefitsOf(null)}`,
};

const STATUS_NAME_SQL = `array_to_string(array(select case s when 'PRISON' then '服刑' when 'DRUG_REHAB' then '强制隔离戒毒' when 'MILITARY' then '现役军人'
  when 'CLERGY' then '宗教教职人员' when 'MISSING' then '宣告失踪' else s end from unnest(p.statuses) s where s = any(x.excluded) order by s), '、')`;

export const excludedMemberRule: CrosscheckRule = {
  no: 10,
  code: 'EXCLUDED_MEMBER',
  name: '不应计入的成员仍享受救助',
  description: '服刑、强制隔离戒毒、现役军人等不计入共同生活家庭成员的人员仍享受本人救助，或监狱名册显示正在服刑而台账未登记、仍计入享受低保或特困的家庭。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '台账人员特殊身份、身份名册服刑人员（ref_status）、救助记录',
  parameters: (p) => [{ label: '不计入的情形（DIBAO.excluded_member_statuses）', value: p.excludedMemberStatuses.filter((s) => s !== 'DECEASED').join('、') }],
  query: (p) => {
    const excluded = textArray(p.excludedMemberStatuses.filter((s) => s !== 'DECEASED'));
    return sql`
      select ${SUBJECT}, 'excluded:' || array_to_string(array(select s from unnest(p.statuses) s where s = any(x.excluded) order by s), ',') as facts,
        '台账登记为' || ${raw(STATUS_NAME_SQL)} || '，仍享受本人救助' as summary,
        jsonb_build_array(${raw(line('特殊身份（台账）', STATUS_NAME_SQL))}) as lines,
        jsonb_build_array(jsonb_build_object('dataset', 'ledger')) as sources
        from (select ${excluded}::text[] as excluded) x
        join benefit b on b.status in ('ACTIVE', 'PHASE_OUT') and b.person_id is not null
        join person p on p.id = b.person_id and p.death_date is null and p.statuses && x.excluded
      union all
      select ${SUBJECT}, 'prison:' || r.from_date as facts,
        '服刑人员（' || r.from_date || ' 起），台账未登记，仍计入享受救助' as summary,
        jsonb_build_array(${raw(line('服刑起始日期', 'r.from_date'))}, ${raw(line('预计结束日期', 'r.to_date'))}) as lines,
        jsonb_build_array(${raw(source('status', 'r'))}) as sources
        from (select distinct on (r.id_bidx) r.* from ref_status r
               where r.status_kind = 'PRISON' and r.from_date <= ${p.today}::date and (r.to_date is null or r.to_date >= ${p.today}::date)
               order by r.id_bidx, r.from_date desc) r
        join person p on p.id_bidx = r.id_bidx and p.death_date is null and not ('PRISON' = any(p.statuses))
        ${benefitsOf(MEANS_TESTED)}`;
  },
};

export const cadreRule: CrosscheckRule = {
  no: 11,
  code: 'CADRE_RELATIVE',
  name: '民政工作人员或村干部近亲属享受救助',
  description: '民政经办人员或村（社区）干部本人或其同户家庭成员享受低保、特困或低保边缘：应备案，并由区县民政部门入户核查。',
  severity: 'MEDIUM',
  version: 1,
  effectiveFrom: '2026-01-01',
  data: '民政工作人员和村（社区）干部名册（ref_cadre）、家庭成员关系、救助记录',
  parameters: () => [
    { label: '近亲属范围', value: '同一家庭的共同生活成员（含本人）' },
    { label: '处理要求', value: '备案，区县民政部门入户核查' },
  ],
  query: () => sql`
    with c as (
      select r.id_bidx, string_agg(distinct r.position || '（' || r.organisation || '）', '；') as posts,
             jsonb_agg(${raw(source('cadres', 'r'))} order by r.created_at, r.line) as sources
        from ref_cadre r group by r.id_bidx)
    select b.id::text || ':' || p.id::text as subject_key, p.id as person_id, b.household_id, b.id as benefit_id,
      b.program_code, b.department_id, b.area_code, p.name as person_name, p.id_masked,
      'cadre:' || c.posts || ':' || coalesce(b.person_id::text, '-') as facts,
      case when b.person_id = p.id then '本人为' else '同户成员为' end || c.posts || '，须备案并由区县入户核查' as summary,
      jsonb_build_array(${raw(line('职务', 'c.posts'))}, ${raw(line('享受人', `case when b.person_id is null then '本户' when b.person_id = p.id then '本人' else bp.name end`))},
        ${raw(line('处理要求', `'备案，区县民政部门入户核查'`))}) as lines,
      c.sources
      from c join person p on p.id_bidx = c.id_bidx and p.death_date is null
      join membership m on m.person_id = p.id and m.to_date is null
      join benefit b on b.household_id = m.household_id and b.status in ('ACTIVE', 'PHASE_OUT') and b.program_code = any(${textArray(MEANS_TESTED)}::text[])
      left join person bp on bp.id = b.person_id
     where b.person_id is null or bp.death_date is null`,
};
