import type { EntityManager } from '@mikro-orm/postgresql';
import { RELATIONS, RESIDENCE_TYPES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { Household } from './household.entity';
import { sealPhone, normalisePhone } from './identity';
import { addEvent, assertHouseholdSize, closeIfEmpty, lockHousehold, recomputeTier, requireVillage } from './ledger-write';
import { Membership } from './membership.entity';

/**
 * Membership changes that keep history: a closed membership row (to_date, end_reason) and a new
 * open one. The partial unique index makes "one person, one active household" hold even under
 * concurrent moves: the loser gets CONFLICT and nothing is half-written.
 */

function relation(code: string | null | undefined, field = 'relation'): string {
  if (!code || !(code in RELATIONS)) throw new AppError('BAD_USER_INPUT', '请选择与户主关系', { field });
  if (code === 'HEAD') throw new AppError('BAD_USER_INPUT', '迁入成员不能直接作为户主；迁入后可“变更户主”', { field });
  return code;
}

async function activeMembership(em: EntityManager, personId: string): Promise<{ id: string; householdId: string; name: string } | null> {
  const rows = await sqlRows<{ id: string; householdId: string; name: string }>(
    em,
    `select m.id, m.household_id as "householdId", p.name from membership m join person p on p.id = m.person_id
      where m.person_id = ? and m.to_date is null for update of m`,
    [personId],
  );
  return rows[0] ?? null;
}

/** Moves one person between households; the caller has locked both households. */
async function transfer(
  em: EntityManager,
  personId: string,
  from: Household,
  to: Household,
  rel: string,
  reason: 'MOVED' | 'SPLIT' | 'MERGED',
): Promise<string> {
  const m = await activeMembership(em, personId);
  if (!m || m.householdId !== from.id) throw new AppError('CONFLICT', '该成员已不在原户中（可能已被他人迁移），请刷新后重试');
  const today = todayCn();
  await em.execute(`update membership set to_date = greatest(from_date, ?::date), end_reason = ? where id = ?`, [today, reason, m.id]);
  em.create(Membership, { householdId: to.id, personId, areaCode: to.areaCode, relation: rel, fromDate: today });
  try {
    await em.flush();
  } catch (e) {
    if (/membership_one_active_household/.test(String((e as Error).message))) throw new AppError('CONFLICT', '该成员已被迁入其他家庭，请刷新后重试');
    throw e;
  }
  // Facts follow the person; the person's rows move into the new household's area.
  await em.execute(`update person set household_id = ?, area_code = ? where id = ?`, [to.id, to.areaCode, personId]);
  await em.execute(`update person_income set household_id = ?, area_code = ? where person_id = ?`, [to.id, to.areaCode, personId]);
  // So do the person's legal supporters (法定义务人 of this member).
  await em.execute(`update legal_supporter set household_id = ?, area_code = ? where person_id = ?`, [to.id, to.areaCode, personId]);
  if (from.headPersonId === personId) {
    from.headPersonId = null;
    await em.flush();
  }
  return m.name;
}

/** 迁移成员: one member leaves for another existing household. */
export async function moveMember(ctx: RequestContext, personId: string, toHouseholdId: string, rel: string, newHeadPersonId?: string | null): Promise<void> {
  ctx.require('household.write', '迁移成员');
  const r = relation(rel);
  await ctx.tx(async (em) => {
    const cur = await activeMembership(em, personId);
    if (!cur) {
      const visible = await sqlRows(em, `select 1 from person where id = ?`, [personId]);
      if (!visible.length) throw new AppError('NOT_FOUND', '人员不存在或不在您的管辖范围内');
      // A concurrent move closed the membership while we waited for its lock.
      throw new AppError('CONFLICT', '该成员当前不属于任何家庭，或刚被他人迁移，请刷新后重试');
    }
    if (cur.householdId === toHouseholdId) throw new AppError('BAD_USER_INPUT', '该成员已在目标家庭中', { field: 'toHouseholdId' });
    // Lock in a fixed order so two opposite moves cannot deadlock.
    const [a, b] = [cur.householdId, toHouseholdId].sort();
    const locked = new Map([
      [a, await lockHousehold(ctx, em, a)],
      [b, await lockHousehold(ctx, em, b)],
    ]);
    const from = locked.get(cur.householdId)!;
    const to = locked.get(toHouseholdId)!;
    await assertHouseholdSize(ctx, em, to.id, 1, 'toHouseholdId');
    const name = await transfer(em, personId, from, to, r, 'MOVED');
    if (!from.headPersonId && newHeadPersonId) {
      await em.execute(`update membership set relation = 'HEAD' where person_id = ? and household_id = ? and to_date is null`, [newHeadPersonId, from.id]);
      const ok = await sqlRows(em, `select 1 from membership where person_id = ? and household_id = ? and to_date is null`, [newHeadPersonId, from.id]);
      if (!ok.length) throw new AppError('BAD_USER_INPUT', '新户主须是原户现有成员', { field: 'newHeadPersonId' });
      from.headPersonId = newHeadPersonId;
      await em.flush();
    }
    await addEvent(ctx, em, from, 'member.moved_out', `${name} 迁出至 ${to.address}${from.headPersonId ? '' : '；请指定新户主'}`);
    await addEvent(ctx, em, to, 'member.moved_in', `${name} 迁入（原户：${from.address}）`);
    await closeIfEmpty(ctx, em, from, `成员均已迁出`);
    await recomputeTier(ctx, em, from.id, `${name} 迁出`);
    await recomputeTier(ctx, em, to.id, `${name} 迁入`);
    await recordAudit(ctx, {
      action: 'household.member_moved',
      entityType: 'person',
      entityId: personId,
      before: { householdId: from.id },
      after: { householdId: to.id, relation: r },
    });
  });
}

export interface SplitInput {
  personIds: string[];
  headPersonId: string;
  relations: Array<{ personId: string; relation: string }>;
  areaCode?: string | null;
  groupNo?: string | null;
  address: string;
  residenceType?: string | null;
  phone?: string | null;
}

/** 分户: some members leave to form a new household (e.g. a married child). */
export async function splitHousehold(ctx: RequestContext, householdId: string, input: SplitInput): Promise<string> {
  ctx.require('household.write', '分户');
  const ids = [...new Set(input.personIds ?? [])];
  if (!ids.length) throw new AppError('BAD_USER_INPUT', '请选择分出的成员', { field: 'personIds' });
  if (!ids.includes(input.headPersonId)) throw new AppError('BAD_USER_INPUT', '新户户主须在分出的成员中', { field: 'headPersonId' });
  const address = (input.address ?? '').trim();
  if (!address) throw new AppError('BAD_USER_INPUT', '请填写新户地址', { field: 'address' });
  const phone = normalisePhone(input.phone);
  return ctx.tx(async (em) => {
    const from = await lockHousehold(ctx, em, householdId);
    const active = await sqlRows<{ personId: string }>(em, `select person_id as "personId" from membership where household_id = ? and to_date is null`, [
      from.id,
    ]);
    const activeIds = new Set(active.map((a) => a.personId));
    for (const id of ids) if (!activeIds.has(id)) throw new AppError('BAD_USER_INPUT', '分出的成员须是本户现有成员', { field: 'personIds' });
    if (ids.length === activeIds.size) throw new AppError('BAD_USER_INPUT', '不能把全部成员分出；如需整户迁址请修改家庭信息', { field: 'personIds' });
    if (ids.includes(from.headPersonId ?? '')) throw new AppError('BAD_USER_INPUT', '户主须留在原户；如需分出户主请先变更户主', { field: 'personIds' });
    await assertHouseholdSize(ctx, em, null, ids.length, 'personIds');
    const areaCode = input.areaCode ?? from.areaCode;
    await requireVillage(ctx, em, areaCode);
    const residenceType = input.residenceType ?? from.residenceType;
    if (!(residenceType in RESIDENCE_TYPES)) throw new AppError('BAD_USER_INPUT', '城乡类别不正确', { field: 'residenceType' });
    const to = em.create(Household, {
      areaCode,
      groupNo: input.groupNo ?? null,
      address,
      residenceType,
      headPersonId: input.headPersonId,
      ...(phone ? sealPhone(ctx.runtime.fieldCrypto, phone) : {}),
    });
    await em.flush();
    const names: string[] = [];
    for (const id of ids) {
      const rel = id === input.headPersonId ? 'HEAD' : relation(input.relations?.find((r) => r.personId === id)?.relation, 'relations');
      names.push(await transfer(em, id, from, to, rel, 'SPLIT'));
    }
    await addEvent(ctx, em, to, 'household.created', `由 ${from.address} 分户而来：${names.join('、')}`);
    await addEvent(ctx, em, from, 'household.split', `${names.join('、')} 分户至 ${address}`);
    await recomputeTier(ctx, em, from.id, '分户');
    await recomputeTier(ctx, em, to.id, '分户');
    await recordAudit(ctx, { action: 'household.split', entityType: 'household', entityId: from.id, after: { newHouseholdId: to.id, members: ids.length } });
    return to.id;
  });
}

/** 合户: every member of `sourceId` joins `targetId`; the source closes and its benefits follow. */
export async function mergeHouseholds(
  ctx: RequestContext,
  sourceId: string,
  targetId: string,
  relations: Array<{ personId: string; relation: string }>,
): Promise<void> {
  ctx.require('household.write', '合户');
  if (sourceId === targetId) throw new AppError('BAD_USER_INPUT', '不能与本户合并', { field: 'targetId' });
  await ctx.tx(async (em) => {
    const [a, b] = [sourceId, targetId].sort();
    const locked = new Map([
      [a, await lockHousehold(ctx, em, a)],
      [b, await lockHousehold(ctx, em, b)],
    ]);
    const src = locked.get(sourceId)!;
    const dst = locked.get(targetId)!;
    const active = await sqlRows<{ personId: string }>(em, `select person_id as "personId" from membership where household_id = ? and to_date is null`, [
      src.id,
    ]);
    await assertHouseholdSize(ctx, em, dst.id, active.length, 'targetId');
    const names: string[] = [];
    for (const { personId } of active) {
      names.push(await transfer(em, personId, src, dst, relation(relations?.find((r) => r.personId === personId)?.relation, 'relations'), 'MERGED'));
    }
    await em.execute(`update benefit set household_id = ?, area_code = ? where household_id = ?`, [dst.id, dst.areaCode, src.id]);
    await em.execute(`update person_asset set household_id = ?, area_code = ? where household_id = ?`, [dst.id, dst.areaCode, src.id]);
    await addEvent(ctx, em, dst, 'household.merged', `并入 ${src.address} 的 ${names.length} 名成员：${names.join('、')}`);
    await closeIfEmpty(ctx, em, src, `已并入 ${dst.address}`);
    await recomputeTier(ctx, em, src.id, '合户');
    await recomputeTier(ctx, em, dst.id, '合户');
    await recordAudit(ctx, {
      action: 'household.merged',
      entityType: 'household',
      entityId: dst.id,
      after: { sourceHouseholdId: src.id, members: names.length },
    });
  });
}
