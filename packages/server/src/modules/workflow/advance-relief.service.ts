import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError, requiredText } from '../../shared/errors';
import { assertInScope, areaSql } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { settingValue } from '../setting/setting.service';
import { addHistory } from './referral.repo';
import { ADVANCE_RELIEF_STATES, type AdvanceReliefState } from './states';

/**
 * 绿色通道 先行救助 (issue #15 item 3): for an urgent (急难) application — an informant's report, an online
 * pre-application or a window registration marked 急难 — the town window grants 临时救助 at once, before the
 * household's situation is verified, up to `ADVANCE_RELIEF_MAX_YUAN` (system setting; default below). The paperwork —
 * a 临时救助 referral of the same application (the window confirms the pre-application with 临时救助, or registered it
 * so) — must follow within `ADVANCE_RELIEF_PAPERWORK_DAYS` working days of the grant; until then the grant is 待补办,
 * after that 补办超期 and listed in 督办 (supervisionBoard). One grant per application.
 */
export const DEFAULT_ADVANCE_RELIEF_MAX_YUAN = 2000;
export const DEFAULT_ADVANCE_RELIEF_PAPERWORK_DAYS = 5;
/** The program whose referral is the paperwork of a 先行救助. */
export const ADVANCE_RELIEF_PROGRAM = 'TEMP';

export interface AdvanceReliefRules {
  maxYuan: number;
  paperworkDays: number;
}

export async function advanceReliefRules(ctx: RequestContext): Promise<AdvanceReliefRules> {
  const [max, days] = await Promise.all([settingValue(ctx, 'ADVANCE_RELIEF_MAX_YUAN'), settingValue(ctx, 'ADVANCE_RELIEF_PAPERWORK_DAYS')]);
  return { maxYuan: max ? Number(max) : DEFAULT_ADVANCE_RELIEF_MAX_YUAN, paperworkDays: days ? Number(days) : DEFAULT_ADVANCE_RELIEF_PAPERWORK_DAYS };
}

export interface AdvanceReliefView {
  id: string;
  applicationId: string;
  receiptNo: string | null;
  queryNo: string | null;
  /** The household head or the pre-application's contact. */
  name: string;
  areaCode: string;
  areaName: string | null;
  amountYuan: number;
  reason: string;
  grantDate: string;
  paperworkDue: string;
  grantedByName: string;
  grantedAt: Date;
  state: AdvanceReliefState;
  stateName: string;
}

interface Row {
  id: string;
  applicationId: string;
  receiptNo: string | null;
  queryNo: string | null;
  name: string | null;
  areaCode: string;
  areaName: string | null;
  amountFen: string;
  reason: string;
  grantDate: string;
  paperworkDue: string;
  grantedByName: string;
  grantedAt: Date;
  regularized: boolean;
}

const SELECT = `select x.id, x.application_id as "applicationId", a.receipt_no as "receiptNo", a.query_no as "queryNo",
    coalesce((select p.name from household h join person p on p.id = h.head_person_id where h.id = a.household_id), a.contact->>'name') as name,
    x.area_code as "areaCode", ar.name as "areaName", x.amount_fen::text as "amountFen", x.reason, x.grant_date::text as "grantDate",
    x.paperwork_due::text as "paperworkDue", x.granted_by_name as "grantedByName", x.granted_at as "grantedAt",
    exists (select 1 from referral r where r.application_id = x.application_id and r.program_code = '${ADVANCE_RELIEF_PROGRAM}' and r.status <> 'WITHDRAWN') as regularized
  from advance_relief x join application a on a.id = x.application_id left join area ar on ar.code = x.area_code`;

function toView(r: Row, today: string): AdvanceReliefView {
  const state: AdvanceReliefState = r.regularized ? 'DONE' : r.paperworkDue < today ? 'OVERDUE' : 'PENDING';
  return {
    id: r.id,
    applicationId: r.applicationId,
    receiptNo: r.receiptNo,
    queryNo: r.queryNo,
    name: r.name ?? '',
    areaCode: r.areaCode,
    areaName: r.areaName,
    amountYuan: Number(r.amountFen) / 100,
    reason: r.reason,
    grantDate: r.grantDate,
    paperworkDue: r.paperworkDue,
    grantedByName: r.grantedByName,
    grantedAt: r.grantedAt,
    state,
    stateName: ADVANCE_RELIEF_STATES[state],
  };
}

/** The amount in fen: a positive number of yuan with at most two decimals, not above the maximum. */
function amountFen(amountYuan: number, maxYuan: number): number {
  if (!Number.isFinite(amountYuan) || amountYuan <= 0) throw new AppError('BAD_USER_INPUT', '请填写先行救助金额（元）', { field: 'amountYuan' });
  const fen = Math.round(amountYuan * 100);
  if (Math.abs(fen - amountYuan * 100) > 1e-6) throw new AppError('BAD_USER_INPUT', '金额最多保留两位小数', { field: 'amountYuan' });
  if (fen > maxYuan * 100) throw new AppError('BAD_USER_INPUT', `先行救助金额不能超过 ${maxYuan} 元（系统设置“先行救助最高金额”）`, { field: 'amountYuan' });
  return fen;
}

/**
 * Grants 先行救助 to an urgent application of the town window's area. Refused: not urgent or no longer open
 * (INVALID_STATE), already granted (CONFLICT), above the maximum (BAD_USER_INPUT on `amountYuan`), outside the area
 * (NOT_FOUND, row-level security and the scope check). Logged `relief.advance_granted`; a line in the application's
 * history says when the paperwork is due.
 */
export async function grantAdvanceRelief(
  ctx: RequestContext,
  applicationId: string,
  input: { amountYuan: number; reason: string },
): Promise<AdvanceReliefView> {
  ctx.require('relief.advance', '先行救助');
  const reason = requiredText(input.reason, 'reason', '先行救助理由', 500);
  const rules = await advanceReliefRules(ctx);
  const fen = amountFen(input.amountYuan, rules.maxYuan);
  const today = todayOf(ctx);
  const cal = await loadWorkCalendar(ctx);
  const due = cal.addWorkingDays(today, rules.paperworkDays);
  return ctx.tx(async (em) => {
    const [app] = await sqlRows<{ id: string; areaCode: string; status: string; urgent: boolean }>(
      em,
      `select id, area_code as "areaCode", status, urgent from application where id = ? for update`,
      [applicationId],
    );
    if (!app) throw new AppError('NOT_FOUND', '申请不存在或不在您的管辖范围内');
    assertInScope(ctx, app.areaCode, '申请');
    if (!app.urgent) throw new AppError('INVALID_STATE', '只有急难情形（绿色通道）的申请可以先行救助');
    if (app.status !== 'PENDING_CONFIRM' && app.status !== 'ACCEPTED') throw new AppError('INVALID_STATE', '该申请已办结或不予受理，不能先行救助');
    const [prior] = await sqlRows<{ amountFen: string }>(em, `select amount_fen::text as "amountFen" from advance_relief where application_id = ?`, [app.id]);
    if (prior) throw new AppError('CONFLICT', `该申请已先行救助 ${Number(prior.amountFen) / 100} 元，不能重复`);
    const id = randomUUID();
    await sqlRows(
      em,
      `insert into advance_relief (id, application_id, area_code, amount_fen, reason, grant_date, paperwork_due, granted_by, granted_by_name, granted_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, app.id, app.areaCode, fen, reason, today, due, ctx.actor.id ?? null, ctx.actor.name, nowOf(ctx)],
    );
    await addHistory(ctx, em, {
      referralId: null,
      applicationId: app.id,
      areaCode: app.areaCode,
      kind: 'application.advance_relief',
      note: `先行救助 ${fen / 100} 元（绿色通道），须于 ${due} 前补办临时救助手续`,
    });
    await recordAudit(ctx, {
      action: 'relief.advance_granted',
      entityType: 'application',
      entityId: app.id,
      after: { amountYuan: fen / 100, reason, paperworkDue: due },
    });
    const [row] = await sqlRows<Row>(em, `${SELECT} where x.id = ?`, [id]);
    return toView(row, today);
  });
}

/**
 * 先行救助 of the reader's area: `open` = not yet regularized (待补办 and 补办超期), by due date — what 督办 shows;
 * otherwise every grant, newest first (at most 500).
 */
export async function listAdvanceReliefs(ctx: RequestContext, opts: { open?: boolean } = {}): Promise<AdvanceReliefView[]> {
  ctx.require('application.read', '查看先行救助');
  const today = todayOf(ctx);
  const scope = areaSql(ctx, 'x.area_code');
  const rows = await ctx.tx((em) =>
    sqlRows<Row>(
      em,
      `select * from (${SELECT} where ${scope.sql}) v ${opts.open ? 'where not v.regularized order by v."paperworkDue", v."grantedAt"' : 'order by v."grantedAt" desc'} limit 500`,
      scope.params,
    ),
  );
  return rows.map((r) => toView(r, today));
}
