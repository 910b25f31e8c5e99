import type { EntityManager } from '@mikro-orm/postgresql';
import { PROGRAM_NAMES, maskPersonName } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { scrubSensitive } from '../sms/templates';
import { APPLICATION_STATUSES, CHANNELS, OUTCOMES, statusName } from '../workflow/states';
import { placeName } from './apply.service';
import { countFailedUse, maskMobile, normaliseMobile, verifyCode } from './code.service';

/**
 * 进度查询: 受理号 (or a portal pre-application's 查询号) + the phone on the application + an SMS code sent to that
 * phone. The phone must be the one the application holds — the pre-application's contact phone, or the applicant's
 * (else the household's) phone in the ledger. A number that does not exist and a phone that does not match get the
 * same answer, and each counts as a wrong try of the code (5 and the code is void): no enumeration of applications.
 * What comes back is what the applicant would be told at the window: the masked name, the village, each program's
 * department, state and dates, and the SMS sent to the applicant about it (我的消息) — no household details.
 */
export interface CitizenStatusItem {
  programName: string;
  departmentName: string;
  statusName: string;
  /** 批准 / 不予批准 once decided. */
  outcomeName: string | null;
  dueDate: string | null;
  supplementNote: string | null;
  supplementDue: string | null;
  publicityUntil: string | null;
  decidedAt: Date | null;
}

export interface CitizenStep {
  at: Date;
  text: string;
}

export interface CitizenMessage {
  at: Date;
  content: string;
}

export interface CitizenApplicationStatus {
  queryNo: string | null;
  receiptNo: string | null;
  status: string;
  statusName: string;
  channelName: string;
  applicantName: string;
  areaName: string;
  submittedAt: Date;
  acceptedAt: Date | null;
  closedAt: Date | null;
  rejectReason: string | null;
  programNames: string[];
  items: CitizenStatusItem[];
  steps: CitizenStep[];
  messages: CitizenMessage[];
  /** The reporter of a 群众报告 looking it up: only whether the window has acted (see `reporterView`). */
  reporterView: boolean;
}

interface AppRow {
  id: string;
  receiptNo: string | null;
  queryNo: string | null;
  status: string;
  channel: string;
  areaCode: string;
  contact: Record<string, string | null> | null;
  requested: Array<{ programCode: string }>;
  createdAt: Date;
  acceptedAt: Date | null;
  closedAt: Date | null;
  rejectReason: string | null;
  applicantName: string | null;
  personPhoneEnc: string | null;
  householdPhoneEnc: string | null;
  areaName: string | null;
  townName: string | null;
}

const NO_MATCH = '没有找到与该手机号码对应的申请，请核对受理号（或查询号）和手机号码';

export function normaliseNumber(raw: string | null | undefined): string {
  const n = (raw ?? '').replace(/\s/g, '').toUpperCase();
  if (!/^(SJ|YS)\d{8,20}$/.test(n)) throw new AppError('BAD_USER_INPUT', '请输入受理号（SJ 开头）或查询号（YS 开头）', { field: 'number' });
  return n;
}

export async function lookupCitizenApplication(ctx: RequestContext, input: { number: string; phone: string; code: string }): Promise<CitizenApplicationStatus> {
  const number = normaliseNumber(input.number);
  const phone = normaliseMobile(input.phone);
  const verified = await verifyCode(ctx, phone, 'LOOKUP', input.code);
  const fc = ctx.runtime.fieldCrypto;
  const found = await ctx.asSystem('网上进度查询', async (em, sys) => {
    const [app] = await sqlRows<AppRow>(
      em,
      `select a.id, a.receipt_no as "receiptNo", a.query_no as "queryNo", a.status, a.channel, a.area_code as "areaCode", a.contact, a.requested,
              a.created_at as "createdAt", a.accepted_at as "acceptedAt", a.closed_at as "closedAt", a.reject_reason as "rejectReason",
              p.name as "applicantName", p.phone_enc as "personPhoneEnc", h.phone_enc as "householdPhoneEnc", v.name as "areaName", t.name as "townName"
         from application a
         left join person p on p.id = a.applicant_person_id
         left join household h on h.id = a.household_id
         left join area v on v.code = a.area_code
         left join area t on t.code = v.parent_code
        where a.receipt_no = ? or a.query_no = ?
        limit 1`,
      [number, number],
    );
    const phones = app ? [app.contact?.phoneEnc, app.personPhoneEnc, app.householdPhoneEnc].filter((x): x is string => !!x) : [];
    const applicant = !!app && phones.some((sealed) => fc.decrypt(sealed) === phone);
    const reporter = !applicant && !!app?.contact?.reporterPhoneEnc && fc.decrypt(app.contact.reporterPhoneEnc) === phone;
    if (!app || (!applicant && !reporter)) return null;
    await recordAudit(sys, {
      action: 'citizen.application_looked_up',
      entityType: 'application',
      entityId: app.id,
      after: { number, phone: maskMobile(phone), ...(reporter ? { as: 'reporter' } : {}) },
    });
    return reporter ? reporterView(app) : view(em, app);
  });
  if (!found) {
    await countFailedUse(ctx, verified);
    throw new AppError('NOT_FOUND', NO_MATCH, { reason: 'NO_MATCH' });
  }
  return found;
}

/**
 * What the reporter of a 群众报告 is told: the report arrived, and whether the window has taken it up (an application
 * was accepted) or closed it — without the reason, the programs, the departments, the decisions or the SMS: those are
 * the person's business, not the neighbour's.
 */
function reporterView(app: AppRow): CitizenApplicationStatus {
  const steps: CitizenStep[] = [{ at: app.createdAt, text: '收到您的报告，等待窗口核实' }];
  if (app.acceptedAt) steps.push({ at: app.acceptedAt, text: '窗口已核实，当事人的救助申请已受理' });
  else if (app.status === 'REJECTED' && app.closedAt) steps.push({ at: app.closedAt, text: '窗口已核实处理（未受理救助申请）' });
  const name = app.contact?.name ?? '';
  return {
    queryNo: app.queryNo,
    receiptNo: null,
    status: app.status === 'PENDING_CONFIRM' ? app.status : app.acceptedAt ? 'ACCEPTED' : 'REJECTED',
    statusName: app.status === 'PENDING_CONFIRM' ? '待窗口核实' : '窗口已处理',
    channelName: CHANNELS.PUBLIC,
    applicantName: name ? maskPersonName(name) : '',
    areaName: placeName(app.townName, app.areaName ?? ''),
    submittedAt: app.createdAt,
    acceptedAt: app.acceptedAt,
    closedAt: null,
    rejectReason: null,
    programNames: [],
    items: [],
    steps,
    messages: [],
    reporterView: true,
  };
}

async function view(em: EntityManager, app: AppRow): Promise<CitizenApplicationStatus> {
  const referrals = await sqlRows<{
    programCode: string;
    departmentName: string;
    status: string;
    outcome: string | null;
    dueDate: string | null;
    supplementNote: string | null;
    supplementDue: string | null;
    publicityStart: string | null;
    publicityUntil: string | null;
    createdAt: Date;
    signedAt: Date | null;
    decidedAt: Date | null;
  }>(
    em,
    `select r.program_code as "programCode", d.name as "departmentName", r.status, r.outcome, r.due_date::text as "dueDate",
            r.supplement_note as "supplementNote", r.supplement_due::text as "supplementDue", r.publicity_start::text as "publicityStart",
            r.publicity_until::text as "publicityUntil", r.created_at as "createdAt", r.signed_at as "signedAt", r.decided_at as "decidedAt"
       from referral r join department d on d.id = r.department_id
      where r.application_id = ? order by r.created_at, r.program_code`,
    [app.id],
  );
  const messages = await sqlRows<CitizenMessage>(
    em,
    `select m.created_at as "at", m.content from sms_message m
      where m.status <> 'SKIPPED'
        and ((m.recipient_kind = 'APPLICANT' and m.event_id in (select e.id from outbox_event e
               where e.aggregate_id = ? or e.aggregate_id in (select id from referral where application_id = ?)))
          or (m.recipient_kind = 'CITIZEN' and m.event_type = 'citizen.pre_application' and m.event_id = ?))
      order by m.created_at, m.id`,
    [app.id, app.id, app.id],
  );
  const program = (c: string) => PROGRAM_NAMES[c] ?? c;
  const steps: CitizenStep[] = [];
  const first: Record<string, string> = { PORTAL: '提交网上预申请', INFORMANT: '信息员报送，等待窗口联系', PUBLIC: '群众报告，等待窗口联系' };
  if (app.channel !== 'WINDOW') steps.push({ at: app.createdAt, text: first[app.channel] ?? '提交预申请' });
  if (app.acceptedAt) steps.push({ at: app.acceptedAt, text: `窗口受理，受理号 ${app.receiptNo}` });
  if (app.status === 'REJECTED' && app.closedAt) steps.push({ at: app.closedAt, text: `不予受理：${scrubSensitive(app.rejectReason ?? '')}` });
  for (const r of referrals) {
    steps.push({ at: r.createdAt, text: `【${program(r.programCode)}】转${r.departmentName}办理` });
    if (r.signedAt) steps.push({ at: r.signedAt, text: `【${program(r.programCode)}】${r.departmentName}已签收` });
    if (r.decidedAt && r.outcome)
      steps.push({ at: r.decidedAt, text: `【${program(r.programCode)}】${OUTCOMES[r.outcome as keyof typeof OUTCOMES] ?? r.outcome}` });
  }
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  const name = app.applicantName ?? app.contact?.name ?? '';
  return {
    queryNo: app.queryNo,
    receiptNo: app.receiptNo,
    status: app.status,
    statusName: (APPLICATION_STATUSES as Record<string, string>)[app.status] ?? app.status,
    channelName: (CHANNELS as Record<string, string>)[app.channel] ?? app.channel,
    applicantName: name ? maskPersonName(name) : '',
    areaName: placeName(app.townName, app.areaName ?? ''),
    submittedAt: app.createdAt,
    acceptedAt: app.acceptedAt,
    closedAt: app.closedAt,
    rejectReason: app.status === 'REJECTED' && app.rejectReason ? scrubSensitive(app.rejectReason) : null,
    programNames: [...new Set((app.requested ?? []).map((r) => program(r.programCode)))],
    items: referrals.map((r) => ({
      programName: program(r.programCode),
      departmentName: r.departmentName,
      statusName: r.status === 'DONE' && r.outcome ? '已办结' : statusName(r.status),
      outcomeName: r.outcome ? (OUTCOMES[r.outcome as keyof typeof OUTCOMES] ?? r.outcome) : null,
      dueDate: r.dueDate,
      supplementNote: r.status === 'SUPPLEMENT' && r.supplementNote ? scrubSensitive(r.supplementNote) : null,
      supplementDue: r.status === 'SUPPLEMENT' ? r.supplementDue : null,
      publicityUntil: r.status === 'PUBLICITY' ? r.publicityUntil : null,
      decidedAt: r.decidedAt,
    })),
    steps,
    messages,
    reporterView: false,
  };
}
