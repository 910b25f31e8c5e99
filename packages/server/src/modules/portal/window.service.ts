import { AREA_LEVEL_NAMES, areaLevel, type AreaLevel } from '@xiejiu/rules';
import { decodeRows, int, nullable, row, text, timestamp } from '../../db/rows';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { isInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { Area } from '../area/area.entity';
import { recordAudit } from '../audit/audit.service';
import { ServiceWindow } from './portal-content.entity';

/**
 * 受理窗口 (门户「受理窗口」): every 镇街 of the area tree and the district itself, with what the window staff or the system
 * administrator entered (`service_window`), or the defaults while nothing is entered. Public reference data: the
 * anonymous portal reads it through a narrow system step (the area table is under row-level security); only the
 * columns below leave this module, never who edited (a staff name) on the public surface.
 */

/** The text the portal shows while a window's address and hours are not entered. */
export const WINDOW_ASK_HOTLINE = '地址和时间请致电热线咨询';

export const defaultWindowName = (areaName: string) => `${areaName}便民服务中心 社会救助窗口`;

export interface WindowView {
  areaCode: string;
  areaName: string;
  level: number;
  levelName: string;
  /** The window's name: as entered, else the default from the area's name. */
  name: string;
  defaultName: string;
  nameIsDefault: boolean;
  address: string | null;
  hours: string | null;
  phone: string | null;
  mapText: string | null;
  note: string | null;
  /** False while nothing was ever entered for this area. */
  configured: boolean;
  updatedByName: string | null;
  updatedAt: Date | null;
  /** 0 = never entered (pass it back the first time). */
  version: number;
}

interface WindowRow {
  areaCode: string;
  areaName: string;
  level: number;
  name: string | null;
  address: string | null;
  hours: string | null;
  phone: string | null;
  mapText: string | null;
  note: string | null;
  updatedByName: string | null;
  updatedAt: Date | null;
  version: number;
}

const windowRow = row<WindowRow>({
  areaCode: text,
  areaName: text,
  level: int,
  name: nullable(text),
  address: nullable(text),
  hours: nullable(text),
  phone: nullable(text),
  mapText: nullable(text),
  note: nullable(text),
  updatedByName: nullable(text),
  updatedAt: nullable(timestamp),
  version: int,
});

/** Districts and towns (levels 1 and 2) — the places that have a window — with their window row if any. */
const WINDOWS_SQL = `select a.code as "areaCode", a.name as "areaName", a.level::int as level, w.name, w.address, w.hours, w.phone,
    w.map_text as "mapText", w.note, w.updated_by_name as "updatedByName", w.updated_at as "updatedAt", coalesce(w.version, 0) as version
  from area a left join service_window w on w.area_code = a.code`;

function view(r: WindowRow): WindowView {
  const defaultName = defaultWindowName(r.areaName);
  return {
    areaCode: r.areaCode,
    areaName: r.areaName,
    level: r.level,
    levelName: AREA_LEVEL_NAMES[r.level as AreaLevel] ?? '',
    name: r.name ?? defaultName,
    defaultName,
    nameIsDefault: !r.name,
    address: r.address,
    hours: r.hours,
    phone: r.phone,
    mapText: r.mapText,
    note: r.note,
    configured: r.version > 0,
    updatedByName: r.updatedByName,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/** Every window of the deployment, by area code (the district before its towns). Read as the system: public data. */
async function readWindows(ctx: RequestContext, areaCode?: string): Promise<WindowView[]> {
  const rows = await ctx.asSystem('门户受理窗口', (em) =>
    areaCode
      ? sqlRows(em, `${WINDOWS_SQL} where a.code = ? and a.level in (1, 2)`, [areaCode])
      : sqlRows(em, `${WINDOWS_SQL} where a.level in (1, 2) order by a.code limit 2000`),
  );
  return decodeRows(rows, windowRow, 'service_window').map(view);
}

/** 受理窗口 for everyone (no login): every town and the district, configured or not. */
export async function portalWindows(ctx: RequestContext): Promise<WindowView[]> {
  return readWindows(ctx);
}

/** 门户内容 › 受理窗口 (console): the same list with who changed what, and which rows the reader may edit. */
export async function listServiceWindows(ctx: RequestContext): Promise<Array<WindowView & { editable: boolean }>> {
  ctx.require('portal.manage', '维护门户受理窗口');
  return (await readWindows(ctx)).map((w) => ({ ...w, editable: isInScope(ctx, w.areaCode) }));
}

export interface ServiceWindowInput {
  name?: string | null;
  address?: string | null;
  hours?: string | null;
  phone?: string | null;
  mapText?: string | null;
  note?: string | null;
}

type WindowFields = Required<{ [K in keyof ServiceWindowInput]: string | null }>;

const FIELDS: Array<{ key: keyof ServiceWindowInput; label: string; max: number; multiline: boolean }> = [
  { key: 'name', label: '窗口名称', max: 60, multiline: false },
  { key: 'address', label: '地址', max: 200, multiline: false },
  { key: 'hours', label: '办公时间', max: 100, multiline: false },
  { key: 'phone', label: '咨询电话', max: 20, multiline: false },
  { key: 'mapText', label: '地图和交通说明', max: 300, multiline: true },
  { key: 'note', label: '备注', max: 300, multiline: true },
];

/** 023-61234567, 12349, 13900001000: digits and hyphens, starting with a digit (a `tel:` link must work). */
const PHONE = /^[0-9][0-9-]{2,19}$/;

/** Trimmed values (empty → null: the default name, or "not entered"), each checked with the field named. */
export function checkWindowInput(input: ServiceWindowInput | null | undefined): WindowFields {
  const out = {} as WindowFields;
  for (const f of FIELDS) {
    const raw = input?.[f.key];
    let v = typeof raw === 'string' ? raw.trim() : null;
    if (!v) {
      out[f.key] = null;
      continue;
    }
    if (f.key === 'phone') v = v.replace(/\s+/g, '');
    if ([...v].length > f.max) throw new AppError('BAD_USER_INPUT', `${f.label}不能超过 ${f.max} 个字`, { field: f.key });
    if (!f.multiline && /[\r\n]/.test(v)) throw new AppError('BAD_USER_INPUT', `${f.label}不能换行`, { field: f.key });
    if (f.key === 'phone' && !PHONE.test(v))
      throw new AppError('BAD_USER_INPUT', '咨询电话格式不正确：应为数字和连字符，如 023-61234567 或 12349', { field: 'phone' });
    out[f.key] = v;
  }
  return out;
}

/** The logged snapshot. The phone is the office's public number, logged in clear (`contactNumber`: not a person's phone). */
const snapshot = (w: WindowFields) => ({
  windowName: w.name,
  windowAddress: w.address,
  hours: w.hours,
  contactNumber: w.phone,
  mapText: w.mapText,
  note: w.note,
});

/**
 * Sets what the portal shows for the window of a town (or the district). The system administrator: any window of the
 * district; a town window: its own town only (the area must be inside the actor's scope — FORBIDDEN otherwise, and
 * without an area nothing: SCOPE_MISSING). `version` as read (0 the first time), else CONFLICT and nothing written.
 * Logged as `portal.window_updated` with before and after.
 */
export async function updateServiceWindow(
  ctx: RequestContext,
  areaCode: string,
  input: ServiceWindowInput,
  version: number,
): Promise<WindowView & { editable: boolean }> {
  ctx.require('portal.manage', '维护门户受理窗口');
  const code = (areaCode ?? '').trim();
  const level = areaLevel(code);
  if (level === null) throw new AppError('BAD_USER_INPUT', '区划代码格式不正确（12 位数字）', { field: 'areaCode' });
  if (level === 3) throw new AppError('BAD_USER_INPUT', '受理窗口设在镇街或区县，村社不单独设置', { field: 'areaCode' });
  if (!isInScope(ctx, code)) throw new AppError('FORBIDDEN', '只能维护本辖区的受理窗口');
  const fields = checkWindowInput(input);
  if (!Number.isInteger(version) || version < 0) throw new AppError('BAD_USER_INPUT', '版本号不正确', { field: 'version' });
  await ctx.tx(async (em) => {
    if (!(await em.findOne(Area, { code }))) throw new AppError('NOT_FOUND', '区划不存在');
    const existing = await em.findOne(ServiceWindow, { areaCode: code });
    if ((existing?.version ?? 0) !== version) throw new AppError('CONFLICT', '该窗口信息已被他人修改，请刷新后重试');
    const before: WindowFields | null = existing
      ? {
          name: existing.name ?? null,
          address: existing.address ?? null,
          hours: existing.hours ?? null,
          phone: existing.phone ?? null,
          mapText: existing.mapText ?? null,
          note: existing.note ?? null,
        }
      : null;
    const by = { updatedBy: ctx.userId, updatedByName: ctx.actor.name.slice(0, 64) };
    if (existing) Object.assign(existing, fields, by);
    else em.create(ServiceWindow, { areaCode: code, ...fields, ...by });
    await em.flush();
    await recordAudit(ctx, {
      action: 'portal.window_updated',
      entityType: 'service_window',
      entityId: code,
      before: before ? snapshot(before) : null,
      after: snapshot(fields),
    });
  });
  const [saved] = await readWindows(ctx, code);
  return { ...saved, editable: true };
}
