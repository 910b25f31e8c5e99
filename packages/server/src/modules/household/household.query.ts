import { label, normaliseIdInput, normalisePersonName, parseIdNumber, RELATIONS, TIER_NAMES, PROGRAM_NAMES, BENEFIT_STATUSES, type Tier } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { ageOn, todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, isInScope, prefixSql } from '../../shared/scope';
import { pgArray, scopedReadBatch, sqlRows } from '../../shared/sql';
import { bool, decodeRows, isoDate, row, text } from '../../db/rows';
import { recordAudit } from '../audit/audit.service';
import { idLookup, normalisePhone, phoneLookup } from './identity';
import { householdAccessSql, SHARED_HOUSEHOLD_FIELDS, SHARED_PERSON_FIELDS, toShared, type AccessLevel } from './shared-view';

export interface HouseholdFilter {
  keyword?: string | null;
  idNumber?: string | null;
  areaCode?: string | null;
  tier?: string | null;
  programCode?: string | null;
  benefitStatus?: string | null;
  includeClosed?: boolean | null;
}

export interface MemberRow {
  id: string;
  householdId: string;
  name: string;
  idMasked: string;
  sex: string;
  birthDate: string;
  age: number;
  relation: string;
  relationName: string;
  isHead: boolean;
  deceased: boolean;
  phoneMasked: string | null;
  labourCapacity: string | null;
  disabilityType: string | null;
  disabilityGrade: number | null;
  disabilityCert: string | null;
  seriousIllness: string | null;
  schoolStatus: string | null;
  employmentStatus: string | null;
  statuses: string[] | null;
  deathDate: string | null;
  fromDate: string | null;
}

export interface BenefitRow {
  id: string;
  householdId: string;
  personId: string | null;
  personName: string | null;
  programCode: string;
  programName: string;
  status: string;
  statusName: string;
  monthlyAmountFen: number;
  startDate: string | null;
  endDate: string | null;
  source: string;
  departmentId: string;
  departmentName: string;
  updatedAt: Date;
  version: number;
}

export interface HouseholdRow {
  id: string;
  areaCode: string;
  areaName: string | null;
  groupNo: string | null;
  address: string | null;
  residenceType: string | null;
  phoneMasked: string | null;
  tier: Tier | null;
  tierName: string | null;
  tierReason: string | null;
  status: string;
  headName: string | null;
  memberCount: number;
  access: AccessLevel;
  members: MemberRow[];
  benefits: BenefitRow[];
  updatedAt: Date | null;
}

const HOUSEHOLD_FIELDS = `h.id, h.area_code as "areaCode", a.name as "areaName", h.group_no as "groupNo", h.address,
  h.residence_type as "residenceType", h.phone_masked as "phoneMasked", h.tier, h.tier_reason as "tierReason", h.status,
  h.updated_at as "updatedAt"`;
const HEAD_NAME = `(select p.name from person p where p.id = h.head_person_id)`;
const HOUSEHOLD_COLUMNS = `${HOUSEHOLD_FIELDS}, ${HEAD_NAME} as "headName",
  (select count(*)::int from membership m where m.household_id = h.id and m.to_date is null) as "memberCount"`;

/**
 * The household's area name. household.area_code is C-collated (ADR 0005) and area.code is not:
 * compared as they are, the planner cannot use area's index and hashes the whole (RLS-filtered)
 * area table for every row of a page.
 */
const AREA_JOIN = `left join area a on a.code = (h.area_code collate "default")`;

/** Households whose members match a name prefix: the ids when few, or 'dense' when many. */
type NameMatch = { ids: string[] } | 'dense' | null;

/**
 * Resolves a name prefix through the person (name, area_code) index first. A selective name
 * ("王秀英") yields a short id list, so the page never scans the district; a bare surname
 * matches densely, and then the ordered household scan with an EXISTS probe stops early.
 */
async function matchNames(ctx: RequestContext, f: HouseholdFilter): Promise<NameMatch> {
  const keyword = classify(f).name;
  if (!keyword) return null;
  const scope = areaSql(ctx, 'p.area_code');
  const area = f.areaCode ? prefixSql('p.area_code', areaFilterPrefix(f.areaCode)) : { sql: 'true', params: [] };
  const match = prefixSql('p.name', keyword);
  const [rows] = await scopedReadBatch(
    ctx,
    [
      {
        sql: `select p.household_id as "householdId" from person p where ${match.sql} and ${scope.sql} and ${area.sql} and p.household_id is not null
       limit ${NAME_MATCH_CAP + 1}`,
        params: [...match.params, ...scope.params, ...area.params],
        prepared: true,
        generic: true,
      },
    ],
    { replica: true },
  );
  // Dense when more than NAME_MATCH_CAP *persons* match: their distinct households may be fewer
  // (family members share a surname), and those would be only a sample of the matches.
  if (rows.length > NAME_MATCH_CAP) return 'dense';
  return { ids: [...new Set(rows.map((r) => r.householdId as string))] };
}

const NAME_MATCH_CAP = 500;
/** '500199101000' → '500199101': the subtree of an area filter (any level, 6–12 digits). */
const areaFilterPrefix = (code: string) => code.replace(/(000)+$/, '');

/**
 * What the search box holds: an ID number, a phone number, or a name prefix. Typed the way a
 * clerk types them: full-width digits and spaces in numbers (IME), dot variants in names.
 */
function classify(f: HouseholdFilter): { idNumber: string | null; phone: string | null; name: string | null } {
  const keyword = f.keyword?.trim() || null;
  const explicitId = f.idNumber?.trim() || null;
  const name = keyword ? normalisePersonName(keyword) || null : null;
  if (explicitId) return { idNumber: explicitId, phone: null, name };
  if (!keyword) return { idNumber: null, phone: null, name: null };
  const digits = normaliseIdInput(keyword);
  if (/^[\dX]{15,18}$/.test(digits)) return { idNumber: digits, phone: null, name: null };
  if (/^\+?\d{7,}$/.test(digits)) return { idNumber: null, phone: digits, name: null };
  return { idNumber: null, phone: null, name };
}

function filterSql(ctx: RequestContext, f: HouseholdFilter, names: NameMatch = null): { where: string; params: unknown[]; selective: boolean } {
  const scope = areaSql(ctx, 'h.area_code');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (!f.includeClosed) where.push(`h.status = 'ACTIVE'`);
  if (f.areaCode) {
    if (!/^\d{6,12}$/.test(f.areaCode)) throw new AppError('BAD_USER_INPUT', '区划代码无效', { field: 'areaCode' });
    const area = prefixSql('h.area_code', areaFilterPrefix(f.areaCode));
    where.push(area.sql);
    params.push(...area.params);
  }
  if (f.tier) {
    if (f.tier === 'NONE') where.push('h.tier is null');
    else {
      where.push('h.tier = ?');
      params.push(f.tier);
    }
  }
  const { idNumber, phone, name } = classify(f);
  if (idNumber) {
    const r = parseIdNumber(idNumber);
    if (!r.ok) throw new AppError('BAD_USER_INPUT', r.message, { field: 'idNumber' });
    where.push(`exists (select 1 from person p where p.household_id = h.id and p.id_bidx = any(?::varchar[]))`);
    params.push(idLookup(ctx.runtime.fieldCrypto, r.value.idNumber));
  }
  if (phone) {
    const bidx = phoneLookup(ctx.runtime.fieldCrypto, normalisePhone(phone, 'keyword')!);
    where.push(`(h.phone_bidx = any(?::varchar[]) or exists (select 1 from person p where p.household_id = h.id and p.phone_bidx = any(?::varchar[])))`);
    params.push(bidx, bidx);
  }
  if (name) {
    if (names && names !== 'dense') {
      if (!names.ids.length) where.push('false');
      else {
        where.push('h.id = any(?::uuid[])');
        params.push(pgArray(names.ids));
      }
    } else {
      const match = prefixSql('p.name', name);
      where.push(`exists (select 1 from person p where p.household_id = h.id and ${match.sql})`);
      params.push(...match.params);
    }
  }
  if (f.programCode) {
    where.push(`exists (select 1 from benefit b where b.household_id = h.id and b.program_code = ?${f.benefitStatus ? ' and b.status = ?' : ''})`);
    params.push(f.programCode);
    if (f.benefitStatus) params.push(f.benefitStatus);
  } else if (f.benefitStatus) {
    where.push(`exists (select 1 from benefit b where b.household_id = h.id and b.status = ?)`);
    params.push(f.benefitStatus);
  }
  // Few candidate rows (an ID, a phone, a short id list): fetch them and sort, rather than walking
  // the district in page order until enough of them turn up.
  const selective = !!idNumber || !!phone || (!!name && !!names && names !== 'dense');
  return { where: where.join(' and '), params, selective };
}

const today = () => todayCn();

/**
 * Members of household `h` as one JSON array (one statement per page, P4). The list carries the
 * columns a list row shows; the detail page (`detail`) carries every fact.
 */
function membersJson(includeFormer: boolean, detail = includeFormer): string {
  const facts = detail
    ? `'labourCapacity', p.labour_capacity, 'disabilityGrade', p.disability_grade, 'disabilityCert', p.disability_cert,
       'seriousIllness', p.serious_illness, 'schoolStatus', p.school_status, 'employmentStatus', p.employment_status, 'fromDate', m.from_date,`
    : '';
  return `(select coalesce(json_agg(json_build_object(${facts}
      'id', p.id, 'householdId', m.household_id, 'name', p.name, 'idMasked', p.id_masked, 'sex', p.sex, 'birthDate', p.birth_date,
      'relation', m.relation, 'isHead', coalesce(h.head_person_id = p.id, false), 'phoneMasked', p.phone_masked,
      'disabilityType', p.disability_type, 'statuses', p.statuses, 'deathDate', p.death_date)
      order by coalesce(h.head_person_id = p.id, false) desc, p.birth_date), '[]'::json)
    from membership m join person p on p.id = m.person_id
   where m.household_id = h.id and ${includeFormer ? `(m.to_date is null or m.end_reason = 'DECEASED')` : 'm.to_date is null'})`;
}

/** Every department's benefits of household `h` as one JSON array. */
const BENEFITS_JSON = `(select coalesce(json_agg(json_build_object(
    'id', b.id, 'householdId', b.household_id, 'personId', b.person_id, 'personName', bp.name, 'programCode', b.program_code,
    'status', b.status, 'monthlyAmountFen', b.monthly_amount_fen, 'startDate', b.start_date, 'endDate', b.end_date, 'source', b.source,
    'departmentId', b.department_id, 'departmentName', d.name, 'updatedAt', b.updated_at, 'version', b.version)
    order by b.start_date desc nulls last, b.created_at desc), '[]'::json)
  from benefit b join department d on d.id = b.department_id left join person bp on bp.id = b.person_id
 where b.household_id = h.id)`;

type RawMember = Omit<MemberRow, 'age' | 'relationName' | 'deceased'>;
type RawBenefit = Omit<BenefitRow, 'programName' | 'statusName' | 'updatedAt'> & { updatedAt: string };

function toMember(r: RawMember, today: string): MemberRow {
  return {
    ...r,
    age: ageOn(r.birthDate, r.deathDate ?? today),
    relationName: r.relation === 'HEAD' && !r.isHead ? '原户主' : label(RELATIONS, r.relation),
    deceased: !!r.deathDate || (r.statuses ?? []).includes('DECEASED'),
  };
}

function toBenefit(b: RawBenefit): BenefitRow {
  return {
    ...b,
    monthlyAmountFen: Number(b.monthlyAmountFen),
    updatedAt: new Date(b.updatedAt),
    programName: PROGRAM_NAMES[b.programCode] ?? b.programCode,
    statusName: label(BENEFIT_STATUSES, b.status),
  };
}

type RawHousehold = Omit<HouseholdRow, 'members' | 'benefits' | 'tierName' | 'access' | 'memberCount'> & {
  related: boolean;
  members: RawMember[];
  benefits?: RawBenefit[];
  memberCount?: number;
};

/** `today` (YYYY-MM-DD, China time) is passed in so a page computes it once. */
function shape(raw: RawHousehold, t: string = today()): HouseholdRow {
  const members = raw.members.map((m) => toMember(m, t));
  const benefits = (raw.benefits ?? []).map(toBenefit);
  const access: AccessLevel = raw.related ? 'FULL' : 'SHARED';
  const { related: _r, members: _m, benefits: _b, ...rest } = raw;
  const full: HouseholdRow = {
    ...rest,
    // Lists do not count in SQL: their members are exactly the current ones.
    memberCount: raw.memberCount ?? members.length,
    tierName: raw.tier ? TIER_NAMES[raw.tier] : null,
    access,
    members: access === 'FULL' ? members : members.map((m) => toShared(m, SHARED_PERSON_FIELDS)),
    benefits,
  };
  return access === 'FULL' ? full : toShared(full, SHARED_HOUSEHOLD_FIELDS);
}

/** Households matching a filter, counted up to `cap`. */
/** A current member of a household, as other modules need it (who may be named on an application). */
export interface CurrentMember {
  personId: string;
  birthDate: string;
  dead: boolean;
}

/**
 * The household's current members (active membership) with birth date and whether they died — for
 * other modules (workflow), instead of reading membership and person themselves. In the caller's
 * transaction when one is open; the actor's scope applies.
 */
export async function currentMembers(ctx: RequestContext, householdId: string): Promise<CurrentMember[]> {
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select m.person_id as "personId", p.birth_date::text as "birthDate", (p.death_date is not null) as dead
            from membership m join person p on p.id = m.person_id where m.household_id = ? and m.to_date is null`,
      params: [householdId],
    },
  ]);
  return decodeRows(rows, row<CurrentMember>({ personId: text, birthDate: isoDate, dead: bool }), 'membership');
}

/** A person's birth date (YYYY-MM-DD), or null when not visible in the actor's scope. */
export async function personBirthDate(ctx: RequestContext, personId: string): Promise<string | null> {
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select birth_date::text as "birthDate" from person where id = ?`, params: [personId] }]);
  return decodeRows(rows, row<{ birthDate: string }>({ birthDate: isoDate }), 'person')[0]?.birthDate ?? null;
}

export async function countHouseholds(ctx: RequestContext, f: HouseholdFilter, cap: number): Promise<number> {
  ctx.require('household.read', '查看家庭台账');
  const names = await matchNames(ctx, f);
  return ctx.tx(async (em) => {
    const { where, params } = filterSql(ctx, f, names);
    const [{ total }] = await sqlRows<{ total: number }>(
      em,
      `select count(*)::int as total from (select 1 from household h where ${where} limit ${Math.floor(cap)}) c`,
      params,
    );
    return total;
  });
}

/**
 * Counting stops here: beyond it the list says "超过 200 户，请缩小查询条件" (a bare surname, a tier across a
 * town). Every counted household is read and checked, so the cap is most of a broad search's cost; 200
 * (ten pages) tells a clerk to narrow the search as well as 500 did, at half the work (ADR 0021).
 */
export const COUNT_CAP = 200;

export interface SearchOptions {
  /** Build each household's benefits (default true; the GraphQL list asks only when the query selects them). */
  benefits?: boolean;
}

/**
 * Household search (户籍台账): one statement returns the capped set of hits, its size and the page
 * with members (and benefits) as JSON — constant in the page size (P4). The count is capped at
 * COUNT_CAP so a broad prefix never scans the whole district.
 *
 * - A search by name alone (optionally within an area) starts from the person name index and lists
 *   households in the order of their first matching member's name (then village),
 *   one statement — see `searchByName`.
 * - Every other filter walks the (area_code, created_at, id) order index and stops early; a name
 *   combined with other filters is first resolved through the person index (`matchNames`).
 * The statements are prepared per connection (scopedReadBatch), so their text carries no values, and
 * always run their generic plan: each is shaped for one plan (an index walked in list order and cut
 * by a limit), and PostgreSQL's default of re-planning per execution whenever it guesses a custom plan
 * cheaper cost more CPU under load than the search itself (docs/benchmarks.md, P3).
 */
export async function searchHouseholds(
  ctx: RequestContext,
  f: HouseholdFilter,
  pageArgs: Partial<PageArgs>,
  opts: SearchOptions = {},
): Promise<PageResult<HouseholdRow> & { totalCapped: boolean }> {
  ctx.require('household.read', '查看家庭台账');
  const p = checkPage(pageArgs);
  const inner = Math.max(COUNT_CAP + 1, offsetOf(p) + p.pageSize);
  const rows = nameOnly(f) ? await searchByName(ctx, f, p, inner, opts) : await searchInListOrder(ctx, f, p, inner, opts);
  const total = rows[0]?.matched ?? 0;
  const t = today();
  const items = rows.filter((r) => r.id !== null).map(({ matched: _n, truncated: _t, ...r }) => shape(r as RawHousehold, t));
  return { items, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP, ...p };
}

type PageRow = RawHousehold & { matched: number; truncated?: boolean; id: string | null };

/**
 * The page's columns for household `h` (`sql`) and the join they need (`join`, after `h`): current members
 * as JSON in one lateral pass that also yields the head's name when the head is among them (the usual
 * case; otherwise one lookup by id), benefits only when asked for.
 */
function pageColumns(ctx: RequestContext, opts: SearchOptions): { sql: string; join: string; params: unknown[] } {
  const acc = householdAccessSql(ctx, 'h.id');
  const benefits = opts.benefits === false ? '' : `, ${BENEFITS_JSON} as benefits`;
  const members = membersJson(false).replace(
    /^\(select coalesce\((json_agg\([\s\S]*\)), '\[\]'::json\)\n/,
    (_m, agg: string) => `(select coalesce(${agg}, '[]'::json) as members, max(p.name) filter (where p.id = h.head_person_id) as head_name\n`,
  );
  if (members === membersJson(false)) throw new Error('membersJson changed shape');
  return {
    sql: `${HOUSEHOLD_FIELDS}, coalesce(hm.head_name, ${HEAD_NAME}) as "headName", ${acc.sql} as related, hm.members${benefits}`,
    join: `left join lateral ${members} hm on true`,
    params: acc.params,
  };
}

async function searchInListOrder(ctx: RequestContext, f: HouseholdFilter, p: PageArgs, inner: number, opts: SearchOptions): Promise<PageRow[]> {
  const { where, params, selective } = filterSql(ctx, f, await matchNames(ctx, f));
  const cols = pageColumns(ctx, opts);
  const order = selective ? `(h.area_code || ''), h.created_at, h.id` : 'h.area_code, h.created_at, h.id';
  // A page past the hits still returns the count row.
  const [result] = await scopedReadBatch(
    ctx,
    [
      {
        sql: `with hits as (select h.id, h.area_code as ac, h.created_at as ca from household h where ${where} order by ${order} limit ?)
     select c.matched, ${cols.sql}
       from (select count(*)::int as matched from hits) c
       left join lateral (select id, ac, ca from hits order by ac, ca, id offset ? limit ?) x on true
       left join household h on h.id = x.id
       ${AREA_JOIN}
       ${cols.join}
      order by x.ac, x.ca, x.id`,
        params: [...params, inner, ...cols.params, offsetOf(p), p.pageSize],
        prepared: true,
        generic: true,
      },
    ],
    { replica: true },
  );
  return result as PageRow[];
}

/** A name (prefix) with no other filter than an area: searched from the person side. */
function nameOnly(f: HouseholdFilter): boolean {
  const c = classify(f);
  return !!c.name && !c.idNumber && !c.phone && !f.tier && !f.programCode && !f.benefitStatus;
}

/**
 * Name search from the person side: persons whose name starts with the keyword, read from the
 * (name, area_code) index in that order and only as many as needed (`limit`), grouped into their
 * households; a household ranks by its first matching member's (name, village), then its id.
 * Reading the first L persons is exact for every household whose first match lies strictly before
 * the L-th person's (name, village); when the read was cut (`truncated`), later ones are left out and,
 * if too few households remain for the page and the count, the read is repeated with a larger L.
 * A bare common surname ("王", 9% of a district) thus reads ~1,000 index entries instead of probing
 * thousands of households in list order.
 */
async function searchByName(ctx: RequestContext, f: HouseholdFilter, p: PageArgs, inner: number, opts: SearchOptions): Promise<PageRow[]> {
  const name = classify(f).name!;
  const match = prefixSql('p.name', name);
  const pScope = areaSql(ctx, 'p.area_code');
  const pArea = f.areaCode ? prefixSql('p.area_code', areaFilterPrefix(f.areaCode)) : { sql: 'true', params: [] };
  const { where, params } = filterSql(ctx, { ...f, keyword: null });
  const cols = pageColumns(ctx, opts);
  // Households in rank order are joined one by one (lateral) and the walk stops at `inner` hits.
  const sql = `with pm as (select p.household_id, p.name, p.area_code from person p
        where ${match.sql} and ${pScope.sql} and ${pArea.sql} and p.household_id is not null order by p.name, p.area_code limit ?),
      cut as (select count(*) = ? as truncated, max(name) as last_name from pm),
      cut_area as (select max(area_code) as last_area from pm where name = (select last_name from cut)),
      ranked as (select household_id, min(name) as nm, min(area_code) as ac from pm group by household_id
        having not (select truncated from cut) or min(name) < (select last_name from cut)
            or (min(name) = (select last_name from cut) and min(area_code) < (select last_area from cut_area))
        order by nm, ac, household_id),
      hits as (select r.household_id as id, r.nm, r.ac from ranked r
        cross join lateral (select 1 from household h where h.id = r.household_id and ${where}) h
        order by r.nm, r.ac, r.household_id limit ?)
     select c.matched, (select truncated from cut) as truncated, ${cols.sql}
       from (select count(*)::int as matched from hits) c
       left join lateral (select id, nm, ac from hits order by nm, ac, id offset ? limit ?) x on true
       left join household h on h.id = x.id
       ${AREA_JOIN}
       ${cols.join}
      order by x.nm, x.ac, x.id`;
  for (const limit of [2 * inner, 20 * inner, 2 ** 31 - 1]) {
    const [result] = await scopedReadBatch(
      ctx,
      [
        {
          sql,
          params: [...match.params, ...pScope.params, ...pArea.params, limit, limit, ...params, inner, ...cols.params, offsetOf(p), p.pageSize],
          prepared: true,
          generic: true,
        },
      ],
      { replica: true },
    );
    const rows = result as PageRow[];
    if (!rows[0]?.truncated || rows[0].matched >= inner) return rows;
  }
  throw new Error('unreachable: the last read is not limited');
}

export interface IncomeRow {
  id: string;
  personId: string;
  personName: string;
  category: string;
  month: string;
  amountFen: number;
  note: string | null;
}
export interface AssetRow {
  id: string;
  personId: string | null;
  personName: string | null;
  kind: string;
  valueFen: number;
  detail: unknown;
  note: string | null;
}
export interface TierChangeRow {
  id: string;
  fromTier: string | null;
  toTier: string | null;
  reason: string;
  actorName: string;
  at: Date;
}
export interface EventRow {
  id: string;
  kind: string;
  summary: string;
  actorName: string;
  at: Date;
}

export interface HouseholdDetail extends HouseholdRow {
  formerMembers: MemberRow[];
  incomes: IncomeRow[] | null;
  assets: AssetRow[] | null;
  tierHistory: TierChangeRow[] | null;
  events: EventRow[] | null;
}

/** One household: FULL detail for windows in their area and involved departments, else the shared view. The view is logged. */
export async function getHousehold(ctx: RequestContext, id: string): Promise<HouseholdDetail> {
  ctx.require('household.read', '查看家庭台账');
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'h.area_code');
    const acc = householdAccessSql(ctx, 'h.id');
    const rows = await sqlRows<RawHousehold>(
      em,
      `select ${HOUSEHOLD_COLUMNS}, ${acc.sql} as related, ${membersJson(true)} as members, ${BENEFITS_JSON} as benefits
         from household h ${AREA_JOIN} where h.id = ? and ${scope.sql}`,
      [...acc.params, id, ...scope.params],
    );
    if (!rows.length) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
    const base = shape(rows[0]);
    const full = base.access === 'FULL';
    const detail: HouseholdDetail = {
      ...base,
      members: base.members.filter((m) => !m.deceased),
      formerMembers: full ? base.members.filter((m) => m.deceased) : [],
      incomes: null,
      assets: null,
      tierHistory: null,
      events: null,
    };
    if (full) {
      const incomes = await sqlRows<IncomeRow & { amountFen: string }>(
        em,
        `select i.id, i.person_id as "personId", p.name as "personName", i.category, i.month::text as month, i.amount_fen::text as "amountFen", i.note
           from person_income i join person p on p.id = i.person_id where i.household_id = ? order by i.month desc, p.name, i.category`,
        [id],
      );
      detail.incomes = incomes.map((i) => ({ ...i, amountFen: Number(i.amountFen) }));
      const assets = await sqlRows<AssetRow & { valueFen: string }>(
        em,
        `select s.id, s.person_id as "personId", p.name as "personName", s.kind, s.value_fen::text as "valueFen", s.detail, s.note
           from person_asset s left join person p on p.id = s.person_id where s.household_id = ? order by s.kind, s.created_at`,
        [id],
      );
      detail.assets = assets.map((s) => ({ ...s, valueFen: Number(s.valueFen) }));
      detail.tierHistory = await sqlRows<TierChangeRow>(
        em,
        `select id, from_tier as "fromTier", to_tier as "toTier", reason, actor_name as "actorName", at from tier_history where household_id = ? order by at desc`,
        [id],
      );
      detail.events = await sqlRows<EventRow>(
        em,
        `select id, kind, summary, actor_name as "actorName", at from household_event where household_id = ? order by at desc limit 200`,
        [id],
      );
    }
    await recordAudit(ctx, { action: 'household.viewed', entityType: 'household', entityId: id, detail: { access: base.access } });
    return detail;
  });
}

export interface IdCheck {
  valid: boolean;
  message: string | null;
  normalised: string | null;
  birthDate: string | null;
  sex: string | null;
  age: number | null;
  existing: { householdId: string | null; areaName: string | null; inScope: boolean; personName: string | null; active: boolean } | null;
}

/**
 * Live ID check for the registration form: validity, derived birth date/sex, and whether the
 * person is already registered ("已登记在 XX村"). Outside the caller's area only the village
 * name is disclosed.
 */
export async function checkIdNumber(ctx: RequestContext, raw: string): Promise<IdCheck> {
  ctx.require('household.write', '登记家庭');
  const r = parseIdNumber(raw ?? '');
  if (!r.ok) return { valid: false, message: r.message, normalised: null, birthDate: null, sex: null, age: null, existing: null };
  const v = r.value;
  // Across villages, but only within the actor's own district.
  const district = prefixSql('p.area_code', (ctx.actor.areaCode ?? '').slice(0, 6) || '\u0000');
  const existing = await ctx.tx(() =>
    ctx
      .asSystem('id-check', async (em) => {
        const rows = await sqlRows<{ householdId: string | null; areaCode: string; areaName: string | null; name: string; active: boolean }>(
          em,
          `select p.household_id as "householdId", p.area_code as "areaCode", a.name as "areaName", p.name,
            exists (select 1 from membership m where m.person_id = p.id and m.to_date is null) as active
           from person p left join area a on a.code = p.area_code where p.id_bidx = any(?::varchar[]) and ${district.sql}`,
          [idLookup(ctx.runtime.fieldCrypto, v.idNumber), ...district.params],
        );
        return rows[0] ?? null;
      })
      .then(async (found) => {
        // A hit tells the clerk someone is registered (and where): that lookup is logged; misses are not,
        // since the registration form checks every ID as it is typed.
        if (found) {
          await recordAudit(ctx, {
            action: 'person.id_checked',
            entityType: 'person',
            detail: { foundArea: found.areaCode, inScope: isInScope(ctx, found.areaCode) },
          });
        }
        return found;
      }),
  );
  let ex: IdCheck['existing'] = null;
  if (existing) {
    const inScope = ctx.areaPrefix === '*' || existing.areaCode.startsWith(ctx.areaPrefix ?? '\u0000');
    ex = {
      householdId: inScope ? existing.householdId : null,
      areaName: existing.areaName,
      inScope,
      personName: inScope ? existing.name : null,
      active: existing.active,
    };
  }
  return {
    valid: true,
    message: ex ? `该身份证号已登记在${ex.areaName ?? '其他区域'}${ex.inScope && ex.personName ? `（${ex.personName}）` : ''}` : null,
    normalised: v.idNumber,
    birthDate: v.birthDate,
    sex: v.sex,
    age: ageOn(v.birthDate, todayCn()),
    existing: ex,
  };
}
