import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ASSET_KINDS,
  DISABILITY_TYPES,
  EMPLOYMENT_STATUSES,
  INCOME_CATEGORIES,
  LABOUR_CAPACITIES,
  RELATIONS,
  RESIDENCE_TYPES,
  parsePersonName,
  SCHOOL_STATUSES,
  SPECIAL_STATUSES,
  type CodeList,
} from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, isMonth, monthStart, nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { assertInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { PersonAsset, PersonIncome } from './facts.entity';
import { Household } from './household.entity';
import { normalisePhone, requireIdNumber, sealId, sealPhone } from './identity';
import {
  addEvent,
  assertHouseholdSize,
  closeIfEmpty,
  duplicateIdError,
  findPersonByIdNumber,
  lockHousehold,
  moveHouseholdArea,
  recomputeTier,
  requireVillage,
} from './ledger-write';
import { Membership } from './membership.entity';
import { Person } from './person.entity';

export interface PersonFactsInput {
  labourCapacity?: string | null;
  disabilityType?: string | null;
  disabilityGrade?: number | null;
  disabilityCert?: string | null;
  seriousIllness?: string | null;
  schoolStatus?: string | null;
  employmentStatus?: string | null;
  statuses?: string[] | null;
}

export interface MemberInput extends PersonFactsInput {
  name: string;
  idNumber: string;
  relation: string;
  phone?: string | null;
}

export interface HouseholdInput {
  areaCode: string;
  groupNo?: string | null;
  address: string;
  residenceType: string;
  phone?: string | null;
}

function code(list: CodeList, value: string | null | undefined, field: string, what: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!(value in list)) throw new AppError('BAD_USER_INPUT', `${what}不正确：${value}`, { field });
  return value;
}

function text(value: string | null | undefined, max: number, field: string, what: string, required = false): string | null {
  const v = (value ?? '').trim();
  if (!v) {
    if (required) throw new AppError('BAD_USER_INPUT', `请填写${what}`, { field });
    return null;
  }
  if (v.length > max) throw new AppError('BAD_USER_INPUT', `${what}不能超过 ${max} 个字`, { field });
  return v;
}

/** A person's name by the one rule of `@xiejiu/rules` (汉字 incl. 生僻字, ·, Latin letters, spaces). */
export function validName(name: string | null | undefined, field = 'name'): string {
  const r = parsePersonName(name);
  if (!r.ok) throw new AppError('BAD_USER_INPUT', r.message, { field });
  return r.value;
}

function facts(input: PersonFactsInput, prefix = ''): Partial<Person> {
  const out: Partial<Person> = {};
  if (input.labourCapacity !== undefined) out.labourCapacity = code(LABOUR_CAPACITIES, input.labourCapacity, `${prefix}labourCapacity`, '劳动能力');
  if (input.disabilityType !== undefined) out.disabilityType = code(DISABILITY_TYPES, input.disabilityType, `${prefix}disabilityType`, '残疾类别');
  if (input.disabilityGrade !== undefined) {
    const g = input.disabilityGrade;
    if (g !== null && (!Number.isInteger(g) || g < 1 || g > 4))
      throw new AppError('BAD_USER_INPUT', '残疾等级应为 1–4 级', { field: `${prefix}disabilityGrade` });
    out.disabilityGrade = g;
  }
  if (input.disabilityCert !== undefined) out.disabilityCert = text(input.disabilityCert, 40, `${prefix}disabilityCert`, '残疾证号');
  if (input.seriousIllness !== undefined) out.seriousIllness = text(input.seriousIllness, 100, `${prefix}seriousIllness`, '重病情况');
  if (input.schoolStatus !== undefined) out.schoolStatus = code(SCHOOL_STATUSES, input.schoolStatus, `${prefix}schoolStatus`, '在学状态');
  if (input.employmentStatus !== undefined) out.employmentStatus = code(EMPLOYMENT_STATUSES, input.employmentStatus, `${prefix}employmentStatus`, '就业状态');
  if (input.statuses !== undefined && input.statuses !== null) {
    for (const s of input.statuses) code(SPECIAL_STATUSES, s, `${prefix}statuses`, '特殊状态');
    if (input.statuses.includes('DECEASED')) throw new AppError('BAD_USER_INPUT', '死亡请使用“标记死亡”登记死亡日期', { field: `${prefix}statuses` });
    out.statuses = [...new Set(input.statuses)];
  }
  if (
    (out.disabilityType && out.disabilityGrade == null && input.disabilityGrade === undefined) ||
    (out.disabilityGrade && !out.disabilityType && input.disabilityType === undefined)
  ) {
    throw new AppError('BAD_USER_INPUT', '残疾类别和残疾等级须同时填写', { field: `${prefix}disabilityGrade` });
  }
  return out;
}

/** A snapshot for the operation log: identifiers appear only masked. */
const personSnapshot = (p: Person) => ({
  name: p.name,
  idNumber: p.idMasked,
  phone: p.phoneMasked,
  labourCapacity: p.labourCapacity,
  disabilityType: p.disabilityType,
  disabilityGrade: p.disabilityGrade,
  seriousIllness: p.seriousIllness,
  schoolStatus: p.schoolStatus,
  employmentStatus: p.employmentStatus,
  statuses: (p.statuses ?? []).join(','),
  deathDate: p.deathDate,
});
const householdSnapshot = (h: Household) => ({
  areaCode: h.areaCode,
  groupNo: h.groupNo,
  address: h.address,
  residenceType: h.residenceType,
  phone: h.phoneMasked,
});

async function newPerson(ctx: RequestContext, em: EntityManager, h: Household, m: MemberInput, i: number, since: string): Promise<Person> {
  const prefix = `members.${i}.`;
  const id = requireIdNumber(m.idNumber, `${prefix}idNumber`);
  const sealed = sealId(ctx.runtime.fieldCrypto, id.idNumber);
  const existing = await findPersonByIdNumber(ctx, id.idNumber);
  if (existing) throw duplicateIdError(ctx, sealed.idMasked, existing, `${prefix}idNumber`);
  const phone = normalisePhone(m.phone, `${prefix}phone`);
  const p = em.create(Person, {
    name: validName(m.name, `${prefix}name`),
    ...sealed,
    birthDate: id.birthDate,
    sex: id.sex,
    ...(phone ? sealPhone(ctx.runtime.fieldCrypto, phone) : {}),
    areaCode: h.areaCode,
    householdId: h.id,
    ...facts(m, prefix),
    createdAt: nowOf(ctx),
    updatedAt: nowOf(ctx),
  });
  em.create(Membership, {
    householdId: h.id,
    personId: p.id,
    areaCode: h.areaCode,
    relation: code(RELATIONS, m.relation, `${prefix}relation`, '与户主关系') ?? 'OTHER',
    fromDate: since,
    createdAt: nowOf(ctx),
  });
  return p;
}

function validateHousehold(input: Partial<HouseholdInput>) {
  return {
    groupNo: input.groupNo === undefined ? undefined : text(input.groupNo, 20, 'groupNo', '组'),
    address: input.address === undefined ? undefined : text(input.address, 200, 'address', '详细地址', true)!,
    residenceType: input.residenceType === undefined ? undefined : (code(RESIDENCE_TYPES, input.residenceType, 'residenceType', '城乡类别') ?? undefined),
    phone: input.phone === undefined ? undefined : normalisePhone(input.phone, 'phone'),
  };
}

/** 一表登记: a household with its members in one transaction (all or nothing). */
export async function createHousehold(ctx: RequestContext, input: HouseholdInput & { members: MemberInput[] }): Promise<string> {
  ctx.require('household.write', '登记家庭');
  const v = validateHousehold(input);
  if (!v.residenceType) throw new AppError('BAD_USER_INPUT', '请选择城乡类别', { field: 'residenceType' });
  const members = input.members ?? [];
  if (!members.length) throw new AppError('BAD_USER_INPUT', '至少登记一名家庭成员', { field: 'members' });
  await assertHouseholdSize(ctx, null, null, members.length);
  if (members.filter((m) => m.relation === 'HEAD').length !== 1) throw new AppError('BAD_USER_INPUT', '须有且只有一名户主', { field: 'members' });
  const ids = members.map((m, i) => requireIdNumber(m.idNumber, `members.${i}.idNumber`).idNumber);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new AppError('BAD_USER_INPUT', '同一身份证号在表中出现了两次', { field: 'members' });
  return ctx.tx(async (em) => {
    await requireVillage(ctx, em, input.areaCode);
    const since = todayOf(ctx);
    const h = em.create(Household, {
      areaCode: input.areaCode,
      groupNo: v.groupNo ?? null,
      address: v.address!,
      residenceType: v.residenceType!,
      ...(v.phone ? sealPhone(ctx.runtime.fieldCrypto, v.phone) : {}),
      createdAt: nowOf(ctx),
      updatedAt: nowOf(ctx),
    });
    const persons: Person[] = [];
    for (let i = 0; i < members.length; i++) persons.push(await newPerson(ctx, em, h, members[i], i, since));
    h.headPersonId = persons[members.findIndex((m) => m.relation === 'HEAD')].id;
    await em.flush();
    await addEvent(ctx, em, h, 'household.created', `登记新户，家庭成员 ${persons.length} 人`);
    await recordAudit(ctx, {
      action: 'household.created',
      entityType: 'household',
      entityId: h.id,
      after: { ...householdSnapshot(h), members: persons.map((p) => `${p.name}(${p.idMasked})`).join('、') },
    });
    return h.id;
  });
}

export async function updateHousehold(ctx: RequestContext, id: string, input: Partial<HouseholdInput>): Promise<void> {
  ctx.require('household.write', '修改家庭信息');
  const v = validateHousehold(input);
  await ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, id);
    const before = householdSnapshot(h);
    if (v.groupNo !== undefined) h.groupNo = v.groupNo;
    if (v.address !== undefined) h.address = v.address;
    if (v.residenceType !== undefined) h.residenceType = v.residenceType;
    if (v.phone !== undefined) Object.assign(h, v.phone ? sealPhone(ctx.runtime.fieldCrypto, v.phone) : { phoneEnc: null, phoneBidx: null, phoneMasked: null });
    let move: { from: string; to: string; rows: Record<string, number> } | null = null;
    if (input.areaCode && input.areaCode !== h.areaCode) {
      await requireVillage(ctx, em, input.areaCode);
      await em.flush();
      move = { from: h.areaCode, to: input.areaCode, rows: await moveHouseholdArea(ctx, h.id, input.areaCode) };
      await em.refresh(h);
    }
    await em.flush();
    await addEvent(ctx, em, h, 'household.updated', '修改家庭基本信息');
    await recordAudit(ctx, { action: 'household.updated', entityType: 'household', entityId: id, before, after: householdSnapshot(h) });
    if (move) await logMove(ctx, em, h, move);
  });
}

/** A household move: one event on the household and one operation-log entry with the rows moved per table. */
async function logMove(ctx: RequestContext, em: EntityManager, h: Household, move: { from: string; to: string; rows: Record<string, number> }): Promise<void> {
  const names = new Map(
    (await sqlRows<{ code: string; name: string }>(em, `select code, name from area where code in (?, ?)`, [move.from, move.to])).map((a) => [a.code, a.name]),
  );
  const cases = move.rows.application ?? 0;
  const referrals = move.rows.referral ?? 0;
  await addEvent(
    ctx,
    em,
    h,
    'household.moved',
    `由${names.get(move.from) ?? move.from}迁至${names.get(move.to) ?? move.to}${cases ? `，${cases} 件申请（${referrals} 张转办单）随户转由迁入地办理` : ''}`,
    { from: move.from, to: move.to, rows: move.rows },
  );
  await recordAudit(ctx, {
    action: 'household.moved',
    entityType: 'household',
    entityId: h.id,
    before: { areaCode: move.from },
    after: { areaCode: move.to },
    detail: { rows: move.rows },
  });
}

/** Adds a member: a new person, or a registered person who currently belongs to no household. */
export async function addMember(ctx: RequestContext, householdId: string, m: MemberInput): Promise<string> {
  ctx.require('household.write', '增加家庭成员');
  return ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, householdId);
    if (m.relation === 'HEAD') throw new AppError('BAD_USER_INPUT', '本户已有户主；如需更换户主请使用“变更户主”', { field: 'relation' });
    await assertHouseholdSize(ctx, em, h.id, 1);
    const p = await newPerson(ctx, em, h, m, 0, todayOf(ctx));
    await em.flush();
    await addEvent(ctx, em, h, 'member.added', `增加成员 ${p.name}`);
    await recordAudit(ctx, { action: 'household.member_added', entityType: 'household', entityId: h.id, after: personSnapshot(p) });
    return p.id;
  });
}

export interface PersonUpdateInput extends PersonFactsInput {
  name?: string | null;
  phone?: string | null;
  idNumber?: string | null;
  relation?: string | null;
}

async function lockPerson(ctx: RequestContext, em: EntityManager, personId: string): Promise<Person> {
  const rows = await sqlRows<{ id: string }>(em, `select id from person where id = ? for update`, [personId]);
  if (!rows.length) throw new AppError('NOT_FOUND', '人员不存在或不在您的管辖范围内');
  const p = await em.findOneOrFail(Person, { id: personId });
  await em.refresh(p);
  assertInScope(ctx, p.areaCode, '人员');
  return p;
}

export async function updatePerson(ctx: RequestContext, personId: string, input: PersonUpdateInput): Promise<void> {
  ctx.require('household.write', '修改成员信息');
  await ctx.tx(async (em) => {
    const p = await lockPerson(ctx, em, personId);
    if (!p.householdId) throw new AppError('CONFLICT', '该人员当前不属于任何家庭');
    const h = await lockHousehold(ctx, em, p.householdId);
    const before = personSnapshot(p);
    if (input.name !== undefined && input.name !== null) p.name = validName(input.name);
    if (input.phone !== undefined) {
      const phone = normalisePhone(input.phone);
      Object.assign(p, phone ? sealPhone(ctx.runtime.fieldCrypto, phone) : { phoneEnc: null, phoneBidx: null, phoneMasked: null });
    }
    if (input.idNumber) {
      const id = requireIdNumber(input.idNumber);
      const sealed = sealId(ctx.runtime.fieldCrypto, id.idNumber);
      if (sealed.idBidx !== p.idBidx) {
        const existing = await findPersonByIdNumber(ctx, id.idNumber);
        if (existing) throw duplicateIdError(ctx, sealed.idMasked, existing);
        Object.assign(p, sealed, { birthDate: id.birthDate, sex: id.sex });
      }
    }
    Object.assign(p, facts(input));
    if (input.relation) {
      const rel = code(RELATIONS, input.relation, 'relation', '与户主关系')!;
      if (rel === 'HEAD' && h.headPersonId !== p.id) throw new AppError('BAD_USER_INPUT', '更换户主请使用“变更户主”', { field: 'relation' });
      await em.execute(`update membership set relation = ? where person_id = ? and to_date is null`, [rel, p.id]);
    }
    await em.flush();
    await addEvent(ctx, em, h, 'member.updated', `修改成员 ${p.name} 的信息`);
    await recordAudit(ctx, { action: 'person.updated', entityType: 'person', entityId: p.id, before, after: personSnapshot(p) });
  });
}

/** 变更户主: the new head's relation becomes HEAD, the old head gets the given relation. */
export async function changeHead(ctx: RequestContext, householdId: string, newHeadPersonId: string, formerHeadRelation?: string | null): Promise<void> {
  ctx.require('household.write', '变更户主');
  await ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, householdId);
    // The former head stays a member with a new relation; a household without a head needs none.
    const rel =
      h.headPersonId && h.headPersonId !== newHeadPersonId ? code(RELATIONS, formerHeadRelation, 'formerHeadRelation', '原户主与新户主关系') : 'OTHER';
    if (!rel || rel === 'HEAD') throw new AppError('BAD_USER_INPUT', '请选择原户主与新户主的关系', { field: 'formerHeadRelation' });
    const active = await sqlRows<{ personId: string }>(em, `select person_id as "personId" from membership where household_id = ? and to_date is null`, [h.id]);
    if (!active.some((a) => a.personId === newHeadPersonId)) throw new AppError('BAD_USER_INPUT', '新户主须是本户现有成员', { field: 'newHeadPersonId' });
    const old = h.headPersonId;
    if (old && old !== newHeadPersonId) await em.execute(`update membership set relation = ? where person_id = ? and to_date is null`, [rel, old]);
    await em.execute(`update membership set relation = 'HEAD' where person_id = ? and to_date is null`, [newHeadPersonId]);
    h.headPersonId = newHeadPersonId;
    await em.flush();
    const [{ name }] = await sqlRows<{ name: string }>(em, `select name from person where id = ?`, [newHeadPersonId]);
    await addEvent(ctx, em, h, 'head.changed', `户主变更为 ${name}`);
    await recordAudit(ctx, {
      action: 'household.head_changed',
      entityType: 'household',
      entityId: h.id,
      before: { headPersonId: old },
      after: { headPersonId: newHeadPersonId },
    });
  });
}

/**
 * 标记死亡: closes the membership at the death date, keeps the person in the household's
 * history, and re-derives the tier (the deceased's personal benefits stop counting; stopping
 * their payment stays with the owning department).
 */
export async function markDeceased(ctx: RequestContext, personId: string, deathDate: string, newHeadPersonId?: string | null): Promise<void> {
  ctx.require('household.write', '登记死亡');
  if (!isIsoDate(deathDate ?? '')) throw new AppError('BAD_USER_INPUT', '请填写正确的死亡日期', { field: 'deathDate' });
  if (deathDate > todayOf(ctx)) throw new AppError('BAD_USER_INPUT', '死亡日期不能晚于今天', { field: 'deathDate' });
  await ctx.tx(async (em) => {
    const p = await lockPerson(ctx, em, personId);
    if (p.deathDate) throw new AppError('CONFLICT', `${p.name} 已登记死亡`);
    if (deathDate < p.birthDate) throw new AppError('BAD_USER_INPUT', '死亡日期不能早于出生日期', { field: 'deathDate' });
    if (!p.householdId) throw new AppError('CONFLICT', '该人员当前不属于任何家庭');
    const h = await lockHousehold(ctx, em, p.householdId);
    const before = personSnapshot(p);
    p.deathDate = deathDate;
    p.statuses = [...new Set([...(p.statuses ?? []), 'DECEASED'])];
    await em.flush();
    await em.execute(`update membership set to_date = greatest(from_date, ?::date), end_reason = 'DECEASED' where person_id = ? and to_date is null`, [
      deathDate,
      p.id,
    ]);
    if (h.headPersonId === p.id) {
      h.headPersonId = null;
      await em.flush();
      if (newHeadPersonId) await changeHead(ctx, h.id, newHeadPersonId);
    }
    const [{ n }] = await sqlRows<{ n: number }>(
      em,
      `select count(*)::int as n from benefit where person_id = ? and status in ('ACTIVE', 'PHASE_OUT', 'APPLYING')`,
      [p.id],
    );
    await addEvent(
      ctx,
      em,
      h,
      'member.deceased',
      `${p.name} 于 ${deathDate} 死亡${n ? `；其名下 ${n} 项救助待主管部门停发` : ''}${h.headPersonId ? '' : '；请指定新户主'}`,
    );
    await closeIfEmpty(ctx, em, h, '成员均已死亡');
    await recomputeTier(ctx, em, h.id, `${p.name} 死亡`);
    await recordAudit(ctx, { action: 'person.deceased', entityType: 'person', entityId: p.id, before, after: personSnapshot(p) });
  });
}

export type UnmaskField = 'ID_NUMBER' | 'PHONE';

/**
 * Shows a full ID number or phone: needs household.unmask, detail access to the household and a
 * stated reason; every unmasking is in the operation log.
 */
export async function unmask(
  ctx: RequestContext,
  target: { personId?: string | null; householdId?: string | null },
  field: UnmaskField,
  reason: string,
): Promise<string> {
  ctx.require('household.unmask', '查看完整身份信息');
  const why = (reason ?? '').trim();
  if (why.length < 4) throw new AppError('BAD_USER_INPUT', '请说明查看理由（至少 4 个字）', { field: 'reason' });
  if (why.length > 200) throw new AppError('BAD_USER_INPUT', '理由不能超过 200 字', { field: 'reason' });
  return ctx.tx(async (em) => {
    let sealed: string | null;
    let householdId: string;
    let entity: { type: string; id: string };
    if (target.personId) {
      const rows = await sqlRows<{ householdId: string; idEnc: string; phoneEnc: string | null }>(
        em,
        `select household_id as "householdId", id_enc as "idEnc", phone_enc as "phoneEnc" from person where id = ?`,
        [target.personId],
      );
      if (!rows.length) throw new AppError('NOT_FOUND', '人员不存在或不在您的管辖范围内');
      householdId = rows[0].householdId;
      sealed = field === 'ID_NUMBER' ? rows[0].idEnc : rows[0].phoneEnc;
      entity = { type: 'person', id: target.personId };
    } else if (target.householdId && field === 'PHONE') {
      const rows = await sqlRows<{ phoneEnc: string | null }>(em, `select phone_enc as "phoneEnc" from household where id = ?`, [target.householdId]);
      if (!rows.length) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
      householdId = target.householdId;
      sealed = rows[0].phoneEnc;
      entity = { type: 'household', id: target.householdId };
    } else {
      throw new AppError('BAD_USER_INPUT', '请指定要查看的人员或家庭');
    }
    const scope = ctx.detailScope;
    const involved =
      scope === 'area' ||
      (!!scope && (await sqlRows(em, `select 1 from benefit where household_id = ? and department_id::text = ? limit 1`, [householdId, scope])).length > 0);
    if (!involved) throw new AppError('FORBIDDEN', '只有办理该户事项的部门或辖区窗口可以查看完整信息');
    if (!sealed) throw new AppError('NOT_FOUND', field === 'PHONE' ? '未登记联系电话' : '未登记身份证号');
    const plain = ctx.runtime.fieldCrypto.decrypt(sealed);
    await recordAudit(ctx, { action: 'person.unmasked', entityType: entity.type, entityId: entity.id, detail: { field, reason: why, householdId } });
    return plain;
  });
}

export interface IncomeInput {
  personId: string;
  category: string;
  month: string;
  amountFen: number;
  note?: string | null;
}

/** Records (or replaces) one monthly income item of a member. */
export async function setIncome(ctx: RequestContext, input: IncomeInput): Promise<void> {
  ctx.require('household.write', '登记收入');
  const category = code(INCOME_CATEGORIES, input.category, 'category', '收入类别');
  if (!category) throw new AppError('BAD_USER_INPUT', '请选择收入类别', { field: 'category' });
  if (!isMonth(input.month ?? '')) throw new AppError('BAD_USER_INPUT', '月份应为 YYYY-MM 格式的真实月份（如 2026-11）', { field: 'month' });
  const month = monthStart(input.month);
  if (!Number.isInteger(input.amountFen) || input.amountFen < 0 || input.amountFen > 1e11)
    throw new AppError('BAD_USER_INPUT', '金额须为非负整数（分）', { field: 'amountFen' });
  await ctx.tx(async (em) => {
    const p = await lockPerson(ctx, em, input.personId);
    if (!p.householdId) throw new AppError('CONFLICT', '该人员当前不属于任何家庭');
    const h = await lockHousehold(ctx, em, p.householdId);
    const existing = await em.findOne(PersonIncome, { personId: p.id, category, month });
    const before = existing ? { amountFen: Number(existing.amountFen) } : null;
    if (existing) {
      existing.amountFen = String(input.amountFen);
      existing.note = text(input.note, 200, 'note', '备注');
    } else {
      em.create(PersonIncome, {
        personId: p.id,
        householdId: h.id,
        areaCode: h.areaCode,
        category,
        month,
        amountFen: String(input.amountFen),
        note: text(input.note, 200, 'note', '备注'),
        createdAt: nowOf(ctx),
      });
    }
    await em.flush();
    await addEvent(ctx, em, h, 'income.set', `登记 ${p.name} ${month.slice(0, 7)} ${INCOME_CATEGORIES[category]} ${(input.amountFen / 100).toFixed(2)} 元`);
    await recordAudit(ctx, { action: 'income.set', entityType: 'person', entityId: p.id, before, after: { category, month, amountFen: input.amountFen } });
  });
}

export async function deleteIncome(ctx: RequestContext, incomeId: string): Promise<void> {
  ctx.require('household.write', '删除收入');
  await ctx.tx(async (em) => {
    const i = await em.findOne(PersonIncome, { id: incomeId });
    if (!i) throw new AppError('NOT_FOUND', '收入记录不存在');
    const h = await lockHousehold(ctx, em, i.householdId);
    await em.remove(i).flush();
    await addEvent(ctx, em, h, 'income.deleted', `删除 ${i.month.slice(0, 7)} ${INCOME_CATEGORIES[i.category] ?? i.category} 收入记录`);
    await recordAudit(ctx, {
      action: 'income.deleted',
      entityType: 'person',
      entityId: i.personId,
      before: { category: i.category, month: i.month, amountFen: Number(i.amountFen) },
    });
  });
}

export interface AssetInput {
  householdId: string;
  personId?: string | null;
  kind: string;
  valueFen: number;
  detail?: Record<string, unknown> | null;
  note?: string | null;
}

export async function addAsset(ctx: RequestContext, input: AssetInput): Promise<string> {
  ctx.require('household.write', '登记财产');
  const kind = code(ASSET_KINDS, input.kind, 'kind', '财产类别');
  if (!kind) throw new AppError('BAD_USER_INPUT', '请选择财产类别', { field: 'kind' });
  if (!Number.isInteger(input.valueFen) || input.valueFen < 0 || input.valueFen > 1e13)
    throw new AppError('BAD_USER_INPUT', '价值须为非负整数（分）', { field: 'valueFen' });
  if (input.detail && JSON.stringify(input.detail).length > 2000) throw new AppError('BAD_USER_INPUT', '财产说明过长', { field: 'detail' });
  return ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, input.householdId);
    if (input.personId) {
      const ok = await sqlRows(em, `select 1 from membership where person_id = ? and household_id = ? and to_date is null`, [input.personId, h.id]);
      if (!ok.length) throw new AppError('BAD_USER_INPUT', '财产所有人须是本户成员', { field: 'personId' });
    }
    const a = em.create(PersonAsset, {
      householdId: h.id,
      personId: input.personId ?? null,
      areaCode: h.areaCode,
      kind,
      valueFen: String(input.valueFen),
      detail: input.detail ?? null,
      note: text(input.note, 200, 'note', '备注'),
    });
    await em.flush();
    await addEvent(ctx, em, h, 'asset.added', `登记财产：${ASSET_KINDS[kind]} ${(input.valueFen / 100).toFixed(2)} 元`);
    await recordAudit(ctx, { action: 'asset.added', entityType: 'household', entityId: h.id, after: { kind, valueFen: input.valueFen } });
    return a.id;
  });
}

export async function deleteAsset(ctx: RequestContext, assetId: string): Promise<void> {
  ctx.require('household.write', '删除财产');
  await ctx.tx(async (em) => {
    const a = await em.findOne(PersonAsset, { id: assetId });
    if (!a) throw new AppError('NOT_FOUND', '财产记录不存在');
    const h = await lockHousehold(ctx, em, a.householdId);
    await em.remove(a).flush();
    await addEvent(ctx, em, h, 'asset.deleted', `删除财产：${ASSET_KINDS[a.kind] ?? a.kind}`);
    await recordAudit(ctx, {
      action: 'asset.deleted',
      entityType: 'household',
      entityId: a.householdId,
      before: { kind: a.kind, valueFen: Number(a.valueFen) },
    });
  });
}
