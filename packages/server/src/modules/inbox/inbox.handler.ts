import { maskPersonName } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { sqlRows } from '../../shared/sql';
import { Permission, type PermissionCode } from '../auth/permissions';
import { ROLES } from '../auth/roles';
import { catalogueInForce } from '../program/catalogue.service';
import { VERIFICATION_CONCLUSIONS } from '../verification/verification.codes';
import type { OutboxEventRow, OutboxHandler } from '../workflow/outbox-handlers';
import { ESCALATION_LEVELS } from '../workflow/states';
import type { NotificationKind, RecipientRule } from './inbox.codes';

/**
 * The staff inbox's outbox handler (ADR 0024): turns consumed events into `notification` rows. Recipients are
 * resolved now, set-based — one INSERT … SELECT joining the batch's notification specs to `app_user` by role,
 * department and area (`inbox.codes.ts`, `RecipientRule`) — so a user added to a department later does not get
 * old news, and a disabled user gets nothing. `(user_id, event_id)` is unique: a re-consumed event adds no row.
 * Texts carry receipt numbers, program, department, dates and masked names (张*明) — never an ID number.
 * Runs in the consumer's transaction as the system (all areas).
 */

/** One notification to be addressed: what it says and the rule that picks its recipients. */
export interface NotificationSpec {
  eventId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  areaCode: string;
  rule: RecipientRule;
  departmentId?: string | null;
  /** Also this user (e.g. who submitted the application), when the rule's role and area also hold. */
  alsoUser?: string | null;
  /** Never this user (the drafter of a verification: maker-checker). */
  excludeUser?: string | null;
  /** The accepting window's area (rule WINDOW). */
  windowAreaCode?: string | null;
  /** The joint meeting's scope prefix (rule MEETING_SUPERVISORS): users whose own prefix is exactly this. */
  supervisorPrefix?: string | null;
  at: Date;
}

/** Role codes holding a permission (roles are stored on `app_user.roles`; permissions come from roles.ts). */
export function rolesWith(permission: PermissionCode): string[] {
  return ROLES.filter((r) => r.permissions.includes(permission)).map((r) => r.code);
}

interface ReferralInfo {
  id: string;
  programCode: string;
  departmentId: string;
  departmentName: string | null;
  receiptNo: string | null;
  windowAreaCode: string | null;
  createdBy: string | null;
  signDue: string | null;
  dueDate: string | null;
  supplementDue: string | null;
  applicantName: string | null;
  areaName: string | null;
  /** Final (办结, 转办, 撤回): a call to act on it is no longer news. */
  closed: boolean;
}

const REFERRAL_EVENTS: Readonly<Record<string, NotificationKind>> = {
  'referral.created': 'NEW_REFERRAL',
  'referral.resubmitted': 'NEW_REFERRAL',
  'referral.supplement_provided': 'SUPPLEMENT_PROVIDED',
  'referral.supplement_requested': 'SUPPLEMENT_REQUESTED',
  'referral.warning': 'WARNING',
  'referral.overdue': 'OVERDUE',
  'referral.escalated': 'SUPERVISED',
  'referral.supervised': 'SUPERVISED',
  'referral.approved': 'DECIDED',
  'referral.refused': 'DECIDED',
  'referral.returned': 'RETURNED',
  'referral.publicity_objected': 'PUBLICITY_OBJECTION',
};

/** News for the window that stays news after the referral is final. */
const WINDOW_NEWS: readonly string[] = ['referral.approved', 'referral.refused', 'referral.returned', 'referral.supplement_requested'];

/** The event types the inbox reads (everything else is not for staff). */
const CONSULTATION_TASK_EVENTS: readonly string[] = [
  'consultation.task_assigned',
  'consultation.task_warning',
  'consultation.task_overdue',
  'consultation.task_extension_requested',
  'consultation.task_extension_decided',
];
export const INBOX_EVENT_TYPES: readonly string[] = [...Object.keys(REFERRAL_EVENTS), 'finding.opened', 'verification.drafted', ...CONSULTATION_TASK_EVENTS];

/** A town's (…101000 → 9 digits) or the district's (…000000 → 6 digits) scope prefix, as the user prefix in `insertNotifications`. */
const prefixOf = (code: string) => (code.endsWith('000000') ? code.slice(0, 6) : code.endsWith('000') ? code.slice(0, 9) : code);

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null);

export const inboxOutboxHandler: OutboxHandler = {
  name: 'inbox',
  async handle(ctx, em, events) {
    const mine = events.filter((e) => INBOX_EVENT_TYPES.includes(e.type));
    if (!mine.length) return;
    const specs = await notificationSpecs(ctx, em, mine);
    // Verifications are approved by windows and by the department owning 低保 (民政; verification.service.ts).
    const owner = specs.some((s) => s.rule === 'VERIFICATION_APPROVERS')
      ? ((await catalogueInForce(ctx)).catalogue.programs.find((p) => p.code === 'DIBAO')?.owner ?? null)
      : null;
    await insertNotifications(em, specs, owner);
  },
};

/** What each event says and to whom (one read per aggregate kind, no per-event query). */
export async function notificationSpecs(ctx: RequestContext, em: EntityManager, events: readonly OutboxEventRow[]): Promise<NotificationSpec[]> {
  const referralIds = [...new Set(events.filter((e) => e.aggregateType === 'referral').map((e) => e.aggregateId))];
  const referrals = new Map<string, ReferralInfo>();
  if (referralIds.length) {
    const rows = await sqlRows<ReferralInfo>(
      em,
      `select r.id, r.program_code as "programCode", r.department_id as "departmentId", d.name as "departmentName", a.receipt_no as "receiptNo",
              a.window_area_code as "windowAreaCode", a.created_by as "createdBy", r.sign_due::text as "signDue", r.due_date::text as "dueDate",
              r.supplement_due::text as "supplementDue", p.name as "applicantName", ar.name as "areaName",
              r.closed_at is not null as closed
         from referral r join application a on a.id = r.application_id
         left join department d on d.id = r.department_id
         left join person p on p.id = a.applicant_person_id
         left join area ar on ar.code = r.area_code
        where r.id = any(?::uuid[])`,
      [`{${referralIds.join(',')}}`],
    );
    for (const r of rows) referrals.set(r.id, r);
  }
  const verificationIds = [...new Set(events.filter((e) => e.type === 'verification.drafted').map((e) => e.aggregateId))];
  type VerificationInfo = { id: string; no: string; status: string; conclusion: string | null; draftedBy: string | null; areaName: string | null };
  const verifications = new Map<string, VerificationInfo>();
  if (verificationIds.length) {
    const rows = await sqlRows<VerificationInfo>(
      em,
      `select v.id, v.no, v.status, v.conclusion, v.drafted_by as "draftedBy", ar.name as "areaName"
         from verification v left join area ar on ar.code = v.area_code where v.id = any(?::uuid[])`,
      [`{${verificationIds.join(',')}}`],
    );
    for (const v of rows) verifications.set(v.id, v);
  }
  const towns = [...new Set(events.filter((e) => e.type === 'finding.opened').map((e) => e.areaCode))];
  const townNames = new Map<string, string>();
  if (towns.length) {
    for (const a of await sqlRows<{ code: string; name: string }>(em, `select code, name from area where code = any(?::text[])`, [`{${towns.join(',')}}`])) {
      townNames.set(a.code, a.name);
    }
  }
  // 个案会商: a task still open when consumed (modules/consultation), with its meeting and deadline.
  const taskIds = [...new Set(events.filter((e) => CONSULTATION_TASK_EVENTS.includes(e.type)).map((e) => e.aggregateId))];
  type TaskInfo = {
    id: string;
    departmentId: string;
    departmentName: string | null;
    open: boolean;
    dueDate: string;
    limitDays: number;
    extensionDays: number;
    meetingDate: string;
    meetingArea: string | null;
    meetingAreaCode: string;
    areaName: string | null;
    headName: string | null;
  };
  const tasks = new Map<string, TaskInfo>();
  if (taskIds.length) {
    const rows = await sqlRows<TaskInfo>(
      em,
      `select t.id, t.department_id as "departmentId", d.name as "departmentName", t.status = 'OPEN' as "open", t.due_date::text as "dueDate",
              t.limit_days as "limitDays", t.extension_days as "extensionDays", m.meeting_date::text as "meetingDate", ar.name as "meetingArea",
              m.area_code as "meetingAreaCode", va.name as "areaName",
              (select p.name from consultation_case c join household h on h.id = c.household_id join person p on p.id = h.head_person_id where c.id = t.case_id) as "headName"
         from consultation_task t join joint_meeting m on m.id = t.meeting_id left join area ar on ar.code = m.area_code
         left join department d on d.id = t.department_id left join area va on va.code = t.area_code
        where t.id = any(?::uuid[])`,
      [`{${taskIds.join(',')}}`],
    );
    for (const r of rows) tasks.set(r.id, r);
  }
  const programNames = new Map<string, string>();
  if (referrals.size) {
    const { catalogue } = await catalogueInForce(ctx);
    for (const p of catalogue.programs) programNames.set(p.code, p.name);
  }

  const out: NotificationSpec[] = [];
  for (const e of events) {
    const base = { eventId: e.id, areaCode: e.areaCode, at: e.occurredAt };
    const kind = REFERRAL_EVENTS[e.type];
    if (kind && e.aggregateType === 'referral') {
      const r = referrals.get(e.aggregateId);
      // Calls to act (everything but the window's news of a decision, a return or a 补正 request) are dropped once
      // the referral is final by the time the event is consumed.
      if (!r || (r.closed && !WINDOW_NEWS.includes(e.type))) continue;
      const program = programNames.get(r.programCode) ?? r.programCode;
      const who = [r.areaName, r.applicantName ? maskPersonName(r.applicantName) : null].filter(Boolean).join(' ');
      const ref = `受理号 ${r.receiptNo ?? '—'}${who ? `（${who}）` : ''}`;
      const link = `/referrals/${r.id}`;
      const dept = r.departmentName ?? '承办部门';
      const p = e.payload;
      const toDept = (title: string, body: string) => out.push({ ...base, kind, title, body, link, rule: 'DEPARTMENT', departmentId: r.departmentId });
      const toWindow = (title: string, body: string) =>
        out.push({ ...base, kind, title, body, link, rule: 'WINDOW', windowAreaCode: r.windowAreaCode, alsoUser: r.createdBy });
      switch (e.type) {
        case 'referral.created':
        case 'referral.resubmitted':
          toDept(`新转办：${program}`, `${ref}已转${dept}办理${r.signDue ? `，请于 ${r.signDue} 前签收` : ''}${r.dueDate ? `，${r.dueDate} 前办结` : ''}。`);
          break;
        case 'referral.supplement_provided':
          toDept(`材料已补正：${program}`, `${ref}的补正材料已由窗口提交，办理时限恢复计时。`);
          break;
        case 'referral.supplement_requested':
          toWindow(`需补正材料：${program}`, `${dept}要求${ref}补充材料${r.supplementDue ? `，请于 ${r.supplementDue} 前补正` : ''}。`);
          break;
        case 'referral.warning':
          toDept(`即将超期：${program}`, `${ref}的办理期限为 ${str(p.dueDate) ?? r.dueDate ?? '—'}，已进入预警期，请抓紧办理。`);
          break;
        case 'referral.overdue': {
          const body = `${ref}已超过办理期限 ${str(p.dueDate) ?? '—'}${str(p.overdueDays) ? `（超期 ${str(p.overdueDays)} 个工作日）` : ''}，已自动列入镇街督办。`;
          toDept(`已超期：${program}`, body);
          toWindow(`已超期：${program}`, body);
          break;
        }
        case 'referral.escalated':
        case 'referral.supervised': {
          const level = ESCALATION_LEVELS[Number(p.level)] ?? '督办';
          const answer = str(p.answerDue);
          toDept(`${level}：${program}`, `${ref}收到${level}${answer ? `，请于 ${answer} 前答复` : '，请尽快办结'}。`);
          break;
        }
        case 'referral.approved':
        case 'referral.refused': {
          const verdict = e.type === 'referral.approved' ? '批准' : '不予批准';
          toWindow(`办结：${program}（${verdict}）`, `${dept}已对${ref}作出${verdict}决定。`);
          break;
        }
        case 'referral.returned':
          toWindow(`退回窗口：${program}`, `${dept}退回了${ref}的转办单，请核实后重新派发或告知申请人。`);
          break;
        case 'referral.publicity_objected':
          toDept(`公示异议：${program}`, `${ref}在公示期间收到异议，已转回办理中，请重新调查核实。`);
          break;
      }
      continue;
    }
    if (e.type === 'finding.opened') {
      const n = Number(e.payload.count) || 0;
      const town = townNames.get(e.areaCode) ?? '本镇街';
      out.push({
        ...base,
        kind: 'FINDINGS',
        title: `新疑点待复核：${n} 条`,
        body: `${town}新增 ${n} 条比对疑点，请在 10 个工作日内复核（属实或排除）。`,
        link: '/findings',
        rule: 'FINDING_REVIEWERS',
      });
      continue;
    }
    if (e.type === 'consultation.task_assigned') {
      const task = tasks.get(e.aggregateId);
      // Completed (or gone) by the time it is consumed: nothing left to do.
      if (!task?.open) continue;
      out.push({
        ...base,
        kind: 'CONSULTATION_TASK',
        title: `新会商任务：${task.dueDate} 前办理`,
        body: `${task.meetingArea ?? ''}联席会议（${task.meetingDate}）向本部门分派了会商任务，办理时限 ${task.limitDays} 个工作日（${task.dueDate} 前），完成后请填写办理情况。`,
        link: '/consultation',
        rule: 'DEPARTMENT',
        departmentId: task.departmentId,
      });
      continue;
    }
    if (CONSULTATION_TASK_EVENTS.includes(e.type)) {
      const task = tasks.get(e.aggregateId);
      // A call to act on a task done (or gone) by the time it is consumed is no longer news.
      if (!task || (!task.open && e.type !== 'consultation.task_extension_decided')) continue;
      const p = e.payload;
      const who = [task.areaName, task.headName ? maskPersonName(task.headName) : null].filter(Boolean).join(' ');
      const what = `${task.meetingArea ?? ''}联席会议（${task.meetingDate}）分派的会商任务${who ? `（${who}）` : ''}`;
      const dept = task.departmentName ?? '承办部门';
      const toDept = (kind: NotificationKind, title: string, body: string) =>
        out.push({ ...base, kind, title, body, link: '/consultation', rule: 'DEPARTMENT', departmentId: task.departmentId });
      const toSupervisors = (kind: NotificationKind, title: string, body: string, link: string) =>
        out.push({ ...base, kind, title, body, link, rule: 'MEETING_SUPERVISORS', supervisorPrefix: prefixOf(task.meetingAreaCode) });
      const due = str(p.dueDate) ?? task.dueDate;
      switch (e.type) {
        case 'consultation.task_warning':
          toDept('CONSULTATION_TASK_WARNING', `会商任务即将超期：${due} 前办理`, `${what}办理期限为 ${due}，已进入预警期，请抓紧办理。`);
          break;
        case 'consultation.task_overdue': {
          const days = str(p.overdueDays);
          const late = `已超过办理期限 ${due}${days ? `（超期 ${days} 个工作日）` : ''}`;
          toDept('CONSULTATION_TASK_OVERDUE', `会商任务已超期：${due}`, `${what}${late}，请尽快办结并填写办理情况。`);
          toSupervisors('CONSULTATION_TASK_OVERDUE', `会商任务已超期：${dept}`, `${dept}承办的${what}${late}，请督促办理。`, '/supervision?tab=consultation');
          break;
        }
        case 'consultation.task_extension_requested':
          toSupervisors(
            'CONSULTATION_EXTENSION',
            `会商任务延期申请：${dept}`,
            `${dept}申请将${what}延期 ${str(p.days) ?? '—'} 个工作日（现截止 ${task.dueDate}），请审批。`,
            '/supervision?tab=extensions',
          );
          break;
        case 'consultation.task_extension_decided':
          toDept(
            'CONSULTATION_EXTENSION',
            p.approved ? `会商任务延期已批准：${due} 前办理` : '会商任务延期未批准',
            p.approved
              ? `${what}的延期申请（${str(p.days) ?? '—'} 个工作日）已批准，办理期限顺延至 ${due}。`
              : `${what}的延期申请未获批准，请按原期限 ${due} 办理。`,
          );
          break;
      }
      continue;
    }
    if (e.type === 'verification.drafted') {
      const v = verifications.get(e.aggregateId);
      // Already approved, returned or cancelled when consumed: nothing left to review.
      if (v?.status !== 'DRAFTED') continue;
      const conclusion = v.conclusion ? (VERIFICATION_CONCLUSIONS as Record<string, string>)[v.conclusion] : null;
      out.push({
        ...base,
        kind: 'REVIEW_DUE',
        title: `核查结论待复核：${v.no}`,
        body: `${v.areaName ?? ''}家庭经济状况核查 ${v.no} 已起草结论${conclusion ? `（${conclusion}）` : ''}，请复核后出具报告或退回。`,
        link: `/verifications/${v.id}`,
        rule: 'VERIFICATION_APPROVERS',
        excludeUser: str(e.payload.draftedBy) ?? v.draftedBy,
      });
    }
  }
  return out;
}

/**
 * One INSERT … SELECT for the whole batch: the specs (as a jsonb record set) joined to the active users each
 * rule picks. A user's scope prefix is the area code cut to its level (6/9/12 digits, like `areaPrefix`); the
 * user's area "covers" the event's when the event's code starts with it.
 */
export async function insertNotifications(em: EntityManager, specs: readonly NotificationSpec[], dibaoOwnerCode: string | null): Promise<number> {
  if (!specs.length) return 0;
  const rows = await sqlRows<{ n: number }>(
    em,
    `with s as (
       select * from jsonb_to_recordset(?::jsonb) as x(event_id uuid, kind text, title text, body text, link text, area_code text, rule text,
              department_id uuid, also_user uuid, exclude_user uuid, window_area_code text, supervisor_prefix text, at timestamptz)),
     u as (
       select u.id, u.roles, u.department_id, u.area_code,
              case when substr(u.area_code, 7) = '000000' then left(u.area_code, 6)
                   when substr(u.area_code, 10) = '000' then left(u.area_code, 9) else u.area_code end as prefix
         from app_user u where not u.disabled),
     i as (
       insert into notification (id, user_id, kind, title, body, link, area_code, event_id, created_at)
       select distinct on (u.id, s.event_id) gen_random_uuid(), u.id, s.kind, left(s.title, 100), left(s.body, 500), s.link, s.area_code, s.event_id, s.at
         from s join u on (u.id is distinct from s.exclude_user) and (
              (s.rule = 'DEPARTMENT' and u.department_id = s.department_id and u.roles && ?::text[] and left(s.area_code, length(u.prefix)) = u.prefix)
           or (s.rule = 'WINDOW' and u.department_id is null and u.roles && ?::text[]
               and (left(s.area_code, length(u.prefix)) = u.prefix or u.area_code = s.window_area_code or u.id = s.also_user))
           or (s.rule = 'FINDING_REVIEWERS' and u.roles && ?::text[] and left(s.area_code, length(u.prefix)) = u.prefix)
           or (s.rule = 'VERIFICATION_APPROVERS' and u.roles && ?::text[] and left(s.area_code, length(u.prefix)) = u.prefix
               and (u.department_id is null or u.department_id in (select d.id from department d where d.code = ?)))
           or (s.rule = 'MEETING_SUPERVISORS' and u.roles && ?::text[] and u.prefix = s.supervisor_prefix))
        order by u.id, s.event_id
       on conflict (user_id, event_id) do nothing
       returning 1)
     select count(*)::int as n from i`,
    [
      JSON.stringify(
        specs.map((s) => ({
          event_id: s.eventId,
          kind: s.kind,
          title: s.title,
          body: s.body,
          link: s.link,
          area_code: s.areaCode,
          rule: s.rule,
          department_id: s.departmentId ?? null,
          also_user: s.alsoUser ?? null,
          exclude_user: s.excludeUser ?? null,
          window_area_code: s.windowAreaCode ?? null,
          supervisor_prefix: s.supervisorPrefix ?? null,
          at: s.at,
        })),
      ),
      pgArray(rolesWith(Permission.ReferralHandle)),
      pgArray(rolesWith(Permission.ApplicationWrite)),
      pgArray(rolesWith(Permission.FindingReview)),
      pgArray(rolesWith(Permission.VerificationApprove)),
      dibaoOwnerCode,
      pgArray(rolesWith(Permission.ConsultationMeet)),
    ],
  );
  return rows[0]?.n ?? 0;
}

const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;
