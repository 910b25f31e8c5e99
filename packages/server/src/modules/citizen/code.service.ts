import { PORTAL_PHONE_DOMAIN } from '../household/identity';
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { queueCitizenSms } from '../sms/direct';
import { checkCaptcha } from './captcha';

/**
 * 短信验证码 of the portal: a citizen proves a phone before applying online (APPLY), looking an application up
 * (LOOKUP) or writing a 留言 and looking its reply up (MESSAGE, modules/portal). Sending needs a picture captcha answered right (captcha.ts); the throttles below count rows of
 * `portal_verification` and `portal_captcha_use`, so they hold across processes and restarts.
 */
export type CodePurpose = 'APPLY' | 'LOOKUP' | 'MESSAGE' | 'REPORT';
export const CODE_PURPOSES: Record<CodePurpose, string> = {
  APPLY: '网上申请社会救助',
  LOOKUP: '查询社会救助申请进度',
  // 留言 (modules/portal message.service.ts): one purpose to write a message and to look its reply up.
  MESSAGE: '便民服务留言或查看留言答复',
  // 我要报告困难群众 (report.service.ts).
  REPORT: '报告身边的困难群众',
};

export const CODE_TTL_MINUTES = 10;
/** A new code for the same phone and purpose no sooner than this (one to apply, then one to look it up, is fine). */
export const CODE_RESEND_SECONDS = 60;
export const CODES_PER_PHONE_PER_DAY = 5;
/** Per sending address (when rate limits are on, `RATE_LIMIT_ENABLED`): codes sent, and captcha answers tried. */
export const CODES_PER_ADDRESS_PER_HOUR = 10;
export const CAPTCHA_TRIES_PER_ADDRESS_PER_HOUR = 30;
/** Wrong codes (and, for LOOKUP, lookups that matched nothing) before a code is void. */
export const CODE_MAX_ATTEMPTS = 5;
/** Rows older than this are deleted when a new code is sent. */
const KEEP_HOURS = 48;

const MOBILE = /^1[3-9]\d{9}$/;

/** An 11-digit mainland mobile number (spaces, hyphens and +86 allowed), else BAD_USER_INPUT on `phone`. */
export function normaliseMobile(raw: string | null | undefined, field = 'phone'): string {
  const digits = (raw ?? '').replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (!MOBILE.test(digits)) throw new AppError('BAD_USER_INPUT', '请输入正确的 11 位手机号码', { field });
  return digits;
}

export const maskMobile = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

function purposeOf(raw: string): CodePurpose {
  if (!Object.hasOwn(CODE_PURPOSES, raw)) throw new AppError('BAD_USER_INPUT', '验证码用途不正确', { field: 'purpose' });
  return raw as CodePurpose;
}

const hour = 3_600_000;
const codeHash = (ctx: RequestContext, id: string, code: string) => ctx.runtime.fieldCrypto.blindIndex(`portal-sms-code:${id}:${code}`);
const phoneKeys = (ctx: RequestContext, phone: string) => `{${ctx.runtime.fieldCrypto.blindIndexes(`${PORTAL_PHONE_DOMAIN}${phone}`).join(',')}}`;
const phoneKey = (ctx: RequestContext, phone: string) => ctx.runtime.fieldCrypto.blindIndex(`${PORTAL_PHONE_DOMAIN}${phone}`);

function throttled(message: string, retryAfter: number, reason: string): AppError {
  return new AppError('RATE_LIMITED', message, { retryAfter: Math.max(1, Math.ceil(retryAfter)), reason });
}

export interface CodeSent {
  phoneMasked: string;
  resendAfterSeconds: number;
  expiresInMinutes: number;
}

export interface SendCodeInput {
  phone: string;
  purpose: string;
  captchaToken: string;
  captchaAnswer: string;
}

/**
 * Sends a code to `phone` after the captcha. Refused (nothing sent): a wrong, used or expired captcha
 * (BAD_USER_INPUT on `captchaAnswer`, `reason` CAPTCHA_WRONG / CAPTCHA_USED / CAPTCHA_EXPIRED — the picture is spent
 * either way); another code for the phone and purpose within 60 s, more than 5 a day for the phone, more than 10 an hour from one address or
 * 30 captcha tries an hour from one address (RATE_LIMITED with `retryAfter`). The same answer whether or not the phone
 * has anything with us: no enumeration. Logged `citizen.code_sent` (the phone masked).
 */
export async function sendVerificationCode(ctx: RequestContext, input: SendCodeInput): Promise<CodeSent> {
  const phone = normaliseMobile(input.phone);
  const purpose = purposeOf(input.purpose);
  const now = nowOf(ctx);
  const ip = ctx.ip ?? 'unknown';
  const perAddress = ctx.runtime.config.rateLimit.enabled;

  // 1. The captcha (off only for browser tests: CAPTCHA_ENABLED, refused in production).
  if (ctx.runtime.config.captchaEnabled) await spendCaptcha(ctx, input, now);

  // 2. The throttles and the code, in one transaction serialised per phone.
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await ctx.asSystem('网上验证码', async (em, sys) => {
    const key = phoneKey(ctx, phone);
    await sqlRows(em, `select pg_advisory_xact_lock(hashtext(?))`, [`portal-phone:${key}`]);
    const [last] = await sqlRows<{ createdAt: Date; today: number }>(
      em,
      `select max(created_at) filter (where purpose = ?) as "createdAt", count(*)::int as today
         from portal_verification where phone_bidx = any(?::varchar[]) and created_at > ?`,
      [purpose, phoneKeys(ctx, phone), new Date(now.getTime() - 24 * hour)],
    );
    if (last.createdAt) {
      const wait = CODE_RESEND_SECONDS - (now.getTime() - last.createdAt.getTime()) / 1000;
      if (wait > 0) throw throttled(`验证码已发送，请 ${Math.ceil(wait)} 秒后再获取`, wait, 'CODE_RESEND_TOO_SOON');
    }
    if (last.today >= CODES_PER_PHONE_PER_DAY)
      throw throttled('该手机号码今天获取验证码的次数已达上限，请明天再试，或拨打救助热线', 24 * 3600, 'CODE_DAILY_LIMIT');
    if (perAddress) {
      const [{ n }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from portal_verification where ip = ? and created_at > ?`, [
        ip,
        new Date(now.getTime() - hour),
      ]);
      if (n >= CODES_PER_ADDRESS_PER_HOUR) throw throttled('获取验证码过于频繁，请稍后再试，或拨打救助热线', hour / 1000, 'CODE_ADDRESS_LIMIT');
    }
    const old = new Date(now.getTime() - KEEP_HOURS * hour);
    await sqlRows(em, `delete from portal_verification where created_at < ?`, [old]);
    await sqlRows(em, `delete from portal_captcha_use where used_at < ?`, [old]);

    const id = randomUUID();
    await sqlRows(em, `insert into portal_verification (id, purpose, phone_bidx, code_hash, ip, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)`, [
      id,
      purpose,
      key,
      codeHash(ctx, id, code),
      ip,
      now,
      new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
    ]);
    const [district] = await sqlRows<{ code: string }>(em, `select code from area where level = 1 order by code limit 1`);
    if (!district) throw new AppError('INVALID_STATE', '系统尚未设置行政区划，暂不能发送验证码');
    await queueCitizenSms(sys, em, {
      sourceId: id,
      eventType: 'citizen.verification_code',
      templateCode: 'VERIFY_CODE',
      phone,
      params: { purpose: CODE_PURPOSES[purpose], minutes: String(CODE_TTL_MINUTES) },
      secret: { code },
      areaCode: district.code,
    });
    await recordAudit(sys, { action: 'citizen.code_sent', entityType: 'portal_verification', entityId: id, after: { phone: maskMobile(phone), purpose } });
  });
  return { phoneMasked: maskMobile(phone), resendAfterSeconds: CODE_RESEND_SECONDS, expiresInMinutes: CODE_TTL_MINUTES };
}

/** Checks the captcha and spends it in a transaction of its own: a wrong answer must stay spent. */
async function spendCaptcha(ctx: RequestContext, input: SendCodeInput, now: Date): Promise<void> {
  const ip = ctx.ip ?? 'unknown';
  const perAddress = ctx.runtime.config.rateLimit.enabled;
  const fc = ctx.runtime.fieldCrypto;
  const check = checkCaptcha(fc, input.captchaToken, input.captchaAnswer, now);
  if (!check.nonce) throw new AppError('BAD_USER_INPUT', '图形验证码不正确，请点击图片换一张后重新输入', { field: 'captchaAnswer', reason: 'CAPTCHA_WRONG' });
  const spent = await ctx.asSystem('网上验证码', async (em) => {
    if (perAddress) {
      const [{ n }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from portal_captcha_use where ip = ? and used_at > ?`, [
        ip,
        new Date(now.getTime() - hour),
      ]);
      if (n >= CAPTCHA_TRIES_PER_ADDRESS_PER_HOUR) return 'LIMIT' as const;
    }
    const rows = await sqlRows(
      em,
      `insert into portal_captcha_use (nonce, ip, correct, used_at) values (?, ?, ?, ?) on conflict (nonce) do nothing returning nonce`,
      [check.nonce, ip, check.ok, now],
    );
    return rows.length ? ('FIRST' as const) : ('USED' as const);
  });
  if (spent === 'LIMIT') throw throttled('操作过于频繁，请稍后再试，或拨打救助热线', hour / 1000, 'CAPTCHA_RATE_LIMITED');
  if (spent === 'USED') throw new AppError('BAD_USER_INPUT', '图形验证码已使用，请点击图片换一张', { field: 'captchaAnswer', reason: 'CAPTCHA_USED' });
  if (!check.ok && check.reason === 'EXPIRED')
    throw new AppError('BAD_USER_INPUT', '图形验证码已过期，请点击图片换一张', { field: 'captchaAnswer', reason: 'CAPTCHA_EXPIRED' });
  if (!check.ok) throw new AppError('BAD_USER_INPUT', '图形验证码不正确，请看清新图片后重新输入', { field: 'captchaAnswer', reason: 'CAPTCHA_WRONG' });
}

export interface VerifiedCode {
  id: string;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Checks the latest code of `phone` for `purpose` in a transaction of its own (a wrong code counts even though
 * the request fails): BAD_USER_INPUT on `field` with `reason` CODE_MISSING, CODE_USED (spent by an application),
 * CODE_EXPIRED, CODE_LOCKED (5 wrong tries) or CODE_WRONG. Only the latest code counts: a new one voids the older. A right code is marked verified; consuming it is the caller's (`consumeCode`, in its own transaction).
 */
export async function verifyCode(
  ctx: RequestContext,
  phone: string,
  purpose: CodePurpose,
  code: string | null | undefined,
  field = 'code',
): Promise<VerifiedCode> {
  const typed = (code ?? '').replace(/\s/g, '');
  if (!/^\d{6}$/.test(typed)) throw new AppError('BAD_USER_INPUT', '请输入收到的 6 位短信验证码', { field, reason: 'CODE_WRONG' });
  const now = nowOf(ctx);
  const outcome = await ctx.asSystem('网上验证码', async (em) => {
    const [row] = await sqlRows<{ id: string; codeHash: string; expiresAt: Date; attempts: number; consumedAt: Date | null }>(
      em,
      `select id, code_hash as "codeHash", expires_at as "expiresAt", attempts, consumed_at as "consumedAt" from portal_verification
        where phone_bidx = any(?::varchar[]) and purpose = ? order by created_at desc limit 1 for update`,
      [phoneKeys(ctx, phone), purpose],
    );
    type Outcome = { id: string } | { error: 'CODE_MISSING' | 'CODE_USED' | 'CODE_EXPIRED' | 'CODE_LOCKED' | 'CODE_WRONG' };
    if (!row) return { error: 'CODE_MISSING' } as Outcome;
    if (row.consumedAt) return { error: 'CODE_USED' } as Outcome;
    if (row.expiresAt < now) return { error: 'CODE_EXPIRED' as const };
    if (row.attempts >= CODE_MAX_ATTEMPTS) return { error: 'CODE_LOCKED' as const };
    if (!same(row.codeHash, codeHash(ctx, row.id, typed))) {
      await sqlRows(em, `update portal_verification set attempts = attempts + 1 where id = ?`, [row.id]);
      return { error: row.attempts + 1 >= CODE_MAX_ATTEMPTS ? ('CODE_LOCKED' as const) : ('CODE_WRONG' as const) };
    }
    await sqlRows(em, `update portal_verification set verified_at = coalesce(verified_at, ?) where id = ?`, [now, row.id]);
    return { id: row.id } as Outcome;
  });
  if (!('error' in outcome)) return { id: outcome.id };
  const messages = {
    CODE_MISSING: '请先获取短信验证码',
    CODE_USED: '该验证码已使用，如需再次提交请重新获取',
    CODE_EXPIRED: '短信验证码已过期，请重新获取',
    CODE_LOCKED: '短信验证码错误次数过多，请重新获取',
    CODE_WRONG: '短信验证码不正确，请核对后重新输入',
  };
  throw new AppError('BAD_USER_INPUT', messages[outcome.error], { field, reason: outcome.error });
}

/** Counts a failed use of a verified code (a lookup that matched nothing) towards its attempts. */
export async function countFailedUse(ctx: RequestContext, verified: VerifiedCode): Promise<void> {
  await ctx.asSystem('网上验证码', (em) => sqlRows(em, `update portal_verification set attempts = attempts + 1 where id = ?`, [verified.id]));
}

/** Spends a verified code inside the caller's transaction: a second use (a double submit) is CONFLICT. */
export async function consumeCode(ctx: RequestContext, em: EntityManager, verified: VerifiedCode): Promise<void> {
  const rows = await sqlRows(em, `update portal_verification set consumed_at = ? where id = ? and consumed_at is null returning id`, [nowOf(ctx), verified.id]);
  if (!rows.length) throw new AppError('CONFLICT', '该验证码已使用，请勿重复提交；如需再次申请，请重新获取验证码', { field: 'code', reason: 'CODE_USED' });
}
