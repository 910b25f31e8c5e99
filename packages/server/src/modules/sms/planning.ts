import { wakeSystemJob } from '../jobs/jobs.service';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PROGRAM_NAMES, maskPersonName } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import type { OutboxEventRow, OutboxHandler } from '../workflow/outbox-handlers';
import { ESCALATION_LEVELS } from '../workflow/states';
import { CONSULTATION_LEVELS, type ConsultationLevel } from '../consultation/codes';
import { afterQuietHours, loadProviderConfig } from './config';
import { emSql, type SqlFn } from './db';
import { renderTemplate, type SmsRecipientKind } from './templates';

/**
 * `smsOutboxHandler` (ADR 0024): turns a batch of outbox events into `sms_message` rows, in the consumer's
 * transaction. One row per recipient per event, keyed `<event id>:<APPLICANT|WINDOW|DEPARTMENT>:<person or user id>` (unique:
 * a batch retried after a rollback never makes a second message).
 *
 * - the applicant: events carrying `payload.sms` (the registered template) — phone from the ledger person
 *   `applicantPersonId` (its sealed value copied as is; the household's phone when the person has none); no mobile →
 *   a `SKIPPED` row (无手机号);
 * - window staff: the enabled WINDOW templates of the event type (受理, 补正, 批准, 不予批准, 督办, 超时) — active users
 *   with a window role and a mobile, of the event's village and its town;
 * - department officers: the enabled DEPARTMENT templates of the event type (会商任务 即将到期 / 已超期) — active users
 *   with the 部门经办 role and a mobile, of the department the event names (`payload.departmentId`); nothing when the
 *   会商任务 is done by the time the event is consumed.
 *
 * The content is rendered now with the template in force; names masked (张*明), ID- and phone-like text scrubbed.
 * A non-urgent message created in the quiet hours waits for their end. New messages wake `sms-deliver`.
 */
interface TemplateRow {
  code: string;
  recipientKind: SmsRecipientKind;
  eventType: string | null;
  content: string;
  allowedVariables: string[];
  amountsApproved: boolean;
  urgent: boolean;
}

interface PersonRow {
  id: string;
  name: string;
  phoneEnc: string | null;
  phoneMasked: string | null;
}

interface AreaRow {
  code: string;
  name: string;
  parentCode: string | null;
}

interface WindowUser {
  id: string;
  areaCode: string;
  mobileEnc: string;
  mobileMasked: string | null;
}

interface NewMessage {
  id: string;
  idempotency_key: string;
  event_id: string;
  event_type: string;
  template_code: string;
  recipient_kind: SmsRecipientKind;
  recipient_ref: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  content: string;
  params: Record<string, string>;
  area_code: string;
  /** The department whose referral the event is about (its officers read the message); null for application events. */
  department_id: string | null;
  urgent: boolean;
  status: 'QUEUED' | 'SKIPPED';
  next_attempt_at: string;
  last_error: string | null;
}

const WINDOW_ROLES = ['VILLAGE_WINDOW', 'TOWN_WINDOW'];
const DEPARTMENT_ROLE = 'DEPT_OFFICER';
const isMobile = (masked: string | null | undefined) => !!masked && /^1[3-9]\d\*{4}\d{4}$/.test(masked);
const str = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

export async function loadTemplates(sql: SqlFn): Promise<TemplateRow[]> {
  return sql<TemplateRow>(
    `select code, recipient_kind as "recipientKind", event_type as "eventType", content, allowed_variables as "allowedVariables",
            amounts_approved as "amountsApproved", urgent from sms_template where enabled`,
  );
}

/** The parameters an event offers its templates (before the template's own allowed list). */
function eventParams(ev: OutboxEventRow, person: PersonRow | undefined, area: AreaRow | undefined): Record<string, string | undefined> {
  const p = ev.payload as Record<string, unknown>;
  const sms = (p.sms as { params?: Record<string, unknown> } | undefined)?.params ?? {};
  const programCode = str(p.programCode);
  const codes = Array.isArray(p.programCodes) ? (p.programCodes as string[]) : [];
  const level = typeof p.level === 'number' ? ESCALATION_LEVELS[p.level] : undefined;
  const meeting = typeof p.meetingLevel === 'string' ? CONSULTATION_LEVELS[p.meetingLevel as ConsultationLevel] : undefined;
  const out: Record<string, string | undefined> = {
    receiptNo: str(p.receiptNo),
    program: programCode ? (PROGRAM_NAMES[programCode] ?? programCode) : undefined,
    programs: codes.length ? codes.map((c) => PROGRAM_NAMES[c] ?? c).join('、') : undefined,
    dueDate: str(p.dueDate ?? p.answerDue),
    level,
    name: person ? maskPersonName(person.name) : undefined,
    area: area?.name,
    meeting,
  };
  for (const [k, v] of Object.entries(sms)) if (v !== null && v !== undefined && k !== 'name') out[k] = String(v);
  return out;
}

export async function planSms(ctx: RequestContext, em: EntityManager, events: readonly OutboxEventRow[]): Promise<Set<string>> {
  const sql = emSql(em);
  const templates = await loadTemplates(sql);
  const applicantTpl = new Map(templates.filter((t) => t.recipientKind === 'APPLICANT').map((t) => [t.code, t]));
  const byEvent = (kind: SmsRecipientKind) => {
    const m = new Map<string, TemplateRow[]>();
    for (const t of templates.filter((x) => x.recipientKind === kind && x.eventType)) m.set(t.eventType!, [...(m.get(t.eventType!) ?? []), t]);
    return m;
  };
  const windowTpl = byEvent('WINDOW');
  const departmentTpl = byEvent('DEPARTMENT');

  const wanted = events.filter((e) => {
    const code = (e.payload.sms as { template?: string } | undefined)?.template;
    return (code && applicantTpl.has(code)) || windowTpl.has(e.type) || departmentTpl.has(e.type);
  });
  if (!wanted.length) return new Set();

  const personIds = [...new Set(wanted.map((e) => e.payload.applicantPersonId).filter((x): x is string => typeof x === 'string'))];
  const persons = new Map(
    (
      await sql<PersonRow>(
        `select p.id, p.name, coalesce(p.phone_enc, h.phone_enc) as "phoneEnc", case when p.phone_enc is not null then p.phone_masked else h.phone_masked end as "phoneMasked"
           from person p left join household h on h.id = p.household_id where p.id = any(?::uuid[])`,
        [`{${personIds.join(',')}}`],
      )
    ).map((r) => [r.id, r]),
  );
  const areaCodes = [...new Set(wanted.map((e) => e.areaCode))];
  const areas = new Map(
    (await sql<AreaRow>(`select code, name, parent_code as "parentCode" from area where code = any(?::varchar[])`, [`{${areaCodes.join(',')}}`])).map((a) => [
      a.code,
      a,
    ]),
  );
  const staffAreas = new Set<string>();
  for (const e of wanted) {
    if (!windowTpl.has(e.type)) continue;
    staffAreas.add(e.areaCode);
    const parent = areas.get(e.areaCode)?.parentCode;
    if (parent) staffAreas.add(parent);
  }
  const staff = staffAreas.size
    ? await sql<WindowUser>(
        `select id, area_code as "areaCode", mobile_enc as "mobileEnc", mobile_masked as "mobileMasked" from app_user
          where mobile_enc is not null and not disabled and roles && ?::text[] and area_code = any(?::varchar[]) order by username`,
        [`{${WINDOW_ROLES.join(',')}}`, `{${[...staffAreas].join(',')}}`],
      )
    : [];

  // Department officers of the events' departments; 会商任务 done meanwhile get no message.
  const forDepartments = wanted.filter((e) => departmentTpl.has(e.type) && typeof e.payload.departmentId === 'string');
  const officers = forDepartments.length
    ? await sql<WindowUser & { departmentId: string }>(
        `select id, area_code as "areaCode", department_id as "departmentId", mobile_enc as "mobileEnc", mobile_masked as "mobileMasked" from app_user
          where mobile_enc is not null and not disabled and ? = any(roles) and department_id = any(?::uuid[]) order by username`,
        [DEPARTMENT_ROLE, `{${[...new Set(forDepartments.map((e) => e.payload.departmentId as string))].join(',')}}`],
      )
    : [];
  const taskIds = forDepartments.filter((e) => e.aggregateType === 'consultation_task').map((e) => e.aggregateId);
  const doneTasks = new Set(
    taskIds.length
      ? (await sql<{ id: string }>(`select id from consultation_task where id = any(?::uuid[]) and status <> 'OPEN'`, [`{${taskIds.join(',')}}`])).map(
          (r) => r.id,
        )
      : [],
  );

  const cfg = await loadProviderConfig(sql, ctx.runtime.fieldCrypto);
  const now = nowOf(ctx);
  const rows: NewMessage[] = [];
  const add = (
    ev: OutboxEventRow,
    t: TemplateRow,
    kind: SmsRecipientKind,
    ref: string | null,
    phoneEnc: string | null,
    phoneMasked: string | null,
    all: Record<string, string | undefined>,
  ) => {
    const params: Record<string, string> = {};
    for (const v of t.allowedVariables) {
      if (v === 'amount' && !t.amountsApproved) continue;
      if (all[v] !== undefined) params[v] = all[v]!;
    }
    const urgent = t.urgent || ev.payload.urgent === true;
    const mobile = !!phoneEnc && isMobile(phoneMasked);
    rows.push({
      id: randomUUID(),
      idempotency_key: `${ev.id}:${kind}:${ref ?? 'none'}`,
      event_id: ev.id,
      event_type: ev.type,
      template_code: t.code,
      recipient_kind: kind,
      recipient_ref: ref,
      phone_enc: mobile ? phoneEnc : null,
      phone_masked: phoneMasked,
      content: renderTemplate(t.content, params, { allowed: t.allowedVariables, amountsApproved: t.amountsApproved }),
      params,
      area_code: ev.areaCode,
      department_id: typeof ev.payload.departmentId === 'string' ? ev.payload.departmentId : null,
      urgent,
      status: mobile ? 'QUEUED' : 'SKIPPED',
      next_attempt_at: (urgent ? now : afterQuietHours(now, cfg.quietStart, cfg.quietEnd)).toISOString(),
      last_error: mobile ? null : phoneEnc ? '登记的电话不是手机号码，无法发送短信' : '未登记手机号码',
    });
  };

  for (const ev of wanted) {
    const personId = typeof ev.payload.applicantPersonId === 'string' ? ev.payload.applicantPersonId : null;
    const person = personId ? persons.get(personId) : undefined;
    const all = eventParams(ev, person, areas.get(ev.areaCode));
    const code = (ev.payload.sms as { template?: string } | undefined)?.template;
    const at = code ? applicantTpl.get(code) : undefined;
    if (at) add(ev, at, 'APPLICANT', personId, person?.phoneEnc ?? null, person?.phoneMasked ?? null, all);
    for (const t of windowTpl.get(ev.type) ?? []) {
      const parent = areas.get(ev.areaCode)?.parentCode;
      for (const u of staff.filter((s) => s.areaCode === ev.areaCode || s.areaCode === parent)) add(ev, t, 'WINDOW', u.id, u.mobileEnc, u.mobileMasked, all);
    }
    if (ev.aggregateType === 'consultation_task' && doneTasks.has(ev.aggregateId)) continue;
    for (const t of departmentTpl.get(ev.type) ?? []) {
      for (const u of officers.filter((o) => o.departmentId === ev.payload.departmentId)) add(ev, t, 'DEPARTMENT', u.id, u.mobileEnc, u.mobileMasked, all);
    }
  }
  if (!rows.length) return new Set();

  const inserted = await sql<{ eventId: string; status: string }>(
    `insert into sms_message (id, idempotency_key, event_id, event_type, template_code, recipient_kind, recipient_ref, phone_enc, phone_masked,
                              content, params, area_code, department_id, urgent, status, next_attempt_at, last_error, created_at, updated_at)
     select r.id, r.idempotency_key, r.event_id, r.event_type, r.template_code, r.recipient_kind, r.recipient_ref, r.phone_enc, r.phone_masked,
            r.content, r.params, r.area_code, r.department_id, r.urgent, r.status, r.next_attempt_at, r.last_error, ?, ?
       from jsonb_to_recordset(?::jsonb) as r(id uuid, idempotency_key varchar, event_id uuid, event_type varchar, template_code varchar,
            recipient_kind varchar, recipient_ref uuid, phone_enc text, phone_masked varchar, content varchar, params jsonb, area_code varchar,
            department_id uuid, urgent boolean, status varchar, next_attempt_at timestamptz, last_error varchar)
     on conflict (idempotency_key) do nothing
     returning event_id as "eventId", status`,
    [now, now, JSON.stringify(rows)],
  );
  const queued = new Set(inserted.filter((r) => r.status === 'QUEUED').map((r) => r.eventId));
  // Wake the delivery job (graphile-worker NOTIFY at commit); the minute cron catches up otherwise.
  if (queued.size) await wakeSystemJob(em, 'sms-deliver');
  return queued;
}

export const smsOutboxHandler: OutboxHandler = {
  name: 'sms',
  handle: (ctx, em, events) => planSms(ctx, em, events),
};
