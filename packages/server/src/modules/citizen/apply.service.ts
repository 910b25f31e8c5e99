import { randomInt } from 'node:crypto';
import { maskIdNumber, parseIdNumber, parsePersonName } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { catalogueInForce } from '../program/catalogue.service';
import { createPreApplication } from '../workflow/application.service';
import { queueCitizenSms } from '../sms/direct';
import { consumeCode, maskMobile, normaliseMobile, verifyCode } from './code.service';

/**
 * 网上预申请: a citizen whose phone was verified by an SMS code (code.service.ts) applies online. The application
 * lands in the queue of the chosen village's window as a 预申请 (channel PORTAL, 待窗口确认) — the same core as an
 * informant's report (`createPreApplication`, modules/workflow) — and the window confirms it into an accepted
 * application with referrals (一表登记), or rejects it with a reason. The applicant gets a 查询号 at once.
 */
export interface CitizenApplicationInput {
  phone: string;
  code: string;
  name: string;
  idNumber?: string | null;
  address: string;
  /** The village (community), 12 digits. */
  areaCode: string;
  householdSize?: number | null;
  /** Program codes (the portal's 政策查询 / 我能申请什么). */
  programs: string[];
  description: string;
  urgent?: boolean | null;
  /** 同意核对: the applicant agrees that the household's economic situation is checked (授权核对). */
  consent: boolean;
}

export interface CitizenApplicationReceipt {
  queryNo: string;
  phoneMasked: string;
  areaName: string;
  submittedAt: Date;
}

/** The words the applicant agrees to (shown on the form, stored with the application). */
export const CONSENT_TEXT =
  '本人承诺所填信息真实，并同意社会救助经办机构为办理本申请，依法查询、核对本人及共同生活家庭成员的户籍、收入、财产等信息。正式受理时须在窗口签署《家庭经济状况核对授权书》。';
export const CONSENT_VERSION = '2026-12';

const bad = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

export async function submitCitizenApplication(ctx: RequestContext, input: CitizenApplicationInput): Promise<CitizenApplicationReceipt> {
  // Everything the person typed is checked before the code is looked at: a typo does not cost a code attempt.
  const phone = normaliseMobile(input.phone);
  const name = parsePersonName(input.name);
  if (!input.name?.trim()) throw bad('name', '请填写申请人姓名');
  if (!name.ok) throw bad('name', name.message);
  let id: string | null = null;
  if (input.idNumber?.trim()) {
    const parsed = parseIdNumber(input.idNumber, nowOf(ctx));
    if (!parsed.ok) throw bad('idNumber', parsed.message);
    id = parsed.value.idNumber;
  }
  const size = input.householdSize ?? null;
  if (size !== null && (!Number.isInteger(size) || size < 1 || size > 20)) throw bad('householdSize', '家庭人口应为 1 到 20 人');
  if (!input.address?.trim()) throw bad('address', '请填写现住址');
  if (input.address.trim().length > 200) throw bad('address', '现住址不超过 200 字');
  if (!input.description?.trim()) throw bad('description', '请简要说明家庭困难情况');
  if (input.description.trim().length > 1000) throw bad('description', '困难情况不超过 1000 字');
  const codes = [...new Set((input.programs ?? []).map((c) => c.trim()).filter(Boolean))];
  if (!codes.length) throw bad('programs', '请至少选择一项想申请的救助');
  if (codes.length > 10) throw bad('programs', '一次最多选择 10 项');
  const { catalogue } = await catalogueInForce(ctx);
  for (const c of codes) if (!catalogue.programs.some((p) => p.code === c && p.applicable)) throw bad('programs', '所选救助事项不存在或不能在网上申请');
  const village = await portalVillage(ctx, input.areaCode);
  if (input.consent !== true) throw bad('consent', '请阅读并勾选同意核对家庭经济状况后再提交');

  const verified = await verifyCode(ctx, phone, 'APPLY', input.code);
  const now = nowOf(ctx);
  const fc = ctx.runtime.fieldCrypto;
  return ctx.asSystem('网上预申请', async (em, sys) => {
    await consumeCode(sys, em, verified);
    const queryNo = await newQueryNo(em, todayOf(ctx));
    const applicationId = await createPreApplication(
      sys,
      {
        contactName: input.name,
        contactPhone: phone,
        address: input.address,
        areaCode: input.areaCode,
        programs: codes.map((programCode) => ({ programCode })),
        description: input.description,
        urgent: !!input.urgent,
      },
      {
        channel: 'PORTAL',
        queryNo,
        contact: {
          idMasked: id ? maskIdNumber(id) : null,
          idEnc: id ? fc.encrypt(id) : null,
          householdSize: size === null ? null : String(size),
          consentAt: now.toISOString(),
          consentVersion: CONSENT_VERSION,
        },
      },
    );
    const areaName = placeName(village.townName, village.name);
    // The receipt by SMS (quiet hours respected; a disabled template sends nothing): the 查询号 stays with the person.
    await queueCitizenSms(sys, em, {
      sourceId: applicationId,
      eventType: 'citizen.pre_application',
      templateCode: 'PRE_APPLIED',
      phone,
      params: { area: areaName, queryNo },
      secret: {},
      areaCode: input.areaCode,
      optional: true,
    });
    return { queryNo, phoneMasked: maskMobile(phone), areaName, submittedAt: now };
  });
}

/** The village (community) chosen on a portal form, with its town's name; BAD_USER_INPUT on `areaCode` otherwise. */
export async function portalVillage(ctx: RequestContext, areaCode: string | null | undefined): Promise<{ name: string; townName: string | null }> {
  if (!/^\d{12}$/.test(areaCode ?? '')) throw bad('areaCode', '请选择所在镇街和村（社区）');
  const [village] = await ctx.asSystem('门户区划', (em) =>
    sqlRows<{ name: string; townName: string | null }>(
      em,
      `select a.name, t.name as "townName" from area a left join area t on t.code = a.parent_code where a.code = ? and a.level = 3`,
      [areaCode],
    ),
  );
  if (!village) throw bad('areaCode', '请选择所在镇街和村（社区）');
  return village;
}

/** 「镇街 + 村」, unless the village's name already starts with its town's. */
export const placeName = (town: string | null, village: string) => (town && !village.startsWith(town) ? `${town}${village}` : village);

/** 查询号 YS + date + 6 random digits (not a sequence: numbers say nothing about how many people applied). */
export async function newQueryNo(em: Parameters<typeof sqlRows>[0], today: string): Promise<string> {
  for (;;) {
    const no = `YS${today.replace(/-/g, '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const taken = await sqlRows(em, `select 1 from application where query_no = ?`, [no]);
    if (!taken.length) return no;
  }
}

export interface PortalTown {
  code: string;
  name: string;
  villages: Array<{ code: string; name: string }>;
}

/** Towns and their villages, for the form's 所在地 (the area tree is public; read as the system: it is under RLS). */
export async function portalTowns(ctx: RequestContext): Promise<PortalTown[]> {
  const rows = await ctx.asSystem('门户区划', (em) =>
    sqlRows<{ code: string; name: string; level: number; parentCode: string | null }>(
      em,
      `select code, name, level, parent_code as "parentCode" from area where level in (2, 3) order by code`,
    ),
  );
  const towns = new Map<string, PortalTown>();
  for (const r of rows) if (r.level === 2) towns.set(r.code, { code: r.code, name: r.name, villages: [] });
  for (const r of rows) if (r.level === 3 && r.parentCode) towns.get(r.parentCode)?.villages.push({ code: r.code, name: r.name });
  return [...towns.values()].filter((t) => t.villages.length);
}
