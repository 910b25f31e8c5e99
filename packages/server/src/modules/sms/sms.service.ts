import { wakeSystemJob } from '../jobs/jobs.service';
import { maskPhone } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isInScope } from '../../shared/scope';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { recordAudit } from '../audit/audit.service';
import { normalisePhone } from '../household/identity';
import { CONFIG_COLUMNS, configRow, envProviderConfig, HHMM, PROVIDERS, SMS_CONFIG_ID } from './config';
import { emSql } from './db';
import type { SmsProviderName } from './providers/types';
import { SMS_SAMPLE_PARAMS, SMS_VARIABLE_NAMES, renderTemplate, templateProblems, type SmsRecipientKind } from './templates';

export const SMS_STATUS_NAMES: Record<string, string> = {
  QUEUED: '待发送',
  SENDING: '发送中',
  SENT: '已提交',
  DELIVERED: '已送达',
  FAILED: '发送失败（将重试）',
  DEAD: '已停止重试',
  UNKNOWN: '结果待核实',
  SKIPPED: '无手机号',
};

export interface SmsMessageView {
  id: string;
  eventType: string;
  templateCode: string;
  recipientKind: SmsRecipientKind;
  phoneMasked: string | null;
  content: string;
  areaCode: string;
  urgent: boolean;
  status: string;
  attempts: number;
  nextAttemptAt: Date | null;
  provider: string | null;
  lastError: string | null;
  sentAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

const MESSAGE_COLUMNS = `id, event_type as "eventType", template_code as "templateCode", recipient_kind as "recipientKind", phone_masked as "phoneMasked",
  content, area_code as "areaCode", urgent, status, attempts, case when status in ('QUEUED', 'FAILED') then next_attempt_at end as "nextAttemptAt",
  provider, last_error as "lastError", sent_at as "sentAt", delivered_at as "deliveredAt", created_at as "createdAt"`;

/**
 * Readers: the system administrator (and the system) read every message of their area; a department officer reads
 * the messages about its own department's referrals (`sms_message.department_id`), in its area (RLS). Returns the
 * extra WHERE condition and its parameters.
 */
function readerScope(ctx: RequestContext): { cond: string; params: unknown[] } {
  ctx.require('sms.read', '查看短信记录');
  if (ctx.can('sms.manage') || ctx.actor.kind === 'system') return { cond: 'true', params: [] };
  if (!ctx.departmentId) throw new AppError('FORBIDDEN', '短信记录仅部门经办人员和系统管理员可以查看');
  return { cond: 'department_id = ?', params: [ctx.departmentId] };
}

export async function listSmsMessages(ctx: RequestContext, filter: { status?: string | null }, page: Partial<PageArgs>): Promise<PageResult<SmsMessageView>> {
  const scope = readerScope(ctx);
  const p = checkPage(page);
  if (filter.status && !(filter.status in SMS_STATUS_NAMES)) throw new AppError('BAD_USER_INPUT', '未知的短信状态', { field: 'status' });
  const where = `where ${scope.cond}${filter.status ? ' and status = ?' : ''}`;
  const params = [...scope.params, ...(filter.status ? [filter.status] : [])];
  return ctx.tx(async (em) => {
    const sql = emSql(em);
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from sms_message ${where}`, params);
    const items = await sql<SmsMessageView>(`select ${MESSAGE_COLUMNS} from sms_message ${where} order by created_at desc, id limit ? offset ?`, [
      ...params,
      p.pageSize,
      offsetOf(p),
    ]);
    return { items, total: n, ...p };
  });
}

export async function getSmsMessage(ctx: RequestContext, id: string): Promise<SmsMessageView> {
  const scope = readerScope(ctx);
  const [m] = await ctx.tx((em) =>
    emSql(em)<SmsMessageView>(`select ${MESSAGE_COLUMNS} from sms_message where id = ? and ${scope.cond}`, [id, ...scope.params]),
  );
  if (!m) throw new AppError('NOT_FOUND', '短信记录不存在或不在您的管辖范围内');
  return m;
}

/**
 * 重新发送: a `DEAD` or `UNKNOWN` message back to `QUEUED` (attempts from 0). The administrator has checked that the
 * provider did not send it: the next delivery sends without a lookup.
 */
export async function retrySmsMessage(ctx: RequestContext, id: string): Promise<SmsMessageView> {
  ctx.require('sms.manage', '重新发送短信');
  return ctx.tx(async (em) => {
    const sql = emSql(em);
    const [m] = await sql<{ status: string; attempts: number }>(`select status, attempts from sms_message where id = ? for update`, [id]);
    if (!m) throw new AppError('NOT_FOUND', '短信记录不存在或不在您的管辖范围内');
    if (m.status !== 'DEAD' && m.status !== 'UNKNOWN') throw new AppError('INVALID_STATE', `该短信状态为“${SMS_STATUS_NAMES[m.status]}”，无需重新发送`);
    const now = nowOf(ctx);
    await sql(
      `update sms_message set status = 'QUEUED', attempts = 0, uncertain = false, next_attempt_at = ?, last_error = null, updated_at = ? where id = ?`,
      [now, now, id],
    );
    await recordAudit(ctx, {
      action: 'sms.retried',
      entityType: 'sms_message',
      entityId: id,
      before: { status: m.status, attempts: m.attempts },
      after: { status: 'QUEUED' },
    });
    await wakeSystemJob(em, 'sms-deliver');
    const [v] = await sql<SmsMessageView>(`select ${MESSAGE_COLUMNS} from sms_message where id = ?`, [id]);
    return v;
  });
}

// ---------------------------------------------------------------- templates

export interface SmsTemplateView {
  code: string;
  name: string;
  recipientKind: SmsRecipientKind;
  eventType: string | null;
  content: string;
  allowedVariables: string[];
  amountsApproved: boolean;
  enabled: boolean;
  urgent: boolean;
  providerTemplateId: string | null;
  version: number;
  updatedByName: string | null;
  updatedAt: Date;
}

const TEMPLATE_COLUMNS = `code, name, recipient_kind as "recipientKind", event_type as "eventType", content, allowed_variables as "allowedVariables",
  amounts_approved as "amountsApproved", enabled, urgent, provider_template_id as "providerTemplateId", version, updated_by_name as "updatedByName",
  updated_at as "updatedAt"`;

export async function listSmsTemplates(ctx: RequestContext): Promise<SmsTemplateView[]> {
  readerScope(ctx);
  return ctx.tx((em) => emSql(em)<SmsTemplateView>(`select ${TEMPLATE_COLUMNS} from sms_template order by recipient_kind, code`));
}

export interface SmsTemplateChange {
  content: string;
  enabled: boolean;
  urgent: boolean;
  amountsApproved: boolean;
  providerTemplateId?: string | null;
}

export async function updateSmsTemplate(ctx: RequestContext, code: string, change: SmsTemplateChange, version: number): Promise<SmsTemplateView> {
  ctx.require('sms.manage', '修改短信模板');
  return ctx.tx(async (em) => {
    const sql = emSql(em);
    const [t] = await sql<SmsTemplateView>(`select ${TEMPLATE_COLUMNS} from sms_template where code = ? for update`, [code]);
    if (!t) throw new AppError('NOT_FOUND', '没有这个短信模板');
    if (t.version !== version) throw new AppError('CONFLICT', '该短信模板已被他人修改，请刷新后重试');
    const content = (change.content ?? '').trim();
    const problems = templateProblems(content, t.allowedVariables, change.amountsApproved);
    if (problems.length) throw new AppError('BAD_USER_INPUT', problems.join('；'), { field: 'content', problems });
    const pid = change.providerTemplateId?.trim() || null;
    if (pid && !/^[\w-]{1,64}$/.test(pid))
      throw new AppError('BAD_USER_INPUT', '服务商模板编号只能包含字母、数字、下划线和短横线', { field: 'providerTemplateId' });
    await sql(
      `update sms_template set content = ?, enabled = ?, urgent = ?, amounts_approved = ?, provider_template_id = ?, version = version + 1,
              updated_by_name = ?, updated_at = now() where code = ?`,
      [content, change.enabled, change.urgent, change.amountsApproved, pid, ctx.actor.name, code],
    );
    await recordAudit(ctx, {
      action: 'sms.template_updated',
      entityType: 'sms_template',
      entityId: code,
      before: { content: t.content, enabled: t.enabled, urgent: t.urgent, amountsApproved: t.amountsApproved, providerTemplateId: t.providerTemplateId },
      after: { content, enabled: change.enabled, urgent: change.urgent, amountsApproved: change.amountsApproved, providerTemplateId: pid },
      detail: { name: t.name },
    });
    const [v] = await sql<SmsTemplateView>(`select ${TEMPLATE_COLUMNS} from sms_template where code = ?`, [code]);
    return v;
  });
}

export interface SmsPreview {
  content: string;
  length: number;
  problems: string[];
}

/** Live preview of a template text with sample values, and what would be refused. */
export async function previewSmsTemplate(ctx: RequestContext, code: string, content: string, amountsApproved: boolean): Promise<SmsPreview> {
  ctx.require('sms.manage', '预览短信模板');
  const [t] = await ctx.tx((em) => emSql(em)<SmsTemplateView>(`select ${TEMPLATE_COLUMNS} from sms_template where code = ?`, [code]));
  if (!t) throw new AppError('NOT_FOUND', '没有这个短信模板');
  const text = renderTemplate(content ?? '', SMS_SAMPLE_PARAMS, { allowed: t.allowedVariables, amountsApproved });
  return { content: text, length: [...text].length, problems: templateProblems(content ?? '', t.allowedVariables, amountsApproved) };
}

export const variableName = (v: string) => SMS_VARIABLE_NAMES[v] ?? v;

// ---------------------------------------------------------------- provider configuration

export interface SmsProviderConfigView {
  provider: SmsProviderName;
  source: 'console' | 'env' | 'default';
  endpoint: string | null;
  accessKeyId: string | null;
  secretSet: boolean;
  signName: string | null;
  sdkAppId: string | null;
  region: string | null;
  ratePerSecond: number;
  receiptTokenSet: boolean;
  quietStart: string;
  quietEnd: string;
  version: number;
  updatedByName: string | null;
  updatedAt: Date | null;
}

/** The configuration in force, secrets only as "set / not set". */
export async function smsProviderConfig(ctx: RequestContext): Promise<SmsProviderConfigView> {
  ctx.require('sms.manage', '查看短信服务商配置');
  const row = await ctx.tx((em) => configRow(emSql(em)));
  if (row) {
    return {
      provider: row.provider,
      source: 'console',
      endpoint: row.endpoint,
      accessKeyId: row.accessKeyId,
      secretSet: !!row.secretEnc,
      signName: row.signName,
      sdkAppId: row.sdkAppId,
      region: row.region,
      ratePerSecond: row.ratePerSecond,
      receiptTokenSet: !!row.receiptTokenEnc,
      quietStart: row.quietStart,
      quietEnd: row.quietEnd,
      version: row.version,
      updatedByName: row.updatedByName,
      updatedAt: row.updatedAt,
    };
  }
  const env = envProviderConfig();
  return {
    provider: env.provider,
    source: env.source,
    endpoint: env.endpoint,
    accessKeyId: env.accessKeyId,
    secretSet: !!env.secret,
    signName: env.signName,
    sdkAppId: env.sdkAppId,
    region: env.region,
    ratePerSecond: env.ratePerSecond,
    receiptTokenSet: !!env.receiptToken,
    quietStart: env.quietStart,
    quietEnd: env.quietEnd,
    version: 0,
    updatedByName: null,
    updatedAt: null,
  };
}

export interface SmsProviderConfigChange {
  provider: SmsProviderName;
  endpoint?: string | null;
  accessKeyId?: string | null;
  /** New secret; empty/null keeps the stored one unless `clearSecret`. */
  secret?: string | null;
  clearSecret?: boolean | null;
  signName?: string | null;
  sdkAppId?: string | null;
  region?: string | null;
  ratePerSecond: number;
  receiptToken?: string | null;
  clearReceiptToken?: boolean | null;
  quietStart: string;
  quietEnd: string;
}

const opt = (v: string | null | undefined) => (v ?? '').trim() || null;

export async function updateSmsProviderConfig(ctx: RequestContext, change: SmsProviderConfigChange, version: number): Promise<SmsProviderConfigView> {
  ctx.require('sms.manage', '修改短信服务商配置');
  if (!PROVIDERS.includes(change.provider)) throw new AppError('BAD_USER_INPUT', '短信服务商应为 log、aliyun、tencent 或 http', { field: 'provider' });
  const endpoint = opt(change.endpoint);
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) throw new AppError('BAD_USER_INPUT', '接口地址应以 http:// 或 https:// 开头', { field: 'endpoint' });
  if (change.provider === 'http' && !endpoint) throw new AppError('BAD_USER_INPUT', '通用 HTTP 接口须填写接口地址', { field: 'endpoint' });
  if (!Number.isInteger(change.ratePerSecond) || change.ratePerSecond < 1 || change.ratePerSecond > 1000)
    throw new AppError('BAD_USER_INPUT', '发送速率须为每秒 1–1000 条', { field: 'ratePerSecond' });
  if (!HHMM.test(change.quietStart) || !HHMM.test(change.quietEnd)) throw new AppError('BAD_USER_INPUT', '免打扰时段格式应为 HH:mm', { field: 'quietStart' });
  const fc = ctx.runtime.fieldCrypto;
  return ctx.tx(async (em) => {
    const sql = emSql(em);
    const row = (
      await sql<{ version: number; secretEnc: string | null; receiptTokenEnc: string | null; provider: string }>(
        `select ${CONFIG_COLUMNS} from sms_config where id = '${SMS_CONFIG_ID}' for update`,
      )
    )[0];
    if ((row?.version ?? 0) !== version) throw new AppError('CONFLICT', '短信服务商配置已被他人修改，请刷新后重试');
    const secret = opt(change.secret);
    const token = opt(change.receiptToken);
    const secretEnc = secret ? fc.encrypt(secret) : change.clearSecret ? null : (row?.secretEnc ?? null);
    const tokenEnc = token ? fc.encrypt(token) : change.clearReceiptToken ? null : (row?.receiptTokenEnc ?? null);
    const values = [
      SMS_CONFIG_ID,
      change.provider,
      endpoint,
      opt(change.accessKeyId),
      secretEnc,
      opt(change.signName),
      opt(change.sdkAppId),
      opt(change.region),
      change.ratePerSecond,
      tokenEnc,
      change.quietStart,
      change.quietEnd,
      ctx.actor.name,
    ];
    await sql(
      `insert into sms_config (id, provider, endpoint, access_key_id, secret_enc, sign_name, sdk_app_id, region, rate_per_second, receipt_token_enc,
                               quiet_start, quiet_end, updated_by_name, updated_at, version)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 1)
       on conflict (id) do update set provider = excluded.provider, endpoint = excluded.endpoint, access_key_id = excluded.access_key_id,
         secret_enc = excluded.secret_enc, sign_name = excluded.sign_name, sdk_app_id = excluded.sdk_app_id, region = excluded.region,
         rate_per_second = excluded.rate_per_second, receipt_token_enc = excluded.receipt_token_enc, quiet_start = excluded.quiet_start,
         quiet_end = excluded.quiet_end, updated_by_name = excluded.updated_by_name, updated_at = now(), version = sms_config.version + 1`,
      values,
    );
    await recordAudit(ctx, {
      action: 'sms.provider_updated',
      entityType: 'sms_config',
      entityId: SMS_CONFIG_ID,
      before: row ? { provider: row.provider } : null,
      after: {
        provider: change.provider,
        endpoint,
        ratePerSecond: change.ratePerSecond,
        quietHours: `${change.quietStart}-${change.quietEnd}`,
        secret: secret ? '已更换' : change.clearSecret ? '已清除' : '未改变',
        receiptToken: token ? '已更换' : change.clearReceiptToken ? '已清除' : '未改变',
      },
    });
    return smsProviderConfig(ctx);
  });
}

// ---------------------------------------------------------------- staff mobiles

/** Seals a staff member's mobile (window staff receive SMS); null clears it. Returns the masked number. */
export async function setUserMobile(ctx: RequestContext, userId: string, mobile: string | null, self: boolean): Promise<string | null> {
  if (!self) ctx.require('user.manage', '修改用户手机号码');
  else if (!ctx.isAuthenticated || ctx.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', '请先登录');
  const phone = normalisePhone(mobile, 'mobile');
  if (phone && !/^1[3-9]\d{9}$/.test(phone)) throw new AppError('BAD_USER_INPUT', '请填写 11 位手机号码', { field: 'mobile' });
  const masked = phone ? maskPhone(phone) : null;
  const enc = phone ? ctx.runtime.fieldCrypto.encrypt(phone) : null;
  return ctx.tx(async (em) => {
    const sql = emSql(em);
    const [target] = await sql<{ areaCode: string }>(`select area_code as "areaCode" from app_user where id = ?`, [userId]);
    if (!target || (!self && !isInScope(ctx, target.areaCode))) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    const rows = await sql<{ id: string; before: string | null }>(
      `update app_user u set mobile_enc = ?, mobile_masked = ?, updated_at = now() from (select id, mobile_masked as before from app_user where id = ?) b
        where u.id = b.id returning u.id, b.before`,
      [enc, masked, userId],
    );
    if (!rows.length) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    await recordAudit(ctx, { action: 'user.mobile_set', entityType: 'user', entityId: userId, before: { mobile: rows[0].before }, after: { mobile: masked } });
    return masked;
  });
}
