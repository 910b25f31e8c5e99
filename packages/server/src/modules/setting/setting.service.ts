import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/audit.service';
import { SETTING_KEYS, SETTINGS, type SettingKeyCode } from './setting.definitions';
import { Setting } from './setting.entity';

export interface SettingView {
  key: SettingKeyCode;
  name: string;
  description: string;
  value: string | null;
  updatedByName: string | null;
  updatedAt: Date | null;
  /** 0 = never set (pass it back to set it the first time). */
  version: number;
}

function view(key: SettingKeyCode, row: Setting | null): SettingView {
  const def = SETTINGS[key];
  return {
    key,
    name: def.name,
    description: def.description,
    value: row?.value ?? null,
    updatedByName: row?.updatedByName ?? null,
    updatedAt: row?.updatedAt ?? null,
    version: row?.version ?? 0,
  };
}

/** 系统设置: every setting with its current value (null = not set). */
export async function listSettings(ctx: RequestContext): Promise<SettingView[]> {
  ctx.require('setting.manage', '查看系统设置');
  return ctx.tx(async (em) => {
    const rows = new Map((await em.find(Setting, {})).map((r) => [r.key, r]));
    return SETTING_KEYS.map((k) => view(k, rows.get(k) ?? null));
  });
}

/**
 * The value a service needs (e.g. the receipt's hotline), or null when not set. Settings are not
 * personal data: any request may read one through its own transaction, without a permission.
 */
export async function settingValue(ctx: RequestContext, key: SettingKeyCode): Promise<string | null> {
  return ctx.tx(async (em) => (await em.findOne(Setting, { key }))?.value ?? null);
}

/** Sets a setting (creates it on first use); `version` as read (0 when never set), else CONFLICT. Logged with before/after. */
export async function updateSetting(ctx: RequestContext, key: SettingKeyCode, value: string, version: number): Promise<SettingView> {
  ctx.require('setting.manage', '修改系统设置');
  const def = SETTINGS[key];
  if (!def) throw new AppError('BAD_USER_INPUT', '没有这项设置', { field: 'key' });
  const v = (value ?? '').trim();
  if (!v) throw new AppError('BAD_USER_INPUT', `请填写${def.name}`, { field: 'value' });
  if (v.length > def.maxLength || !def.pattern.test(v))
    throw new AppError('BAD_USER_INPUT', `${def.name}格式不正确：应为${def.patternText}`, { field: 'value' });
  return ctx.tx(async (em) => {
    const row = await em.findOne(Setting, { key });
    if ((row?.version ?? 0) !== version) throw new AppError('CONFLICT', `${def.name}已被他人修改，请刷新后重试`);
    const before = row ? { value: row.value } : null;
    const by = { updatedBy: ctx.actor.kind === 'user' ? (ctx.actor.id ?? null) : null, updatedByName: ctx.actor.name };
    const saved = row ?? em.create(Setting, { key, value: v, ...by });
    if (row) Object.assign(row, { value: v, ...by });
    await em.flush();
    await recordAudit(ctx, { action: 'setting.updated', entityType: 'setting', entityId: key, before, after: { value: v }, detail: { name: def.name } });
    return view(key, saved);
  });
}
