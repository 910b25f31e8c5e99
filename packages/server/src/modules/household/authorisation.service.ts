import type { EntityManager } from '@mikro-orm/postgresql';
import { AUTHORISATION_SCOPES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { pgArray, sqlRows } from '../../shared/sql';
import { clip } from '../../shared/text';
import { recordAudit } from '../audit/audit.service';
import { linkFiles } from '../files/files.service';
import { settingValue } from '../setting/setting.service';
import { HouseholdAuthorisation } from './authorisation.entity';
import { addEvent, lockHousehold } from './ledger-write';

/**
 * 家庭经济状况核对授权书 (ADR 0023, "Ledger gaps"): recorded with the date signed, the data sources
 * authorised, the members who signed and the scanned file; valid until `validUntil` (default: signed
 * on + `VERIFICATION_AUTH_VALID_MONTHS` months, 12 when unset) unless revoked. Verification refuses to
 * start without a valid one (`validAuthorisation`).
 */

/** Months an authorisation is valid when the setting is not set. */
export const DEFAULT_AUTH_VALID_MONTHS = 12;

/** Owner type of the linked stored file (`stored_file.owner_type`). */
export const AUTHORISATION_FILE_OWNER = 'household_authorisation';

export interface AuthorisationInput {
  householdId: string;
  signedOn: string;
  /** Default: signedOn + VERIFICATION_AUTH_VALID_MONTHS months. */
  validUntil?: string | null;
  scope: string[];
  signerPersonIds: string[];
  /** A stored file uploaded through `POST /api/files` (PDF or image of the signed form). */
  fileId?: string | null;
  note?: string | null;
}

export type AuthorisationStatus = 'VALID' | 'EXPIRED' | 'REVOKED' | 'NOT_YET_VALID';

export interface AuthorisationView {
  id: string;
  householdId: string;
  signedOn: string;
  validUntil: string;
  scope: string[];
  signerPersonIds: string[];
  signerNames: string[];
  fileId: string | null;
  fileName: string | null;
  note: string | null;
  recordedByName: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  revokedByName: string | null;
  status: AuthorisationStatus;
  valid: boolean;
  version: number;
}

/** What verification needs of a valid authorisation. */
export interface ValidAuthorisation {
  id: string;
  signedOn: string;
  validUntil: string;
  scope: string[];
}

/** 'YYYY-MM-DD' plus `months` calendar months (the day clamped to the month's end: 01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Status on `today`: REVOKED, NOT_YET_VALID (signed later), EXPIRED (after validUntil) or VALID. */
export function authorisationStatus(a: { signedOn: string; validUntil: string; revokedAt?: Date | null }, today: string): AuthorisationStatus {
  if (a.revokedAt) return 'REVOKED';
  if (a.signedOn > today) return 'NOT_YET_VALID';
  if (a.validUntil < today) return 'EXPIRED';
  return 'VALID';
}

/** VERIFICATION_AUTH_VALID_MONTHS (system setting), 12 when unset. */
export async function authorisationValidMonths(ctx: RequestContext): Promise<number> {
  const v = Number(await settingValue(ctx, 'VERIFICATION_AUTH_VALID_MONTHS'));
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_AUTH_VALID_MONTHS;
}

function date(value: string | null | undefined, field: string, what: string): string {
  if (!value || !isIsoDate(value)) throw new AppError('BAD_USER_INPUT', `${what}格式应为 YYYY-MM-DD`, { field });
  return value;
}

const snapshot = (a: HouseholdAuthorisation) => ({
  signedOn: a.signedOn,
  validUntil: a.validUntil,
  scope: a.scope.join(','),
  signers: a.signerPersonIds.length,
  fileId: a.fileId ?? null,
});

/** 登记核对授权书. Returns the new authorisation's id. */
export async function recordAuthorisation(ctx: RequestContext, input: AuthorisationInput): Promise<string> {
  ctx.require('household.write', '登记核对授权书');
  const today = todayOf(ctx);
  const signedOn = date(input.signedOn, 'signedOn', '签署日期');
  if (signedOn > today) throw new AppError('BAD_USER_INPUT', '签署日期不能晚于今天', { field: 'signedOn' });
  const scope = [...new Set(input.scope ?? [])];
  if (!scope.length) throw new AppError('BAD_USER_INPUT', '请至少选择一项授权查询的数据来源', { field: 'scope' });
  for (const s of scope) if (!(s in AUTHORISATION_SCOPES)) throw new AppError('BAD_USER_INPUT', `授权范围不正确：${s}`, { field: 'scope' });
  const signers = [...new Set(input.signerPersonIds ?? [])];
  if (!signers.length) throw new AppError('BAD_USER_INPUT', '请选择签署授权书的家庭成员', { field: 'signerPersonIds' });
  if (!signers.every(isUuid)) throw new AppError('BAD_USER_INPUT', '签署人须是本户在册成员', { field: 'signerPersonIds' });
  if (input.fileId && !isUuid(input.fileId)) throw new AppError('NOT_FOUND', '文件不存在或不在您的管辖范围内', { field: 'fileId' });
  const note = (input.note ?? '').trim() || null;
  if (note && [...note].length > 200) throw new AppError('BAD_USER_INPUT', '备注不能超过 200 个字', { field: 'note' });
  return ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, input.householdId);
    const validUntil = input.validUntil ? date(input.validUntil, 'validUntil', '有效期截止日期') : addMonths(signedOn, await authorisationValidMonths(ctx));
    if (validUntil < signedOn) throw new AppError('BAD_USER_INPUT', '有效期截止日期不能早于签署日期', { field: 'validUntil' });
    if (validUntil < today) throw new AppError('BAD_USER_INPUT', `该授权书已于 ${validUntil} 过期，请让家庭重新签署`, { field: 'validUntil' });
    const members = await sqlRows<{ personId: string }>(
      em,
      `select person_id as "personId" from membership where household_id = ? and to_date is null and person_id = any(?::uuid[])`,
      [h.id, pgArray(signers)],
    );
    if (members.length !== signers.length) throw new AppError('BAD_USER_INPUT', '签署人须是本户在册成员', { field: 'signerPersonIds' });
    const a = em.create(HouseholdAuthorisation, {
      householdId: h.id,
      areaCode: h.areaCode,
      signedOn,
      validUntil,
      scope,
      signerPersonIds: signers,
      fileId: input.fileId ?? null,
      note,
      recordedBy: ctx.actor.kind === 'user' ? (ctx.actor.id ?? null) : null,
      recordedByName: clip(ctx.actor.name, 64),
      createdAt: nowOf(ctx),
    });
    // The file joins the household's record (its area, moves with it); refused when it is not this window's upload.
    if (input.fileId) await linkFiles(ctx, em, [input.fileId], AUTHORISATION_FILE_OWNER, a.id, h.areaCode);
    await em.flush();
    await addEvent(ctx, em, h, 'authorisation.recorded', `登记核对授权书（${signedOn} 签署，有效期至 ${validUntil}，授权 ${scope.length} 项数据来源）`);
    await recordAudit(ctx, { action: 'authorisation.recorded', entityType: 'household', entityId: h.id, after: { id: a.id, ...snapshot(a) } });
    return a.id;
  });
}

/** 撤销授权书 with a reason (4–200 characters); `version` as read, else CONFLICT. */
export async function revokeAuthorisation(ctx: RequestContext, id: string, reason: string, version: number): Promise<void> {
  ctx.require('household.write', '撤销核对授权书');
  const why = (reason ?? '').trim();
  if ([...why].length < 2) throw new AppError('BAD_USER_INPUT', '请填写撤销原因', { field: 'reason' });
  if ([...why].length > 200) throw new AppError('BAD_USER_INPUT', '撤销原因不能超过 200 个字', { field: 'reason' });
  await ctx.tx(async (em) => {
    const a = await em.findOne(HouseholdAuthorisation, { id });
    if (!a) throw new AppError('NOT_FOUND', '授权书记录不存在或不在您的管辖范围内');
    const h = await lockHousehold(ctx, em, a.householdId);
    await em.refresh(a);
    if (a.version !== version) throw new AppError('CONFLICT', '该授权书记录已被他人修改，请刷新后重试');
    if (a.revokedAt) throw new AppError('INVALID_STATE', '该授权书已撤销');
    a.revokedAt = nowOf(ctx);
    a.revokedReason = why;
    a.revokedByName = clip(ctx.actor.name, 64);
    await em.flush();
    await addEvent(ctx, em, h, 'authorisation.revoked', `撤销 ${a.signedOn} 签署的核对授权书：${why}`);
    await recordAudit(ctx, {
      action: 'authorisation.revoked',
      entityType: 'household',
      entityId: h.id,
      before: { id: a.id, ...snapshot(a) },
      detail: { reason: why },
    });
  });
}

/** The authorisations of a household, newest first (RLS: detail access). */
export async function listAuthorisations(ctx: RequestContext, householdId: string): Promise<AuthorisationView[]> {
  const today = todayOf(ctx);
  return ctx.tx(async (em) => {
    // (An alias ending in "Until" would be parsed as a timestamp by sqlRows: the date goes as validUntilDate.)
    const rows = await sqlRows<Omit<AuthorisationView, 'status' | 'valid' | 'validUntil'> & { validUntilDate: string }>(
      em,
      `select a.id, a.household_id as "householdId", a.signed_on::text as "signedOn", a.valid_until::text as "validUntilDate", a.scope,
              a.signer_person_ids as "signerPersonIds",
              coalesce((select array_agg(p.name order by array_position(a.signer_person_ids, p.id)) from person p where p.id = any(a.signer_person_ids)), '{}') as "signerNames",
              a.file_id as "fileId", f.original_name as "fileName", a.note, a.recorded_by_name as "recordedByName", a.created_at as "createdAt",
              a.revoked_at as "revokedAt", a.revoked_reason as "revokedReason", a.revoked_by_name as "revokedByName", a.version
         from household_authorisation a left join stored_file f on f.id = a.file_id
        where a.household_id = ? order by a.signed_on desc, a.created_at desc`,
      [householdId],
    );
    return rows.map(({ validUntilDate, ...r }) => {
      const status = authorisationStatus({ ...r, validUntil: validUntilDate }, today);
      return { ...r, validUntil: validUntilDate, status, valid: status === 'VALID' };
    });
  });
}

/**
 * The household's valid authorisation today (not revoked, signedOn ≤ today ≤ validUntil) — the one
 * lasting longest when there are several — or null. Read in `em` when given (the caller's open
 * transaction), else in a transaction of the actor's scope (RLS: detail access to the household).
 */
export async function validAuthorisation(ctx: RequestContext, em: EntityManager | null | undefined, householdId: string): Promise<ValidAuthorisation | null> {
  const today = todayOf(ctx);
  const read = async (e: EntityManager) => {
    const rows = await sqlRows<Omit<ValidAuthorisation, 'validUntil'> & { validUntilDate: string }>(
      e,
      `select id, signed_on::text as "signedOn", valid_until::text as "validUntilDate", scope
         from household_authorisation
        where household_id = ? and revoked_at is null and signed_on <= ?::date and valid_until >= ?::date
        order by valid_until desc, signed_on desc, id limit 1`,
      [householdId, today, today],
    );
    if (!rows.length) return null;
    const { validUntilDate, ...r } = rows[0];
    return { ...r, validUntil: validUntilDate };
  };
  return em ? read(em) : ctx.tx(read);
}
