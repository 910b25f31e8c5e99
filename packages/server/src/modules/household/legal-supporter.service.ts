import type { EntityManager } from '@mikro-orm/postgresql';
import { LEGAL_DUTIES, RELATIONS, SUPPORT_ABILITIES, UNABLE_REASONS, type CodeList } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { clip } from '../../shared/text';
import { recordAudit } from '../audit/audit.service';
import { validName } from './household.service';
import { requireIdNumber, sealId } from './identity';
import { LegalSupporter } from './legal-supporter.entity';
import { addEvent, findPersonByIdNumber, lockHousehold } from './ledger-write';

/**
 * 法定赡养/抚养/扶养义务人 of the members of a household (ADR 0023, "Ledger gaps"), and the household's
 * answer "已核实无法定义务人". Writes need `household.write` and the household in the actor's scope
 * (`lockHousehold`); every write adds a household event and an operation-log entry.
 */

export interface LegalSupporterInput {
  /** The member supported (an active member of the household). */
  personId: string;
  name: string;
  /** Optional (e.g. 下落不明 with the ID unknown); validated (GB 11643) and sealed when given. */
  idNumber?: string | null;
  duty: string;
  relation: string;
  ability?: string | null;
  unableReason?: string | null;
  monthlyIncomeFen?: number | null;
  note?: string | null;
}

export type LegalSupporterUpdate = { [K in keyof Omit<LegalSupporterInput, 'personId'>]?: LegalSupporterInput[K] | null };

export interface LegalSupporterView {
  id: string;
  personId: string;
  personName: string;
  name: string;
  idMasked: string | null;
  duty: string;
  relation: string;
  supporterPersonId: string | null;
  supporterHouseholdId: string | null;
  ability: string;
  unableReason: string | null;
  monthlyIncomeFen: number | null;
  note: string | null;
  updatedAt: Date;
  version: number;
}

const MAX_INCOME_FEN = 1e11;

function code(list: CodeList, value: string | null | undefined, field: string, what: string, required = true): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) throw new AppError('BAD_USER_INPUT', `请选择${what}`, { field });
    return null;
  }
  if (!(value in list)) throw new AppError('BAD_USER_INPUT', `${what}不正确：${value}`, { field });
  return value;
}

function note(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if ([...v].length > 200) throw new AppError('BAD_USER_INPUT', '备注不能超过 200 个字', { field: 'note' });
  return v;
}

function income(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_INCOME_FEN)
    throw new AppError('BAD_USER_INPUT', '月收入须为非负整数（分）', { field: 'monthlyIncomeFen' });
  return String(value);
}

/** ABLE / UNKNOWN carry no reason; UNABLE needs one. */
function abilityAndReason(ability: string, reason: string | null): { ability: string; unableReason: string | null } {
  if (ability === 'UNABLE') {
    if (!reason) throw new AppError('BAD_USER_INPUT', '无履行能力须选择具体情形', { field: 'unableReason' });
    return { ability, unableReason: reason };
  }
  return { ability, unableReason: null };
}

/** A snapshot for the operation log: the ID only masked. */
const snapshot = (s: LegalSupporter) => ({
  personId: s.personId,
  name: s.name,
  idNumber: s.idMasked ?? null,
  duty: s.duty,
  relation: s.relation,
  ability: s.ability,
  unableReason: s.unableReason ?? null,
  monthlyIncomeFen: s.monthlyIncomeFen == null ? null : Number(s.monthlyIncomeFen),
  supporterPersonId: s.supporterPersonId ?? null,
  note: s.note ?? null,
});

/** The member's name if `personId` is an active member of `householdId`, else BAD_USER_INPUT. */
async function activeMemberName(em: EntityManager, householdId: string, personId: string): Promise<string> {
  const rows = await sqlRows<{ name: string }>(
    em,
    `select p.name from membership m join person p on p.id = m.person_id where m.person_id = ? and m.household_id = ? and m.to_date is null`,
    [personId, householdId],
  );
  if (!rows.length) throw new AppError('BAD_USER_INPUT', '被赡养（抚养、扶养）人须是本户在册成员', { field: 'personId' });
  return rows[0].name;
}

/** The household of an active member (in the actor's scope), or NOT_FOUND. */
async function householdOfMember(em: EntityManager, personId: string): Promise<string> {
  const rows = await sqlRows<{ householdId: string }>(em, `select household_id as "householdId" from membership where person_id = ? and to_date is null`, [
    personId,
  ]);
  if (!rows.length) throw new AppError('NOT_FOUND', '人员不存在或不在您的管辖范围内');
  return rows[0].householdId;
}

/**
 * Seals the supporter's ID and links the ledger person it belongs to (blind index, every area, through
 * `findPersonByIdNumber`); refuses the member's own ID.
 */
async function sealAndMatch(ctx: RequestContext, raw: string | null | undefined, memberId: string) {
  if (raw === null || raw === undefined || raw.trim() === '') {
    return { idEnc: null, idBidx: null, idMasked: null, supporterPersonId: null, supporterHouseholdId: null };
  }
  const id = requireIdNumber(raw, 'idNumber');
  const sealed = sealId(ctx.runtime.fieldCrypto, id.idNumber);
  const existing = await findPersonByIdNumber(ctx, id.idNumber);
  if (existing?.personId === memberId) throw new AppError('BAD_USER_INPUT', '义务人不能是被赡养（抚养、扶养）人本人', { field: 'idNumber' });
  return {
    ...sealed,
    supporterPersonId: existing && !existing.deceased ? existing.personId : null,
    supporterHouseholdId: existing && !existing.deceased && existing.active ? existing.householdId : null,
  };
}

async function assertNotListed(em: EntityManager, memberId: string, idBidx: string | null, exceptId?: string): Promise<void> {
  if (!idBidx) return;
  const rows = await sqlRows(em, `select 1 from legal_supporter where person_id = ? and id_bidx = ? ${exceptId ? 'and id <> ?' : ''} limit 1`, [
    memberId,
    idBidx,
    ...(exceptId ? [exceptId] : []),
  ]);
  if (rows.length) throw new AppError('CONFLICT', '该义务人已登记为此成员的法定义务人', { field: 'idNumber' });
}

/** The legal supporters of a household (FULL access only: the caller checks; RLS limits to detail access). */
export async function listLegalSupporters(ctx: RequestContext, householdId: string): Promise<LegalSupporterView[]> {
  return ctx.tx(async (em) => {
    const rows = await sqlRows<LegalSupporterView & { monthlyIncomeFen: string | null }>(
      em,
      `select s.id, s.person_id as "personId", p.name as "personName", s.name, s.id_masked as "idMasked", s.duty, s.relation,
              s.supporter_person_id as "supporterPersonId", s.supporter_household_id as "supporterHouseholdId", s.ability,
              s.unable_reason as "unableReason", s.monthly_income_fen::text as "monthlyIncomeFen", s.note, s.updated_at as "updatedAt", s.version
         from legal_supporter s join person p on p.id = s.person_id where s.household_id = ? order by p.birth_date, s.created_at, s.id`,
      [householdId],
    );
    return rows.map((r) => ({ ...r, monthlyIncomeFen: r.monthlyIncomeFen == null ? null : Number(r.monthlyIncomeFen) }));
  });
}

/** 登记法定义务人 of one member. Returns the new row's id. */
export async function addLegalSupporter(ctx: RequestContext, input: LegalSupporterInput): Promise<string> {
  ctx.require('household.write', '登记法定义务人');
  const name = validName(input.name, 'name');
  const duty = code(LEGAL_DUTIES, input.duty, 'duty', '义务种类')!;
  const relation = code(RELATIONS, input.relation, 'relation', '与被赡养（抚养、扶养）人的关系')!;
  if (relation === 'HEAD') throw new AppError('BAD_USER_INPUT', '与被赡养（抚养、扶养）人的关系不能是“户主”', { field: 'relation' });
  const ar = abilityAndReason(
    code(SUPPORT_ABILITIES, input.ability ?? 'UNKNOWN', 'ability', '履行能力')!,
    code(UNABLE_REASONS, input.unableReason, 'unableReason', '无履行能力情形', false),
  );
  const monthlyIncomeFen = income(input.monthlyIncomeFen);
  const n = note(input.note);
  if (input.idNumber) requireIdNumber(input.idNumber, 'idNumber');
  return ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, await householdOfMember(em, input.personId));
    const memberName = await activeMemberName(em, h.id, input.personId);
    const sealed = await sealAndMatch(ctx, input.idNumber, input.personId);
    await assertNotListed(em, input.personId, sealed.idBidx);
    const s = em.create(LegalSupporter, {
      householdId: h.id,
      personId: input.personId,
      areaCode: h.areaCode,
      name,
      ...sealed,
      duty,
      relation,
      ...ar,
      monthlyIncomeFen,
      note: n,
      createdByName: clip(ctx.actor.name, 64),
      createdAt: nowOf(ctx),
      updatedAt: nowOf(ctx),
    });
    await em.flush();
    await addEvent(ctx, em, h, 'legal_supporter.added', `登记 ${memberName} 的法定${LEGAL_DUTIES[duty]}义务人 ${name}（${SUPPORT_ABILITIES[ar.ability]}）`);
    await recordAudit(ctx, { action: 'legal_supporter.added', entityType: 'household', entityId: h.id, after: { id: s.id, ...snapshot(s) } });
    return s.id;
  });
}

async function lockSupporter(ctx: RequestContext, em: EntityManager, id: string, version: number) {
  const s = await em.findOne(LegalSupporter, { id });
  if (!s) throw new AppError('NOT_FOUND', '法定义务人记录不存在或不在您的管辖范围内');
  const h = await lockHousehold(ctx, em, s.householdId);
  await em.refresh(s);
  if (s.version !== version) throw new AppError('CONFLICT', '该法定义务人记录已被他人修改，请刷新后重试');
  return { s, h };
}

/** 修改法定义务人: only the fields given change; `version` as read, else CONFLICT. */
export async function updateLegalSupporter(ctx: RequestContext, id: string, input: LegalSupporterUpdate, version: number): Promise<void> {
  ctx.require('household.write', '修改法定义务人');
  const name = input.name === undefined || input.name === null ? undefined : validName(input.name, 'name');
  const duty = input.duty ? code(LEGAL_DUTIES, input.duty, 'duty', '义务种类')! : undefined;
  const relation = input.relation ? code(RELATIONS, input.relation, 'relation', '与被赡养（抚养、扶养）人的关系')! : undefined;
  if (relation === 'HEAD') throw new AppError('BAD_USER_INPUT', '与被赡养（抚养、扶养）人的关系不能是“户主”', { field: 'relation' });
  const ability = input.ability ? code(SUPPORT_ABILITIES, input.ability, 'ability', '履行能力')! : undefined;
  const reason = input.unableReason === undefined ? undefined : code(UNABLE_REASONS, input.unableReason, 'unableReason', '无履行能力情形', false);
  const monthlyIncomeFen = input.monthlyIncomeFen === undefined ? undefined : income(input.monthlyIncomeFen);
  const n = input.note === undefined ? undefined : note(input.note);
  if (input.idNumber) requireIdNumber(input.idNumber, 'idNumber');
  await ctx.tx(async (em) => {
    const { s, h } = await lockSupporter(ctx, em, id, version);
    const before = snapshot(s);
    if (name !== undefined) s.name = name;
    if (duty !== undefined) s.duty = duty;
    if (relation !== undefined) s.relation = relation;
    Object.assign(s, abilityAndReason(ability ?? s.ability, reason === undefined ? (s.unableReason ?? null) : reason));
    if (monthlyIncomeFen !== undefined) s.monthlyIncomeFen = monthlyIncomeFen;
    if (n !== undefined) s.note = n;
    // An ID given replaces the sealed one (and the ledger link); an empty string clears it.
    if (input.idNumber !== undefined && input.idNumber !== null) {
      const sealed = await sealAndMatch(ctx, input.idNumber, s.personId);
      await assertNotListed(em, s.personId, sealed.idBidx, s.id);
      Object.assign(s, sealed);
    }
    s.updatedAt = nowOf(ctx);
    await em.flush();
    await addEvent(ctx, em, h, 'legal_supporter.updated', `修改法定义务人 ${s.name} 的信息（${SUPPORT_ABILITIES[s.ability]}）`);
    await recordAudit(ctx, {
      action: 'legal_supporter.updated',
      entityType: 'household',
      entityId: h.id,
      before: { id: s.id, ...before },
      after: { id: s.id, ...snapshot(s) },
    });
  });
}

/** 删除法定义务人; `version` as read, else CONFLICT. */
export async function removeLegalSupporter(ctx: RequestContext, id: string, version: number): Promise<void> {
  ctx.require('household.write', '删除法定义务人');
  await ctx.tx(async (em) => {
    const { s, h } = await lockSupporter(ctx, em, id, version);
    const before = snapshot(s);
    await em.remove(s).flush();
    await addEvent(ctx, em, h, 'legal_supporter.removed', `删除法定义务人 ${before.name}`);
    await recordAudit(ctx, { action: 'legal_supporter.removed', entityType: 'household', entityId: h.id, before: { id, ...before } });
  });
}

/**
 * 已核实无法定义务人: `confirmed` true = the household was asked and no member has a legal supporter
 * beyond those recorded (members without a recorded supporter count as NONE for the rules engine);
 * false = there are supporters; null = not asked yet. `version` is the household's.
 */
export async function setNoLegalSupporter(ctx: RequestContext, householdId: string, confirmed: boolean | null, version?: number | null): Promise<void> {
  ctx.require('household.write', '登记法定义务人情况');
  await ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, householdId);
    if (version != null && h.version !== version) throw new AppError('CONFLICT', '该户信息已被他人修改，请刷新后重试');
    const before = h.noLegalSupporterConfirmed ?? null;
    if (before === confirmed) return;
    h.noLegalSupporterConfirmed = confirmed;
    await em.flush();
    const what = confirmed === true ? '已核实无法定赡养、抚养、扶养义务人' : confirmed === false ? '有法定义务人' : '法定义务人情况改为未核实';
    await addEvent(ctx, em, h, 'household.no_legal_supporter', what);
    await recordAudit(ctx, {
      action: 'household.no_legal_supporter_set',
      entityType: 'household',
      entityId: h.id,
      before: { noLegalSupporterConfirmed: before },
      after: { noLegalSupporterConfirmed: confirmed },
    });
  });
}

/** The household's answer for the detail page (null when not asked or not visible). */
export async function noLegalSupporterConfirmed(ctx: RequestContext, householdId: string): Promise<boolean | null> {
  return ctx.tx(async (em) => {
    const rows = await sqlRows<{ v: boolean | null }>(em, `select no_legal_supporter_confirmed as v from household where id = ?`, [householdId]);
    return rows[0]?.v ?? null;
  });
}

/** What `factsFromLedger` needs (`LedgerRows.supporters`, `LedgerRows.noLegalSupporterConfirmed`). */
export interface LegalSupportRows {
  supporters: { personId: string; ability: string }[];
  noLegalSupporterConfirmed: boolean | null;
}

/**
 * The legal-support rows of one household for the rules engine (screening, verification), read in `em`
 * when given (the caller's open transaction) or in a transaction of the actor's scope. Rows the actor
 * may not see (RLS: detail scope) are simply absent.
 */
export async function legalSupportRows(ctx: RequestContext, em: EntityManager | null | undefined, householdId: string): Promise<LegalSupportRows> {
  const read = async (e: EntityManager): Promise<LegalSupportRows> => {
    const hh = await sqlRows<{ v: boolean | null }>(e, `select no_legal_supporter_confirmed as v from household where id = ?`, [householdId]);
    const supporters = await sqlRows<{ personId: string; ability: string }>(
      e,
      `select person_id as "personId", ability from legal_supporter where household_id = ? order by id`,
      [householdId],
    );
    return { supporters, noLegalSupporterConfirmed: hh[0]?.v ?? null };
  };
  return em ? read(em) : ctx.tx(read);
}
