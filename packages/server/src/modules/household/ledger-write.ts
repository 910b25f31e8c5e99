import type { EntityManager } from '@mikro-orm/postgresql';
import { areaLevel, deriveTier, TIER_NAMES, type Tier } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { assertInScope, isInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { householdAreaColumns } from '../../db/area-columns';
import { clip } from '../../shared/text';
import { HouseholdEvent, TierHistory } from './facts.entity';
import { Household } from './household.entity';
import { idLookup } from './identity';

/** Shared pieces of every ledger write: locking, events, tier recomputation, duplicate checks. */

/** Loads an active household of the actor's area for update (row lock), or NOT_FOUND/CONFLICT. */
export async function lockHousehold(ctx: RequestContext, em: EntityManager, id: string, opts: { allowClosed?: boolean } = {}): Promise<Household> {
  const rows = await sqlRows<{ id: string }>(em, `select id from household where id = ? for update`, [id]);
  if (!rows.length) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  const h = await em.findOneOrFail(Household, { id });
  await em.refresh(h);
  assertInScope(ctx, h.areaCode, '家庭');
  if (!opts.allowClosed && h.status !== 'ACTIVE') throw new AppError('CONFLICT', '该户已注销（已合并或无成员），不能再修改');
  return h;
}

export async function addEvent(
  ctx: RequestContext,
  em: EntityManager,
  h: Household,
  kind: string,
  summary: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  em.create(HouseholdEvent, {
    householdId: h.id,
    areaCode: h.areaCode,
    kind,
    summary: clip(summary, 300),
    detail: detail ?? null,
    actorName: clip(ctx.actor.name, 64),
    at: nowOf(ctx),
  });
  await em.flush();
}

/**
 * Refuses a change that would leave a household with more active members than HOUSEHOLD_MAX_MEMBERS
 * (default 30): `adding` members join `householdId` (null: a household being created).
 */
export async function assertHouseholdSize(
  ctx: RequestContext,
  em: EntityManager | null,
  householdId: string | null,
  adding: number,
  field = 'members',
): Promise<void> {
  const max = ctx.runtime.config.householdMaxMembers;
  let current = 0;
  if (householdId && em) {
    [{ n: current }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from membership where household_id = ? and to_date is null`, [householdId]);
  }
  if (current + adding > max) {
    const now = householdId ? `本户现有 ${current} 人，` : '';
    throw new AppError(
      'BAD_USER_INPUT',
      `一户家庭成员最多 ${max} 人（${now}本次增加 ${adding} 人）；如确属共同生活的大家庭，请分户登记或联系系统管理员调整上限`,
      { field, max },
    );
  }
}

/** Households live in villages/communities (12-digit level-3 codes) of the actor's area. */
export async function requireVillage(ctx: RequestContext, em: EntityManager, areaCode: string): Promise<void> {
  if (areaLevel(areaCode ?? '') !== 3) throw new AppError('BAD_USER_INPUT', '家庭须登记到村（社区）一级区划', { field: 'areaCode' });
  assertInScope(ctx, areaCode, '所属村社');
  const rows = await sqlRows<{ code: string }>(em, `select code from area where code = ?`, [areaCode]);
  if (!rows.length) throw new AppError('BAD_USER_INPUT', '所属村社不存在', { field: 'areaCode' });
}

export interface ExistingPerson {
  personId: string;
  householdId: string | null;
  areaCode: string;
  areaName: string | null;
  active: boolean;
  deceased: boolean;
}

/** Finds a person by ID number anywhere (blind index), for the one-person-one-household rule. */
export async function findPersonByIdNumber(ctx: RequestContext, normalisedId: string): Promise<ExistingPerson | null> {
  return ctx.asSystem('id-check', async (em) => {
    const rows = await sqlRows<ExistingPerson>(
      em,
      `select p.id as "personId", p.household_id as "householdId", p.area_code as "areaCode", a.name as "areaName",
          exists (select 1 from membership m where m.person_id = p.id and m.to_date is null) as active,
          (p.death_date is not null or 'DECEASED' = any(p.statuses)) as deceased
         from person p left join area a on a.code = p.area_code where p.id_bidx = any(?::varchar[])`,
      [idLookup(ctx.runtime.fieldCrypto, normalisedId)],
    );
    return rows[0] ?? null;
  });
}

export function duplicateIdError(ctx: RequestContext, idMasked: string, e: ExistingPerson, field = 'idNumber'): AppError {
  return new AppError('CONFLICT', `身份证号 ${idMasked} 已登记在${e.areaName ?? '其他区域'}的家庭中（一人只能在一户），如需迁入请使用“迁移成员”`, {
    field,
    // The household is named only when the caller may open it.
    householdId: isInScope(ctx, e.areaCode) ? e.householdId : null,
  });
}

/**
 * Re-derives the household's tier from its benefits (members who died or left do not count),
 * and records the change with its reason. Called after every change that can affect it.
 */
export async function recomputeTier(
  ctx: RequestContext,
  em: EntityManager,
  householdId: string,
  cause: string,
): Promise<{ tier: Tier | null; changed: boolean }> {
  const benefits = await sqlRows<{ programCode: string; status: string; personId: string | null }>(
    em,
    `select program_code as "programCode", status, person_id as "personId" from benefit where household_id = ?`,
    [householdId],
  );
  const inactive = await sqlRows<{ id: string }>(
    em,
    `select p.id from person p where p.id in (select person_id from benefit where household_id = ? and person_id is not null)
        and (p.death_date is not null or 'DECEASED' = any(p.statuses)
             or not exists (select 1 from membership m where m.person_id = p.id and m.household_id = ? and m.to_date is null))`,
    [householdId, householdId],
  );
  const { tier, reason } = deriveTier(benefits, new Set(inactive.map((r) => r.id)));
  const h = await em.findOneOrFail(Household, { id: householdId });
  if ((h.tier ?? null) === tier) return { tier, changed: false };
  const from = (h.tier ?? null) as Tier | null;
  h.tier = tier;
  h.tierReason = tier ? reason : null;
  em.create(TierHistory, {
    householdId,
    areaCode: h.areaCode,
    fromTier: from,
    toTier: tier,
    reason: clip(`${cause}：${reason}`, 200),
    actorName: clip(ctx.actor.name, 64),
    at: nowOf(ctx),
  });
  await em.flush();
  const name = (t: Tier | null) => (t ? TIER_NAMES[t] : '无分层');
  await addEvent(ctx, em, h, 'tier.changed', `层级由“${name(from)}”变为“${name(tier)}”（${cause}）`);
  return { tier, changed: true };
}

/** Closes the household when no active member is left. */
export async function closeIfEmpty(ctx: RequestContext, em: EntityManager, h: Household, reason: string): Promise<boolean> {
  const [{ n }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from membership where household_id = ? and to_date is null`, [h.id]);
  if (n > 0) return false;
  h.status = 'CLOSED';
  h.closedReason = reason;
  h.headPersonId = null;
  await em.flush();
  await addEvent(ctx, em, h, 'household.closed', `本户已注销：${reason}`);
  return true;
}

/**
 * Moves every row of a household to another village: each area-code column the registry
 * (`db/area-columns.ts`) marks as the household's — ledger, cases open and closed, their history,
 * 督办, extensions, materials, outbox. The caller has locked the household and checked that the
 * actor may move it (both villages in its area); the update runs under a full scope so no row
 * stays behind because the actor cannot read it. Returns the rows moved per table.
 */
export async function moveHouseholdArea(ctx: RequestContext, householdId: string, areaCode: string): Promise<Record<string, number>> {
  return ctx.asSystem('household-move', async (em) => {
    const moved: Record<string, number> = {};
    for (const c of householdAreaColumns()) {
      const holes = (c.rows.match(/\?/g) ?? []).length;
      const [{ n }] = await sqlRows<{ n: number }>(
        em,
        `with moved as (update "${c.table}" set "${c.column}" = ? where (${c.rows}) and "${c.column}" is distinct from ? returning 1) select count(*)::int as n from moved`,
        [areaCode, ...Array(holes).fill(householdId), areaCode],
      );
      if (n) moved[c.table] = (moved[c.table] ?? 0) + n;
    }
    return moved;
  });
}
