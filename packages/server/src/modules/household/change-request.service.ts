import { randomUUID } from 'node:crypto';
import { isIsoDate } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError, requiredText } from '../../shared/errors';
import { areaSql } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { markDeceased } from './household.service';
import { CHANGE_KINDS, CHANGE_STATUSES, FOLLOWUP_KINDS } from './change-codes';
import { addEvent, lockHousehold } from './ledger-write';

/**
 * 协助完善台账 (issue #15 item 2): informants (信息员) and windows help keep the ledger current. A change to a household
 * — moved away, died, a new serious illness, job lost, income changed, other — is **proposed** (`household.propose`) and
 * takes effect only when **another person** decides it: a window of the household's area with `household.write`, never
 * the proposer (maker-checker, `MAKER_CHECKER`). Approving a death enters it in the ledger (`markDeceased`: membership
 * closed, tier recomputed); every approved change is a line in the household's history (台账记录). Informants reach only
 * the households of their own village (row-level security on their own scope).
 *
 * 帮扶措施: follow-up measures — 帮扶, 心理疏导, 监护干预, 其他 — with their date, recorded by informants and windows.
 */
/** Kinds that are about one member (the person is required). */
const PERSON_KINDS = new Set(['DIED', 'ILLNESS', 'JOB_LOST']);

export interface ChangeRequestView {
  id: string;
  householdId: string;
  headName: string | null;
  personId: string | null;
  personName: string | null;
  areaCode: string;
  areaName: string | null;
  kind: string;
  kindName: string;
  effectiveDate: string | null;
  note: string;
  status: string;
  statusName: string;
  proposedByName: string;
  proposedAt: Date;
  mine: boolean;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  version: number;
}

const CR_COLUMNS = `c.id, c.household_id as "householdId",
  (select p.name from household h join person p on p.id = h.head_person_id where h.id = c.household_id) as "headName",
  c.person_id as "personId", (select p.name from person p where p.id = c.person_id) as "personName", c.area_code as "areaCode", a.name as "areaName",
  c.kind, c.effective_date::text as "effectiveDate", c.note, c.status, c.proposed_by as "proposedBy", c.proposed_by_name as "proposedByName",
  c.proposed_at as "proposedAt", c.decided_by_name as "decidedByName", c.decided_at as "decidedAt", c.decision_note as "decisionNote", c.version`;
const CR_FROM = `household_change_request c left join area a on a.code = c.area_code`;

type CrRow = Omit<ChangeRequestView, 'kindName' | 'statusName' | 'mine'> & { proposedBy: string | null };

const toChange = (ctx: RequestContext, r: CrRow): ChangeRequestView => {
  const { proposedBy, ...rest } = r;
  return {
    ...rest,
    kindName: CHANGE_KINDS[r.kind as keyof typeof CHANGE_KINDS] ?? r.kind,
    statusName: CHANGE_STATUSES[r.status as keyof typeof CHANGE_STATUSES] ?? r.status,
    mine: !!proposedBy && proposedBy === ctx.actor.id,
  };
};

/** A current (living) member of the household, or BAD_USER_INPUT on `personId`. */
async function memberOf(em: Parameters<typeof sqlRows>[0], householdId: string, personId: string): Promise<{ name: string }> {
  const [p] = await sqlRows<{ name: string }>(
    em,
    `select p.name from membership m join person p on p.id = m.person_id where m.household_id = ? and m.person_id = ? and m.to_date is null and p.death_date is null`,
    [householdId, personId],
  );
  if (!p) throw new AppError('BAD_USER_INPUT', '请选择该户的在世成员', { field: 'personId' });
  return p;
}

/** The active household of the reader's area (RLS) a proposal or a measure is about, and its member if one is named. */
async function helpedHousehold(em: Parameters<typeof sqlRows>[0], householdId: string, personId?: string | null): Promise<{ areaCode: string }> {
  const [h] = await sqlRows<{ areaCode: string }>(em, `select area_code as "areaCode" from household where id = ? and status = 'ACTIVE'`, [householdId]);
  if (!h) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  if (personId) await memberOf(em, householdId, personId);
  return h;
}

export interface ChangeInput {
  householdId: string;
  personId?: string | null;
  kind: string;
  effectiveDate?: string | null;
  note: string;
}

export async function proposeHouseholdChange(ctx: RequestContext, input: ChangeInput): Promise<ChangeRequestView> {
  ctx.require('household.propose', '提出台账变更');
  if (!(input.kind in CHANGE_KINDS)) throw new AppError('BAD_USER_INPUT', '请选择变更类别', { field: 'kind' });
  const note = requiredText(input.note, 'note', '变更情况说明', 500);
  const today = todayOf(ctx);
  const date = input.effectiveDate?.trim() || null;
  if (date && !isIsoDate(date)) throw new AppError('BAD_USER_INPUT', '请填写正确的日期', { field: 'effectiveDate' });
  if (date && date > today) throw new AppError('BAD_USER_INPUT', '发生日期不能晚于今天', { field: 'effectiveDate' });
  if (input.kind === 'DIED' && !date) throw new AppError('BAD_USER_INPUT', '请填写死亡日期', { field: 'effectiveDate' });
  if (PERSON_KINDS.has(input.kind) && !input.personId) throw new AppError('BAD_USER_INPUT', '请选择涉及的家庭成员', { field: 'personId' });
  return ctx.tx(async (em) => {
    const h = await helpedHousehold(em, input.householdId, input.personId);
    const id = randomUUID();
    await sqlRows(
      em,
      `insert into household_change_request (id, household_id, person_id, area_code, kind, effective_date, note, proposed_by, proposed_by_name, proposed_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, input.householdId, input.personId ?? null, h.areaCode, input.kind, date, note, ctx.actor.id ?? null, ctx.actor.name, nowOf(ctx)],
    );
    await recordAudit(ctx, {
      action: 'household.change_proposed',
      entityType: 'household',
      entityId: input.householdId,
      after: { kind: input.kind, effectiveDate: date, note },
    });
    const [row] = await sqlRows<CrRow>(em, `select ${CR_COLUMNS} from ${CR_FROM} where c.id = ?`, [id]);
    return toChange(ctx, row);
  });
}

/**
 * Approves or rejects a pending change (a window of the household's area, `household.write`). The proposer may not decide
 * their own proposal (`MAKER_CHECKER`); a rejection needs a reason. Approving 死亡 runs `markDeceased` in the same
 * transaction (a person already recorded dead → CONFLICT, nothing written). Logged `household.change_decided`.
 */
export async function decideHouseholdChange(
  ctx: RequestContext,
  id: string,
  approve: boolean,
  note: string | null | undefined,
  version: number,
): Promise<ChangeRequestView> {
  ctx.require('household.write', '审核台账变更');
  const text = note?.trim() || null;
  if (!approve && !text) throw new AppError('BAD_USER_INPUT', '请说明不通过的理由', { field: 'note' });
  if (text && text.length > 500) throw new AppError('BAD_USER_INPUT', '审核意见不超过 500 字', { field: 'note' });
  return ctx.tx(async (em) => {
    const [c] = await sqlRows<CrRow>(em, `select ${CR_COLUMNS} from ${CR_FROM} where c.id = ? for update of c`, [id]);
    if (!c) throw new AppError('NOT_FOUND', '变更申请不存在或不在您的管辖范围内');
    if (c.status !== 'PENDING') throw new AppError('INVALID_STATE', '该变更申请已审核');
    if (c.version !== version) throw new AppError('CONFLICT', '变更申请已被他人修改，请刷新后重试');
    if (c.proposedBy && c.proposedBy === ctx.actor.id) throw new AppError('MAKER_CHECKER', '变更申请须由提出人以外的工作人员审核（双人复核）');
    const h = await lockHousehold(ctx, em, c.householdId);
    if (approve) {
      if (c.kind === 'DIED' && c.personId) await markDeceased(ctx, c.personId, c.effectiveDate!);
      else {
        const who = c.personName ? `${c.personName}：` : '';
        await addEvent(
          ctx,
          em,
          h,
          `change.${c.kind.toLowerCase()}`,
          `${CHANGE_KINDS[c.kind as keyof typeof CHANGE_KINDS]}（${c.proposedByName}提出，已审核）：${who}${c.note}${c.effectiveDate ? `（${c.effectiveDate}）` : ''}`,
          { changeRequestId: c.id },
        );
      }
    }
    await sqlRows(
      em,
      `update household_change_request set status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, decision_note = ?, version = version + 1 where id = ? returning id`,
      [approve ? 'APPROVED' : 'REJECTED', ctx.actor.id ?? null, ctx.actor.name, nowOf(ctx), text, id],
    );
    await recordAudit(ctx, {
      action: 'household.change_decided',
      entityType: 'household',
      entityId: c.householdId,
      after: { kind: c.kind, approved: approve, note: text },
    });
    const [row] = await sqlRows<CrRow>(em, `select ${CR_COLUMNS} from ${CR_FROM} where c.id = ?`, [id]);
    return toChange(ctx, row);
  });
}

/**
 * Change requests of the reader's area (RLS and `areaSql`): `householdId` — one household's; `pending` — waiting for a
 * decision; `mine` — what the reader proposed. Newest first, at most 200.
 */
export async function listHouseholdChanges(
  ctx: RequestContext,
  filter: { householdId?: string | null; pending?: boolean | null; mine?: boolean | null },
): Promise<ChangeRequestView[]> {
  ctx.require('household.propose', '查看台账变更');
  const scope = areaSql(ctx, 'c.area_code');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (filter.householdId) {
    where.push('c.household_id = ?');
    params.push(filter.householdId);
  }
  if (filter.pending) where.push(`c.status = 'PENDING'`);
  if (filter.mine) {
    where.push('c.proposed_by = ?');
    params.push(ctx.actor.id ?? '00000000-0000-0000-0000-000000000000');
  }
  const rows = await ctx.tx((em) =>
    sqlRows<CrRow>(em, `select ${CR_COLUMNS} from ${CR_FROM} where ${where.join(' and ')} order by c.proposed_at desc, c.id limit 200`, params),
  );
  return rows.map((r) => toChange(ctx, r));
}

export interface FollowupView {
  id: string;
  householdId: string;
  headName: string | null;
  personName: string | null;
  kind: string;
  kindName: string;
  measureDate: string;
  note: string;
  recordedByName: string;
  recordedAt: Date;
}

const FU_COLUMNS = `f.id, f.household_id as "householdId",
  (select p.name from household h join person p on p.id = h.head_person_id where h.id = f.household_id) as "headName",
  (select p.name from person p where p.id = f.person_id) as "personName", f.kind, f.measure_date::text as "measureDate", f.note,
  f.recorded_by_name as "recordedByName", f.recorded_at as "recordedAt"`;

const toFollowup = (r: Omit<FollowupView, 'kindName'>): FollowupView => ({ ...r, kindName: FOLLOWUP_KINDS[r.kind as keyof typeof FOLLOWUP_KINDS] ?? r.kind });

/** 帮扶措施: a measure taken for the household (or one member) on a date; logged `household.followup_recorded`. */
export async function recordFollowup(
  ctx: RequestContext,
  input: { householdId: string; personId?: string | null; kind: string; measureDate: string; note: string },
): Promise<FollowupView> {
  ctx.require('household.propose', '记录帮扶措施');
  if (!(input.kind in FOLLOWUP_KINDS)) throw new AppError('BAD_USER_INPUT', '请选择措施类别', { field: 'kind' });
  if (!isIsoDate(input.measureDate ?? '')) throw new AppError('BAD_USER_INPUT', '请填写正确的日期', { field: 'measureDate' });
  if (input.measureDate > todayOf(ctx)) throw new AppError('BAD_USER_INPUT', '措施日期不能晚于今天', { field: 'measureDate' });
  const note = requiredText(input.note, 'note', '措施内容', 500);
  return ctx.tx(async (em) => {
    const h = await helpedHousehold(em, input.householdId, input.personId);
    const id = randomUUID();
    await sqlRows(
      em,
      `insert into household_followup (id, household_id, person_id, area_code, kind, measure_date, note, recorded_by, recorded_by_name, recorded_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, input.householdId, input.personId ?? null, h.areaCode, input.kind, input.measureDate, note, ctx.actor.id ?? null, ctx.actor.name, nowOf(ctx)],
    );
    await recordAudit(ctx, {
      action: 'household.followup_recorded',
      entityType: 'household',
      entityId: input.householdId,
      after: { kind: input.kind, measureDate: input.measureDate, note },
    });
    const [row] = await sqlRows<Omit<FollowupView, 'kindName'>>(em, `select ${FU_COLUMNS} from household_followup f where f.id = ?`, [id]);
    return toFollowup(row);
  });
}

/** 帮扶措施 of a household (or of the reader's whole area), latest first, at most 200. */
export async function listFollowups(ctx: RequestContext, householdId?: string | null): Promise<FollowupView[]> {
  ctx.require('household.propose', '查看帮扶措施');
  const scope = areaSql(ctx, 'f.area_code');
  const rows = await ctx.tx((em) =>
    sqlRows<Omit<FollowupView, 'kindName'>>(
      em,
      `select ${FU_COLUMNS} from household_followup f where ${scope.sql}${householdId ? ' and f.household_id = ?' : ''}
        order by f.measure_date desc, f.recorded_at desc limit 200`,
      householdId ? [...scope.params, householdId] : scope.params,
    ),
  );
  return rows.map(toFollowup);
}

export interface VillageHousehold {
  id: string;
  headName: string | null;
  groupNo: string | null;
  address: string;
  members: Array<{ personId: string; name: string }>;
}

/**
 * The households an informant may help with: active households of the reader's area (their village) whose head's name
 * or address contains `keyword` — id, head, group, address and the living members' names, nothing else. At most 20.
 */
export async function helpableHouseholds(ctx: RequestContext, keyword: string): Promise<VillageHousehold[]> {
  ctx.require('household.propose', '查找家庭');
  const k = keyword?.trim();
  if (!k) return [];
  if (k.length > 50) throw new AppError('BAD_USER_INPUT', '关键字不超过 50 字', { field: 'keyword' });
  const scope = areaSql(ctx, 'h.area_code');
  const like = `%${k.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ctx.tx((em) =>
    sqlRows<VillageHousehold>(
      em,
      `select h.id, (select p.name from person p where p.id = h.head_person_id) as "headName", h.group_no as "groupNo", h.address,
              coalesce((select jsonb_agg(jsonb_build_object('personId', p.id, 'name', p.name) order by (p.id = h.head_person_id) desc, p.birth_date, p.id)
                          from membership m join person p on p.id = m.person_id where m.household_id = h.id and m.to_date is null and p.death_date is null), '[]') as members
         from household h
        where ${scope.sql} and h.status = 'ACTIVE'
          and (h.address like ? or exists (select 1 from person p where p.id = h.head_person_id and p.name like ?))
        order by h.address limit 20`,
      [...scope.params, like, like],
    ),
  );
}
