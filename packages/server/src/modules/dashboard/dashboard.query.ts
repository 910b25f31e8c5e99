import { addDays, areaLevel, areaPrefix, PROGRAM_NAMES, TIER_NAMES, TIER_ORDER } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { areaSql, isInScope, prefixSql, requirePrefix } from '../../shared/scope';
import { scopedReadBatch, type BatchStatement } from '../../shared/sql';
import { RULES } from '../crosscheck/rules';

/**
 * 统计看板: the ONE query layer every dashboard figure comes from (README.md, ADR 0029). One call reads
 * every section of one area (the viewer's own, or a town / village below it: drill-down) in one
 * scoped read batch — the viewer's scope (areaSql, and row-level security) and the viewed area's prefix
 * both apply to every statement. Rows by child area and by department are left joins from `area` and
 * `department`: every child and every department is a row, with zeros.
 *
 * Every section is a table: columns (key, Chinese name, unit) and rows of values in column order, plus a
 * `total` row for the whole viewed area (computed by the same aggregate without grouping, so figures that
 * belong to no child — a town's 留言 — still count in the total).
 */

export interface DashboardColumn {
  key: string;
  name: string;
  /** 户 人 件 元 % 工作日 … */
  unit: string;
}
export interface DashboardRow {
  key: string;
  name: string;
  /** In column order; null = no data to average over. */
  values: Array<number | null>;
}
export interface DashboardTable {
  code: string;
  title: string;
  /** What a row is: AREA (drillable child area), DEPARTMENT, TIER, PROGRAM, RULE. */
  rowKind: string;
  columns: DashboardColumn[];
  rows: DashboardRow[];
  total: DashboardRow;
}
export interface DashboardAreaRef {
  code: string;
  name: string;
  level: number;
}
export interface Dashboard {
  area: DashboardAreaRef;
  /** From the viewer's own area down to the viewed one (drill-down path). */
  path: DashboardAreaRef[];
  /** Period of the time-based figures: first day of the month 11 months ago .. today (China). */
  from: string;
  to: string;
  months: string[];
  sections: DashboardTable[];
}

/** Benefit statuses that count as receiving (渐退 still counts; rules/tiers.ts COUNTING_STATUSES). */
const RECEIVING = `('ACTIVE', 'PHASE_OUT')`;

const col = (key: string, name: string, unit: string): DashboardColumn => ({ key, name, unit });

type Frag = { sql: string; params: unknown[] };

const and = (...fs: Frag[]): Frag => ({ sql: fs.map((f) => f.sql).join(' and '), params: fs.flatMap((f) => f.params) });

/** The first day of the month `back` months before the month of `date`. */
function monthStart(date: string, back: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 - back;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 10);
}

/** Column lists of the sections; the SQL aliases are the keys. */
const RECIPIENT_COLUMNS = [
  col('households', '户数', '户'),
  col('persons', '人数', '人'),
  ...TIER_ORDER.map((t) => col(t, TIER_NAMES[t], '户')),
  col('amount', '月发放金额', '元'),
];
const OVERDUE_COLUMNS = [
  col('open', '在办', '件'),
  col('amber', '预警', '件'),
  col('red', '超期', '件'),
  col('supervised', '督办中', '件'),
  col('notesIssued', '督办单（本期）', '件'),
  col('notesUnanswered', '督办未答复', '件'),
];
const FINDING_COLUMNS = [
  col('total', '疑点', '条'),
  col('PENDING', '待复核', '条'),
  col('pendingOverdue', '逾期未复核', '条'),
  col('CONFIRMED', '属实', '条'),
  col('DISMISSED', '排除', '条'),
  col('RESOLVED', '已消除', '条'),
];
const ACTIVITY_COLUMNS = [
  col('visits', '走访任务', '件'),
  col('visitsOpen', '待走访', '件'),
  col('visitsOverdue', '走访超期', '件'),
  col('visitsApplied', '走访后已申请', '件'),
  col('portal', '网上预申请（本期）', '件'),
  col('informant', '信息员线索（本期）', '件'),
  col('public', '群众报告（本期）', '件'),
  col('messages', '留言（本期）', '条'),
  col('messagesPending', '留言待处理', '条'),
];
const TASK_COLUMNS = [
  col('open', '在办', '件'),
  col('amber', '预警', '件'),
  col('red', '超期', '件'),
  col('done', '本期完成', '件'),
  col('doneOnTime', '本期按时完成', '件'),
];
const keys = (cols: DashboardColumn[]) => cols.map((c) => c.key);

const n = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Resolves and checks the viewed area: in the viewer's scope, existing; fails closed (NOT_FOUND). */
async function viewedArea(ctx: RequestContext, areaCode: string | null | undefined): Promise<{ area: DashboardAreaRef; path: DashboardAreaRef[] }> {
  requirePrefix(ctx);
  const code = areaCode || ctx.actor.areaCode || null;
  if (!code || !/^\d{12}$/.test(code) || areaLevel(code) === null || !isInScope(ctx, code)) {
    throw new AppError('NOT_FOUND', '区划不存在或不在您的管辖范围内', { field: 'areaCode' });
  }
  // The drill-down path: district, town, village of the viewed area, from the viewer's own level down.
  const ownLevel = ctx.actor.areaCode ? (areaLevel(ctx.actor.areaCode) ?? 1) : 1;
  const chain = [`${code.slice(0, 6)}000000`, `${code.slice(0, 9)}000`, code].filter((c, i, a) => a.indexOf(c) === i && (areaLevel(c) ?? 0) >= ownLevel);
  const scope = areaSql(ctx, 'a.code');
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select a.code, a.name, a.level from area a where a.code in (${chain.map(() => '?').join(', ')}) and ${scope.sql} order by a.level`,
      params: [...chain, ...scope.params],
    },
  ]);
  const path = rows.map((r) => ({ code: String(r.code), name: String(r.name), level: Number(r.level) }));
  const area = path.find((a) => a.code === code);
  if (!area) throw new AppError('NOT_FOUND', '区划不存在或不在您的管辖范围内', { field: 'areaCode' });
  return { area, path };
}

type BatchResult = Array<Array<Record<string, unknown>>>;
/** Dashboard reads under way, per runtime, by viewed area and day. */
const underWay = new WeakMap<object, Map<string, Promise<BatchResult>>>();

/**
 * Identical dashboard reads share one batch while it runs: when the joint meeting opens the district's dashboard
 * together, the district is read once, not once per member (docs/benchmarks.md "Dashboards at 1M persons"). Safe
 * because the figures depend only on the viewed area and the day — every reader allowed to view the area (checked
 * before, `viewedArea`) sees all of it (the scope is an area prefix containing it) — and nothing is kept after the
 * read ends: a request arriving later reads afresh. Not inside a transaction (it must see its own writes).
 */
async function sharedRead(ctx: RequestContext, key: string, read: () => Promise<BatchResult>): Promise<BatchResult> {
  if (ctx.inTransaction) return read();
  let reads = underWay.get(ctx.runtime);
  if (!reads) underWay.set(ctx.runtime, (reads = new Map()));
  const running = reads.get(key);
  if (running) return running;
  const p = read().finally(() => reads.delete(key));
  reads.set(key, p);
  return p;
}

/** 统计看板 of one area. `areaCode`: the viewer's own area when omitted; a town or village below it to drill down. */
export async function dashboard(ctx: RequestContext, args: { areaCode?: string | null }): Promise<Dashboard> {
  ctx.require('dashboard.read', '查看统计看板');
  const { area, path } = await viewedArea(ctx, args.areaCode);
  const today = todayOf(ctx);
  const from = monthStart(today, 11);
  const months = Array.from({ length: 12 }, (_, i) => monthStart(today, 11 - i).slice(0, 7));
  const fromTs = `${from}T00:00:00+08:00`;
  const district = `${area.code.slice(0, 6)}000000`;
  const viewPrefix = areaPrefix(area.code);

  /** The viewer's scope AND the viewed area, on a column. */
  const scope = (column: string): Frag => and(areaSql(ctx, column), prefixSql(column, viewPrefix));
  /** The child area a row counts for: towns of a district; villages of a town; a village itself. */
  const childKey = (column: string) => (area.level === 1 ? `left(${column}, 9) || '000'` : column);
  const children: Frag = area.level === 3 ? { sql: 'c.code = ?', params: [area.code] } : { sql: 'c.parent_code = ?', params: [area.code] };

  /** One aggregate per child area (left join from `area`) and once for the whole area: two statements. */
  const byArea = (agg: (key: string) => Frag, cols: string[]): BatchStatement[] => {
    const grouped = agg('k');
    const total = agg('total');
    return [
      {
        sql: `select c.code as key, c.name, ${cols.map((x) => `coalesce(x."${x}", 0)::float8 as "${x}"`).join(', ')}
                from area c left join (${grouped.sql}) x on x.key = c.code where ${children.sql} order by c.code`,
        params: [...grouped.params, ...children.params],
      },
      {
        sql: `select '*' as key, ${cols.map((x) => `coalesce(x."${x}", 0)::float8 as "${x}"`).join(', ')} from (${total.sql}) x right join (select 1) one on true`,
        params: total.params,
      },
    ];
  };
  /** `mode` k: grouped by the child key; total: one row. */
  const groupBy = (mode: string, column: string) =>
    mode === 'k' ? { select: `${childKey(column)} as key,`, group: 'group by 1' } : { select: `'*' as key,`, group: '' };

  // ---- 救助对象 ---------------------------------------------------------------------------------
  // One pass (statement 0): the receiving benefits summed per household and program (`bp`), the receiving
  // households of the viewed area (`rh`: ACTIVE, in scope, with their current members counted), then every
  // recipient figure — by tier, by child area, the total (grouping sets) and by program — from those two.
  const hScope = scope('h.area_code');
  const bScope = scope('b.area_code');
  const recipientCols = keys(RECIPIENT_COLUMNS);
  const recipientFigures = `count(*)::float8 as households, coalesce(sum(rh.persons), 0)::float8 as persons,
      ${TIER_ORDER.map((t) => `(count(*) filter (where rh.tier = '${t}'))::float8 as "${t}"`).join(', ')},
      coalesce(sum(rh.amount), 0)::float8 as amount`;
  const recipientsStmt: BatchStatement = {
    sql: `with bp as (
        select b.household_id, b.program_code, sum(b.monthly_amount_fen) as amount
          from benefit b where b.status in ${RECEIVING} and ${bScope.sql} group by 1, 2),
      rh as materialized (
        select h.id, coalesce(h.tier, 'NONE') as tier, ${childKey('h.area_code')} as child, x.amount,
               (select count(*) from membership m where m.household_id = h.id and m.to_date is null) as persons
          from (select household_id, sum(amount) as amount from bp group by 1) x join household h on h.id = x.household_id
         where h.status = 'ACTIVE' and ${hScope.sql}),
      g as (
        select grouping(rh.tier) as gt, grouping(rh.child) as gc, rh.tier, rh.child, ${recipientFigures}
          from rh group by grouping sets ((rh.tier), (rh.child), ()))
      select 'tier' as part, g.tier as key, null as name, ${recipientCols.map((c) => `g."${c}"`).join(', ')} from g where g.gt = 0
      union all
      select 'area', c.code, c.name, ${recipientCols.map((c) => `coalesce(g."${c}", 0)`).join(', ')}
        from area c left join g on g.gc = 0 and g.child = c.code where ${children.sql}
      union all
      select 'total', '*', null, ${recipientCols.map((c) => `coalesce(g."${c}", 0)`).join(', ')}
        from (select 1) one left join g on g.gt = 1 and g.gc = 1
      union all
      select 'program', bp.program_code, null, count(*)::float8, null, ${TIER_ORDER.map(() => 'null').join(', ')}, sum(bp.amount)::float8
        from bp join rh on rh.id = bp.household_id group by bp.program_code`,
    params: [...bScope.params, ...hScope.params, ...children.params],
  };

  // ---- 月度趋势 (by department) ------------------------------------------------------------------
  // Each benefit's months within the 12 (index 0 = \`from\`'s month) as a bit mask; per department and household
  // the masks are OR-ed (a household counts once a month however many of the department's benefits it has), per
  // department bit i counted / its benefits' amounts summed. One pass over the benefits, no month × benefit join.
  const monthIndex = (d: string) =>
    `((extract(year from ${d})::int - ${Number(from.slice(0, 4))}) * 12 + extract(month from ${d})::int - ${Number(from.slice(5, 7))})`;
  const trendStmt: BatchStatement = {
    sql: `with bm as (
        select b.department_id, b.household_id, b.monthly_amount_fen as amount,
               greatest(0, ${monthIndex('b.start_date')}) as s, case when b.end_date is null then 11 else least(11, ${monthIndex('b.end_date')}) end as e
          from benefit b
         where b.start_date is not null and b.status <> 'APPLYING' and b.start_date <= ?::date and (b.end_date is null or b.end_date >= ?::date)
           and ${bScope.sql}),
      masked as (select department_id, household_id, amount, ((1 << (e + 1)) - (1 << s)) as mask from bm where s <= e),
      per_household as (select department_id, bit_or(mask) as mask from masked group by department_id, household_id),
      hh as (select department_id, ${months.map((_, i) => `count(*) filter (where mask & ${1 << i} <> 0) as h${i}`).join(', ')} from per_household group by 1),
      amt as (select department_id, ${months.map((_, i) => `sum(amount) filter (where mask & ${1 << i} <> 0) as a${i}`).join(', ')} from masked group by 1)
      select d.id::text as key, d.short_name as name, i.i as month,
             coalesce((array[${months.map((_, i) => `hh.h${i}`).join(', ')}])[i.i + 1], 0)::float8 as households,
             coalesce((array[${months.map((_, i) => `amt.a${i}`).join(', ')}])[i.i + 1], 0)::float8 as amount
        from department d cross join generate_series(0, 11) i(i)
        left join hh on hh.department_id = d.id left join amt on amt.department_id = d.id
       where d.area_code = ?
       order by d.code, i.i`,
    params: [addDays(monthStart(today, -1), -1), from, ...bScope.params, district],
  };

  // ---- 办理时效 (closed referrals of the period) -------------------------------------------------
  const rScope = scope('r.area_code');
  const calStart = addDays(from, -3653);
  const timelyCte = `with cal as (
      select g.d::date as day,
             sum(case when c.kind = 'WORKDAY' then 1 when c.kind = 'HOLIDAY' then 0 when extract(isodow from g.d) < 6 then 1 else 0 end) over (order by g.d) as idx
        from generate_series(?::date, ?::date, interval '1 day') g(d) left join calendar_day c on c."date" = g.d::date),
    rr as (
      select r.department_id, r.program_code, r.closed_on_time, greatest(0, ce.idx - cs.idx - r.paused_wd) as wd
        from referral r join cal cs on cs.day = r.clock_start join cal ce on ce.day = (r.closed_at at time zone 'Asia/Shanghai')::date
       where r.status = 'DONE' and r.closed_at >= ?::timestamptz and ${rScope.sql})`;
  const timelyParams = [calStart, addDays(today, 1), fromTs, ...rScope.params];
  const timelyAgg = `count(rr.wd) as closed, count(*) filter (where rr.closed_on_time) as "onTime", coalesce(sum(rr.wd), 0) as wd`;

  // ---- 超期与督办 --------------------------------------------------------------------------------
  const sScope = scope('s.area_code');
  const openAgg = (alias: string) => `count(*) filter (where ${alias}.closed_at is null) as open,
      count(*) filter (where ${alias}.closed_at is null and ${alias}.warn_date <= ? and ${alias}.due_date >= ?) as amber,
      count(*) filter (where ${alias}.closed_at is null and ${alias}.due_date < ?) as red,
      count(*) filter (where ${alias}.closed_at is null and ${alias}.escalation_level > 0) as supervised`;
  const noteAgg = `count(*) filter (where s.issued_at >= ?::timestamptz) as "notesIssued", count(*) filter (where s.responded_at is null) as "notesUnanswered"`;
  const overdueCols = keys(OVERDUE_COLUMNS);
  const overdueAreaAgg = (mode: string): Frag => {
    const g = groupBy(mode, 'r.area_code');
    const gs = groupBy(mode, 's.area_code');
    return {
      sql: `select coalesce(a.key, b.key) as key, a.open, a.amber, a.red, a.supervised, b."notesIssued", b."notesUnanswered"
              from (select ${g.select} ${openAgg('r')} from referral r where ${rScope.sql} ${g.group}) a
              full join (select ${gs.select} ${noteAgg} from supervision_note s where ${sScope.sql} ${gs.group}) b on b.key = a.key`,
      params: [today, today, today, ...rScope.params, fromTs, ...sScope.params],
    };
  };

  // ---- 疑点 --------------------------------------------------------------------------------------
  const fScope = scope('f.area_code');
  const findingAgg = `count(*) as total, count(*) filter (where f.status = 'PENDING') as "PENDING",
      count(*) filter (where f.status = 'PENDING' and f.due_date < ?) as "pendingOverdue",
      count(*) filter (where f.status = 'CONFIRMED') as "CONFIRMED", count(*) filter (where f.status = 'DISMISSED') as "DISMISSED",
      count(*) filter (where f.status = 'RESOLVED') as "RESOLVED"`;
  const findingCols = keys(FINDING_COLUMNS);
  const findingAreaAgg = (mode: string): Frag => {
    const g = groupBy(mode, 'f.area_code');
    return { sql: `select ${g.select} ${findingAgg} from finding f where ${fScope.sql} ${g.group}`, params: [today, ...fScope.params] };
  };

  // ---- 主动发现与群众端 ---------------------------------------------------------------------------
  const vScope = scope('v.area_code');
  const aScope = scope('a.area_code');
  const pScope = scope('p.area_code');
  const activityCols = keys(ACTIVITY_COLUMNS);
  const activityAgg = (mode: string): Frag => {
    const gv = groupBy(mode, 'v.area_code');
    const ga = groupBy(mode, 'a.area_code');
    const gp = groupBy(mode, 'p.area_code');
    return {
      sql: `select coalesce(v.key, a.key, p.key) as key, v.visits, v."visitsOpen", v."visitsOverdue", v."visitsApplied",
                   a.portal, a.informant, a.public, p.messages, p."messagesPending"
              from (select ${gv.select} count(*) as visits, count(*) filter (where v.status = 'OPEN') as "visitsOpen",
                           count(*) filter (where v.status = 'OPEN' and v.due_date < ?) as "visitsOverdue",
                           count(*) filter (where v.outcome = 'APPLIED') as "visitsApplied"
                      from visit_task v where ${vScope.sql} ${gv.group}) v
              full join (select ${ga.select} count(*) filter (where a.channel = 'PORTAL') as portal,
                           count(*) filter (where a.channel = 'INFORMANT') as informant, count(*) filter (where a.channel = 'PUBLIC') as public
                      from application a where a.created_at >= ?::timestamptz and a.channel <> 'WINDOW' and ${aScope.sql} ${ga.group}) a on a.key = v.key
              full join (select ${gp.select} count(*) as messages, count(*) filter (where p.status = 'PENDING') as "messagesPending"
                      from portal_message p where p.created_at >= ?::timestamptz and ${pScope.sql} ${gp.group}) p on p.key = coalesce(v.key, a.key)`,
      params: [today, ...vScope.params, fromTs, ...aScope.params, fromTs, ...pScope.params],
    };
  };

  // ---- 会商任务 (joint-meeting follow-up tasks, modules/consultation) -------------------------------------------
  const tScope = scope('t.area_code');
  const taskCols = keys(TASK_COLUMNS);
  const taskStmt: BatchStatement = {
    sql: `select d.id::text as key, d.short_name as name, ${taskCols.map((c) => `coalesce(x."${c}", 0)::float8 as "${c}"`).join(', ')}
            from department d left join (
              select t.department_id, count(*) filter (where t.status = 'OPEN') as open,
                     count(*) filter (where t.status = 'OPEN' and t.warn_date <= ? and t.due_date >= ?) as amber,
                     count(*) filter (where t.status = 'OPEN' and t.due_date < ?) as red,
                     count(*) filter (where t.status = 'DONE' and t.done_at >= ?::timestamptz) as done,
                     count(*) filter (where t.status = 'DONE' and t.done_at >= ?::timestamptz and t.closed_on <= t.due_date) as "doneOnTime"
                from consultation_task t where ${tScope.sql} group by 1) x on x.department_id = d.id
           where d.area_code = ? order by d.code`,
    params: [today, today, today, fromTs, fromTs, ...tScope.params, district],
  };

  const statements: BatchStatement[] = [
    // 0 recipients: by tier, by child area, total, by program (parts)
    recipientsStmt,
    // 1 trend
    trendStmt,
    // 2 timeliness by department
    {
      sql: `${timelyCte} select d.id::text as key, d.short_name as name, ${timelyAgg} from department d left join rr on rr.department_id = d.id
             where d.area_code = ? group by d.id, d.short_name, d.code order by d.code`,
      params: [...timelyParams, district],
    },
    // 3 timeliness by program
    { sql: `${timelyCte} select rr.program_code as key, ${timelyAgg} from rr group by 1`, params: timelyParams },
    // 4 timeliness total
    { sql: `${timelyCte} select '*' as key, ${timelyAgg} from rr`, params: timelyParams },
    // 5 overdue by department
    {
      sql: `select d.id::text as key, d.short_name as name, ${overdueCols.map((c) => `coalesce(x."${c}", 0)::float8 as "${c}"`).join(', ')}
              from department d left join (
                select coalesce(a.department_id, b.department_id) as department_id, a.open, a.amber, a.red, a.supervised, b."notesIssued", b."notesUnanswered"
                  from (select r.department_id, ${openAgg('r')} from referral r where ${rScope.sql} group by 1) a
                  full join (select r.department_id, ${noteAgg} from supervision_note s join referral r on r.id = s.referral_id where ${sScope.sql} group by 1) b
                    on b.department_id = a.department_id) x on x.department_id = d.id
             where d.area_code = ? order by d.code`,
      params: [today, today, today, ...rScope.params, fromTs, ...sScope.params, district],
    },
    // 6, 7 overdue by area
    ...byArea(overdueAreaAgg, overdueCols),
    // 8 findings by rule
    { sql: `select f.rule_no::text as key, ${findingAgg} from finding f where ${fScope.sql} group by 1`, params: [today, ...fScope.params] },
    // 9, 10 findings by area
    ...byArea(findingAreaAgg, findingCols),
    // 11, 12 activity by area
    ...byArea(activityAgg, activityCols),
    // 13 consultation tasks by department
    taskStmt,
  ];
  // Read-only aggregates: a read replica may answer when one is configured (ADR 0033; the primary otherwise).
  const res = await sharedRead(ctx, `${area.code}|${today}`, () => scopedReadBatch(ctx, statements, { replica: true, workMem: '32MB' }));

  const areaRows = (rows: Array<Record<string, unknown>>, cols: string[]): DashboardRow[] =>
    rows.map((r) => ({ key: String(r.key), name: String(r.name), values: cols.map((c) => n(r[c])) }));
  const totalRow = (rows: Array<Record<string, unknown>>, cols: string[], name = '合计'): DashboardRow => ({
    key: '*',
    name,
    values: cols.map((c) => n(rows[0]?.[c])),
  });
  /** A code-list table: every code a row, zeros where the query found none; total = sum. */
  const codeRows = (codes: Array<[string, string]>, rows: Array<Record<string, unknown>>, cols: string[]) => {
    const byKey = new Map(rows.map((r) => [String(r.key), r]));
    const out = codes.map(([key, name]) => ({ key, name, values: cols.map((c) => n(byKey.get(key)?.[c])) }));
    // Codes the list does not know (a program added to the catalogue later) still count.
    for (const r of rows)
      if (!codes.some(([k]) => k === String(r.key))) out.push({ key: String(r.key), name: String(r.key), values: cols.map((c) => n(r[c])) });
    return out;
  };
  const sumRow = (rows: DashboardRow[]): DashboardRow => ({
    key: '*',
    name: '合计',
    values: rows[0] ? rows[0].values.map((_, i) => rows.reduce((s, r) => s + (r.values[i] ?? 0), 0)) : [],
  });
  const timely = (r: Record<string, unknown> | undefined): Array<number | null> => {
    const closed = n(r?.closed);
    const onTime = n(r?.onTime);
    return [closed, onTime, closed ? round1((onTime / closed) * 100) : null, closed ? round1(n(r?.wd) / closed) : null];
  };

  const tierCodes: Array<[string, string]> = [...TIER_ORDER.map((t): [string, string] => [t, TIER_NAMES[t]]), ['NONE', '无分层（仅享受专项救助）']];
  const programCodes = Object.entries(PROGRAM_NAMES);
  const part = (name: string) => res[0].filter((r) => r.part === name);
  const tierRows = codeRows(tierCodes, part('tier'), ['households', 'persons']);
  const programRows = codeRows(programCodes, part('program'), ['households', 'amount']);
  const amountToYuan = (rows: DashboardRow[], i: number) => {
    for (const r of rows) r.values[i] = round1((r.values[i] ?? 0) / 100);
  };
  amountToYuan(programRows, 1);
  const recipientsArea = areaRows(
    part('area').sort((x, y) => String(x.key).localeCompare(String(y.key))),
    recipientCols,
  );
  const recipientsTotal = totalRow(part('total'), recipientCols);
  amountToYuan(recipientsArea, 6);
  amountToYuan([recipientsTotal], 6);

  // Trend: one row per department, one value per month.
  const trendH = new Map<string, DashboardRow>();
  const trendA = new Map<string, DashboardRow>();
  for (const r of res[1]) {
    const key = String(r.key);
    if (!trendH.has(key)) {
      trendH.set(key, { key, name: String(r.name), values: [] });
      trendA.set(key, { key, name: String(r.name), values: [] });
    }
    trendH.get(key)!.values.push(n(r.households));
    trendA.get(key)!.values.push(round1(n(r.amount) / 100));
  }
  const monthCols = months.map((m) => col(m, m, ''));
  const trendHRows = [...trendH.values()];
  const trendARows = [...trendA.values()];

  const timelyCols = [col('closed', '办结', '件'), col('onTime', '按时办结', '件'), col('onTimeRate', '按时办结率', '%'), col('avgDays', '平均办理', '工作日')];
  const timelyTotal: DashboardRow = { key: '*', name: '合计', values: timely(res[4][0]) };
  const byProgramTimely = new Map(res[3].map((r) => [String(r.key), r]));
  const programTimelyRows = programCodes.map(([key, name]) => ({ key, name, values: timely(byProgramTimely.get(key)) }));
  for (const [key, r] of byProgramTimely) if (!PROGRAM_NAMES[key]) programTimelyRows.push({ key, name: key, values: timely(r) });

  const overdueDeptRows = areaRows(res[5], overdueCols);
  const ruleRows = codeRows(
    RULES.map((r): [string, string] => [String(r.no), `${r.no}. ${r.name}`]),
    res[8],
    findingCols,
  );

  const sections: DashboardTable[] = [
    {
      code: 'recipientsByTier',
      title: '救助对象（按层级）',
      rowKind: 'TIER',
      columns: [col('households', '户数', '户'), col('persons', '人数', '人')],
      rows: tierRows,
      total: sumRow(tierRows),
    },
    {
      code: 'recipientsByProgram',
      title: '救助对象（按救助事项）',
      rowKind: 'PROGRAM',
      columns: [col('households', '户数', '户'), col('amount', '月发放金额', '元')],
      rows: programRows,
      total: {
        key: '*',
        name: '合计（户数为享受任一事项的家庭）',
        values: [recipientsTotal.values[0], round1(programRows.reduce((s, r) => s + (r.values[1] ?? 0), 0))],
      },
    },
    {
      code: 'recipientsByArea',
      title: '救助对象（按区域）',
      rowKind: 'AREA',
      columns: RECIPIENT_COLUMNS,
      rows: recipientsArea,
      total: recipientsTotal,
    },
    {
      code: 'trendRecipients',
      title: '月度趋势：享受救助的家庭（按部门）',
      rowKind: 'DEPARTMENT',
      columns: monthCols,
      rows: trendHRows,
      total: sumRow(trendHRows),
    },
    {
      code: 'trendAmounts',
      title: '月度趋势：月发放金额（元，按部门）',
      rowKind: 'DEPARTMENT',
      columns: monthCols,
      rows: trendARows,
      total: sumRow(trendARows),
    },
    {
      code: 'timelinessByDepartment',
      title: '办理时效（本期办结，按部门）',
      rowKind: 'DEPARTMENT',
      columns: timelyCols,
      rows: res[2].map((r) => ({ key: String(r.key), name: String(r.name), values: timely(r) })),
      total: timelyTotal,
    },
    {
      code: 'timelinessByProgram',
      title: '办理时效（本期办结，按事项）',
      rowKind: 'PROGRAM',
      columns: timelyCols,
      rows: programTimelyRows,
      total: timelyTotal,
    },
    {
      code: 'overdueByDepartment',
      title: '超期与督办（按部门）',
      rowKind: 'DEPARTMENT',
      columns: OVERDUE_COLUMNS,
      rows: overdueDeptRows,
      total: totalRow(res[7], overdueCols),
    },
    {
      code: 'overdueByArea',
      title: '超期与督办（按区域）',
      rowKind: 'AREA',
      columns: OVERDUE_COLUMNS,
      rows: areaRows(res[6], overdueCols),
      total: totalRow(res[7], overdueCols),
    },
    { code: 'findingsByRule', title: '疑点（按比对规则）', rowKind: 'RULE', columns: FINDING_COLUMNS, rows: ruleRows, total: totalRow(res[10], findingCols) },
    {
      code: 'findingsByArea',
      title: '疑点（按区域）',
      rowKind: 'AREA',
      columns: FINDING_COLUMNS,
      rows: areaRows(res[9], findingCols),
      total: totalRow(res[10], findingCols),
    },
    {
      code: 'consultationTasksByDepartment',
      title: '会商任务（按部门）',
      rowKind: 'DEPARTMENT',
      columns: TASK_COLUMNS,
      rows: areaRows(res[13], taskCols),
      total: sumRow(areaRows(res[13], taskCols)),
    },
    {
      code: 'activityByArea',
      title: '主动发现与群众端（按区域）',
      rowKind: 'AREA',
      columns: ACTIVITY_COLUMNS,
      rows: areaRows(res[11], activityCols),
      total: totalRow(res[12], activityCols),
    },
  ];
  return { area, path, from, to: today, months, sections };
}
