import { areaPrefix, PROGRAM_NAMES, TIER_NAMES, type WorkCalendar } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, type PageArgs } from '../../shared/paging';
import { areaSql, ownDepartmentSql, prefixSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { arrayOf, bool, decodeRows, int, isoDate, jsonObject, nullable, row, text, timestamp, type Decoder, type Fields } from '../../db/rows';
import { loadWorkCalendar } from '../calendar/calendar.service';
import {
  accessOf,
  householdAccessSql,
  SHARED_APPLICATION_FIELDS,
  SHARED_HISTORY_FIELDS,
  SHARED_REFERRAL_FIELDS,
  SHARED_REQUESTED_FIELDS,
  viewAs,
  type AccessLevel,
} from '../household/shared-view';
import { CLOCK_LEVEL_NAMES, computeClock, type ClockView } from './clock';
import { markCoveredMaterials } from '../verification/coverage';
import { ADVANCE_RELIEF_PROGRAM, listAdvanceReliefs, type AdvanceReliefView } from './advance-relief.service';
import { EVENT_TYPES } from './outbox';
import { REFERRAL_COLUMNS, REFERRAL_FIELDS, REFERRAL_FROM, type ReferralRow } from './referral.repo';
import { APPLICATION_STATUSES, CHANNELS, ESCALATION_LEVELS, OUTCOMES, REPORT_PHOTO_MATERIAL, statusName } from './states';

/** Read side of the workflow: window, department workbench and supervisor views. One scoped round trip each. */

export interface ReferralView extends ReferralRow {
  /** FULL or SHARED: the reader's access to the household (household/shared-view.ts). */
  access: AccessLevel;
  programName: string;
  statusName: string;
  outcomeName: string | null;
  headName: string | null;
  areaName: string | null;
  tier: string | null;
  tierName: string | null;
  personName: string | null;
  clock: ClockView & { levelName: string };
  escalationName: string;
  screening: Record<string, unknown> | null;
  /** The actor's department owns it: may sign, decide … */
  mine: boolean;
  createdAt: Date;
}

/** The referral view's columns, with the reader's access to the household (`related`). Parameters come first in the statement. */
function viewColumns(ctx: RequestContext): { sql: string; params: unknown[] } {
  const acc = householdAccessSql(ctx, 'h.id');
  return {
    sql: `${REFERRAL_COLUMNS}, ar.name as "areaName", h.tier, r.screening, r.created_at as "createdAt", ${acc.sql} as related,
  (select p.name from person p where p.id = h.head_person_id) as "headName",
  (select p.name from person p where p.id = r.person_id) as "personName"`,
    params: acc.params,
  };
}
const VIEW_FROM = `${REFERRAL_FROM} join household h on h.id = r.household_id left join area ar on ar.code = r.area_code`;

type ReferralViewRow = ReferralRow & {
  related: boolean;
  headName: string | null;
  areaName: string | null;
  tier: string | null;
  personName: string | null;
  screening: Record<string, unknown> | null;
  createdAt: Date;
};
const referralViewRow = row<ReferralViewRow>({
  ...REFERRAL_FIELDS,
  related: bool,
  headName: nullable(text),
  areaName: nullable(text),
  tier: nullable(text),
  personName: nullable(text),
  screening: nullable(jsonObject),
  createdAt: timestamp,
});

function toView(ctx: RequestContext, cal: WorkCalendar, today: string, raw: Record<string, unknown>): ReferralView {
  const { related, ...r } = referralViewRow(raw, 'referral');
  const clock = computeClock(cal, r, today);
  const access = accessOf(related);
  return viewAs<ReferralView>(
    access,
    {
      ...r,
      access,
      programName: PROGRAM_NAMES[r.programCode] ?? r.programCode,
      statusName: statusName(r.status),
      outcomeName: r.outcome ? ((OUTCOMES as Record<string, string>)[r.outcome] ?? r.outcome) : null,
      tierName: r.tier ? (TIER_NAMES[r.tier as keyof typeof TIER_NAMES] ?? r.tier) : null,
      clock: { ...clock, levelName: CLOCK_LEVEL_NAMES[clock.level] },
      escalationName: ESCALATION_LEVELS[r.escalationLevel] ?? String(r.escalationLevel),
      mine: !!ctx.departmentId && ctx.departmentId === r.departmentId,
    },
    SHARED_REFERRAL_FIELDS,
  );
}

export interface ReferralFilter {
  /** Only the actor's department (the workbench's 待办). */
  mine?: boolean | null;
  statuses?: string[] | null;
  /** NORMAL | AMBER | RED | PAUSED */
  level?: string | null;
  programCode?: string | null;
  departmentId?: string | null;
  areaCode?: string | null;
  keyword?: string | null;
  /** Open ones only (not final). */
  open?: boolean | null;
}

function referralWhere(ctx: RequestContext, f: ReferralFilter, today: string): { sql: string; params: unknown[] } {
  const scope = areaSql(ctx, 'r.area_code');
  const own = ownDepartmentSql(ctx, 'r.department_id');
  const parts = [scope.sql, own.sql];
  const params: unknown[] = [...scope.params, ...own.params];
  if (f.mine) {
    if (!ctx.departmentId) throw new AppError('BAD_USER_INPUT', '当前账号不属于任何部门，没有部门待办');
    parts.push('r.department_id = ?');
    params.push(ctx.departmentId);
  }
  if (f.departmentId) {
    parts.push('r.department_id = ?');
    params.push(f.departmentId);
  }
  if (f.statuses?.length) {
    parts.push('r.status in (?)');
    params.push(f.statuses);
  }
  if (f.open) parts.push('r.closed_at is null');
  if (f.programCode) {
    parts.push('r.program_code = ?');
    params.push(f.programCode);
  }
  if (f.areaCode) {
    const a = prefixSql('r.area_code', areaPrefix(f.areaCode));
    parts.push(a.sql);
    params.push(...a.params);
  }
  if (f.keyword?.trim()) {
    parts.push('a.receipt_no = ?');
    params.push(f.keyword.trim().toUpperCase());
  }
  switch (f.level) {
    case 'RED':
      parts.push('r.closed_at is null and r.due_date < ?');
      params.push(today);
      break;
    case 'AMBER':
      parts.push('r.closed_at is null and r.warn_date <= ? and r.due_date >= ?');
      params.push(today, today);
      break;
    case 'PAUSED':
      parts.push('r.closed_at is null and r.paused_since is not null');
      break;
    case 'NORMAL':
      parts.push('r.closed_at is null and r.warn_date > ?');
      params.push(today);
      break;
    case undefined:
    case null:
    case '':
      break;
    default:
      throw new AppError('BAD_USER_INPUT', '时限状态只能是 NORMAL/AMBER/RED/PAUSED', { field: 'level' });
  }
  return { sql: parts.join(' and '), params };
}

/**
 * List orders use no status (a row keeps its place when its status changes instead of jumping while the
 * user works down the list) and end in the id, so equal keys never swap between pages. Applications:
 * newest first (created_at + id). Referrals: the workbench's deadline order — 办结期限, then 签收期限
 * (a referral waiting for signature has no 办结期限 yet; the tabs keep those apart), then arrival.
 */
const REFERRAL_ORDER = 'r.due_date nulls last, r.sign_due, r.created_at, r.id';
const APPLICATION_ORDER = 'a.created_at desc, a.id';

export async function listReferrals(ctx: RequestContext, f: ReferralFilter, page: number, pageSize: number): Promise<{ items: ReferralView[]; total: number }> {
  ctx.require('application.read', '查看转办单');
  if (page < 1 || pageSize < 1 || pageSize > 100) throw new AppError('BAD_USER_INPUT', '分页参数不正确');
  const today = todayCn();
  const w = referralWhere(ctx, f, today);
  const cols = viewColumns(ctx);
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${cols.sql}, count(*) over () as "totalCount" from ${VIEW_FROM} where ${w.sql}
           order by ${REFERRAL_ORDER} limit ? offset ?`,
      params: [...cols.params, ...w.params, pageSize, (page - 1) * pageSize],
    },
  ]);
  const cal = await loadWorkCalendar(ctx);
  return { items: rows.map((r) => toView(ctx, cal, today, r)), total: rows.length ? Number(rows[0].totalCount) : 0 };
}

/** How many referrals `listReferrals` would list for the filter (same scope, same filter): the 工作台's to-do counts. */
export async function countReferrals(ctx: RequestContext, f: ReferralFilter): Promise<number> {
  ctx.require('application.read', '查看转办单');
  const w = referralWhere(ctx, f, todayCn());
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select count(*)::int as n from ${REFERRAL_FROM} where ${w.sql}`, params: w.params }]);
  return rows[0].n as number;
}

export interface HistoryView {
  id: string;
  referralId: string | null;
  kind: string;
  kindName: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actorName: string;
  actorDepartment: string | null;
  at: Date;
}

export interface MaterialView {
  id: string;
  programCode: string | null;
  name: string;
  required: boolean;
  provided: boolean;
  fileIds: string[];
  note: string | null;
  /** 互认: covered by the household's valid verification report (then not required; modules/verification). */
  coveredByReport?: boolean;
}

export interface SupervisionView {
  id: string;
  referralId: string;
  level: number;
  levelName: string;
  message: string;
  issuedByName: string;
  issuedAt: Date;
  answerDue: string;
  response: string | null;
  respondedByName: string | null;
  respondedAt: Date | null;
}

export interface ExtensionView {
  id: string;
  referralId: string;
  days: number;
  reason: string;
  status: string;
  requestedByName: string;
  requestedAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

export interface ReferralDetailView {
  referral: ReferralView;
  history: HistoryView[];
  supervisions: SupervisionView[];
  extensions: ExtensionView[];
  materials: MaterialView[];
}

const HISTORY_SQL = `select id, referral_id as "referralId", kind, from_status as "fromStatus", to_status as "toStatus", note, actor_name as "actorName",
  actor_department as "actorDepartment", at from referral_event`;
const MATERIAL_SQL = `select id, program_code as "programCode", name, required, provided, file_ids::text[] as "fileIds", note from application_material`;
const SUPERVISION_SQL = `select id, referral_id as "referralId", level, message, issued_by_name as "issuedByName", issued_at as "issuedAt", answer_due::text as "answerDue",
  response, responded_by_name as "respondedByName", responded_at as "respondedAt" from supervision_note`;
const EXTENSION_SQL = `select id, referral_id as "referralId", days, reason, status, requested_by_name as "requestedByName", requested_at as "requestedAt",
  decided_by_name as "decidedByName", decided_at as "decidedAt", decision_note as "decisionNote" from extension_request`;

const historyRow = row<Omit<HistoryView, 'kindName'>>({
  id: text,
  referralId: nullable(text),
  kind: text,
  fromStatus: nullable(text),
  toStatus: nullable(text),
  note: nullable(text),
  actorName: text,
  actorDepartment: nullable(text),
  at: timestamp,
});
const materialRow = row<Omit<MaterialView, 'coveredByReport'>>({
  id: text,
  programCode: nullable(text),
  name: text,
  required: bool,
  provided: bool,
  fileIds: arrayOf(text),
  note: nullable(text),
});
const supervisionRow = row<Omit<SupervisionView, 'levelName'>>({
  id: text,
  referralId: text,
  level: int,
  message: text,
  issuedByName: text,
  issuedAt: timestamp,
  answerDue: isoDate,
  response: nullable(text),
  respondedByName: nullable(text),
  respondedAt: nullable(timestamp),
});
const EXTENSION_FIELDS: Fields<ExtensionView> = {
  id: text,
  referralId: text,
  days: int,
  reason: text,
  status: text,
  requestedByName: text,
  requestedAt: timestamp,
  decidedByName: nullable(text),
  decidedAt: nullable(timestamp),
  decisionNote: nullable(text),
};
const extensionRow = row(EXTENSION_FIELDS);

function history(access: AccessLevel, rows: Array<Record<string, unknown>>): HistoryView[] {
  return decodeRows(rows, historyRow, 'referral_event').map((h) =>
    viewAs<HistoryView>(access, { ...h, kindName: EVENT_TYPES[h.kind] ?? h.kind }, SHARED_HISTORY_FIELDS),
  );
}

/** Materials are personal documents: none in the shared view. */
const materials = (access: AccessLevel, rows: Array<Record<string, unknown>>): MaterialView[] =>
  access === 'FULL' ? decodeRows(rows, materialRow, 'application_material') : [];

function supervisions(rows: Array<Record<string, unknown>>): SupervisionView[] {
  return decodeRows(rows, supervisionRow, 'supervision_note').map((s) => ({ ...s, levelName: ESCALATION_LEVELS[s.level] }));
}

export async function getReferral(ctx: RequestContext, id: string): Promise<ReferralDetailView> {
  ctx.require('application.read', '查看转办单');
  const scope = areaSql(ctx, 'r.area_code');
  const cols = viewColumns(ctx);
  const own = ownDepartmentSql(ctx, 'r.department_id');
  const [rows, hist, sup, ext, mats] = await scopedReadBatch(ctx, [
    {
      sql: `select ${cols.sql} from ${VIEW_FROM} where r.id = ? and ${scope.sql} and ${own.sql}`,
      params: [...cols.params, id, ...scope.params, ...own.params],
    },
    { sql: `${HISTORY_SQL} where referral_id = ? order by at`, params: [id] },
    { sql: `${SUPERVISION_SQL} where referral_id = ? order by issued_at desc`, params: [id] },
    { sql: `${EXTENSION_SQL} where referral_id = ? order by requested_at desc`, params: [id] },
    {
      sql: `${MATERIAL_SQL} m where m.application_id = (select application_id from referral where id = ?)
             and (m.program_code is null or m.program_code = (select program_code from referral where id = ?)) order by m.name`,
      params: [id, id],
    },
  ]);
  if (!rows.length) throw new AppError('NOT_FOUND', '转办单不存在或不在您的管辖范围内');
  const cal = await loadWorkCalendar(ctx);
  const referral = toView(ctx, cal, todayCn(), rows[0]);
  return {
    referral,
    history: history(referral.access, hist),
    supervisions: supervisions(sup),
    extensions: decodeRows(ext, extensionRow, 'extension_request'),
    materials: await markCoveredMaterials(ctx, referral.householdId, materials(referral.access, mats)),
  };
}

export interface ApplicationView {
  id: string;
  /** FULL or SHARED: the reader's access to the household (household/shared-view.ts). */
  access: AccessLevel;
  receiptNo: string | null;
  queryNo: string | null;
  status: string;
  statusName: string;
  channel: string;
  channelName: string;
  urgent: boolean;
  householdId: string | null;
  headName: string | null;
  address: string | null;
  areaCode: string;
  areaName: string | null;
  applicantPersonId: string | null;
  applicantName: string | null;
  contact: {
    name: string;
    address: string;
    phoneMasked: string | null;
    idMasked: string | null;
    householdSize: number | null;
    consentAt: string | null;
    reporterName: string | null;
    reporterRelation: string | null;
    reporterPhoneMasked: string | null;
  } | null;
  description: string | null;
  requested: Array<{ programCode: string; programName: string; personId: string | null; reason: string | null }>;
  /** 绿色通道 先行救助 granted to it (advance-relief.service.ts); `regularized` once its 临时救助 referral exists. */
  advanceRelief: { amountYuan: number; grantDate: string; paperworkDue: string; grantedByName: string; regularized: boolean } | null;
  rejectReason: string | null;
  windowAreaName: string | null;
  acceptedAt: Date | null;
  acceptedByName: string | null;
  createdAt: Date;
  createdByName: string;
  closedAt: Date | null;
  authorizationSigned: boolean;
  version: number;
  referralCount: number;
  doneCount: number;
}

/** The application's columns, with the reader's access to its household (`related`). Parameters come first in the statement. */
function appColumns(ctx: RequestContext): { sql: string; params: unknown[] } {
  const acc = householdAccessSql(ctx, 'a.household_id');
  return { sql: `${APP_COLUMNS}, ${acc.sql} as related`, params: acc.params };
}
const APP_COLUMNS = `a.id, a.receipt_no as "receiptNo", a.query_no as "queryNo", a.status, a.channel, a.urgent, a.household_id as "householdId", h.address,
  a.area_code as "areaCode", ar.name as "areaName", a.applicant_person_id as "applicantPersonId", a.contact, a.description, a.requested,
  a.reject_reason as "rejectReason", wa.name as "windowAreaName", a.accepted_at as "acceptedAt", a.accepted_by_name as "acceptedByName",
  a.created_at as "createdAt", a.created_by_name as "createdByName", a.closed_at as "closedAt", a.authorization_signed as "authorizationSigned", a.version,
  (select p.name from person p where p.id = h.head_person_id) as "headName",
  (select p.name from person p where p.id = a.applicant_person_id) as "applicantName",
  (select count(*)::int from referral r where r.application_id = a.id) as "referralCount",
  (select count(*)::int from referral r where r.application_id = a.id and r.status in ('DONE', 'TRANSFERRED', 'WITHDRAWN')) as "doneCount",
  (select json_build_object('amountFen', x.amount_fen, 'grantDate', x.grant_date, 'paperworkDue', x.paperwork_due, 'grantedByName', x.granted_by_name,
          'regularized', exists (select 1 from referral r where r.application_id = a.id and r.program_code = '${ADVANCE_RELIEF_PROGRAM}' and r.status <> 'WITHDRAWN'))
     from advance_relief x where x.application_id = a.id) as "advanceRelief"`;
const APP_FROM = `application a left join household h on h.id = a.household_id left join area ar on ar.code = a.area_code left join area wa on wa.code = a.window_area_code`;

type ApplicationRow = Omit<ApplicationView, 'access' | 'statusName' | 'channelName' | 'contact' | 'requested' | 'advanceRelief'> & {
  related: boolean;
  advanceRelief: { amountFen: number; grantDate: string; paperworkDue: string; grantedByName: string; regularized: boolean } | null;
  contact: Record<string, string | null> | null;
  requested: Array<Record<string, string | null>>;
};
const applicationRow = row<ApplicationRow>({
  id: text,
  receiptNo: nullable(text),
  queryNo: nullable(text),
  status: text,
  channel: text,
  urgent: bool,
  householdId: nullable(text),
  address: nullable(text),
  areaCode: text,
  areaName: nullable(text),
  applicantPersonId: nullable(text),
  contact: nullable(jsonObject) as Decoder<ApplicationRow['contact']>,
  description: nullable(text),
  requested: arrayOf(jsonObject) as Decoder<ApplicationRow['requested']>,
  rejectReason: nullable(text),
  windowAreaName: nullable(text),
  acceptedAt: nullable(timestamp),
  acceptedByName: nullable(text),
  createdAt: timestamp,
  createdByName: text,
  closedAt: nullable(timestamp),
  authorizationSigned: bool,
  version: int,
  headName: nullable(text),
  applicantName: nullable(text),
  referralCount: int,
  doneCount: int,
  advanceRelief: nullable(jsonObject) as Decoder<ApplicationRow['advanceRelief']>,
  related: bool,
});

function toApp(raw: Record<string, unknown>): ApplicationView {
  const { related, ...a } = applicationRow(raw, 'application');
  const access = accessOf(related);
  const requested = (a.requested ?? []).map((r) =>
    viewAs(
      access,
      { programCode: r.programCode!, programName: PROGRAM_NAMES[r.programCode!] ?? r.programCode!, personId: r.personId ?? null, reason: r.reason ?? null },
      SHARED_REQUESTED_FIELDS,
    ),
  );
  return viewAs<ApplicationView>(
    access,
    {
      ...a,
      access,
      statusName: APPLICATION_STATUSES[a.status as keyof typeof APPLICATION_STATUSES] ?? a.status,
      channelName: CHANNELS[a.channel as keyof typeof CHANNELS] ?? a.channel,
      contact: a.contact
        ? {
            name: a.contact.name ?? '',
            address: a.contact.address ?? '',
            phoneMasked: a.contact.phoneMasked ?? null,
            idMasked: a.contact.idMasked ?? null,
            householdSize: a.contact.householdSize ? Number(a.contact.householdSize) : null,
            consentAt: a.contact.consentAt ?? null,
            reporterName: a.contact.reporterName ?? null,
            reporterRelation: a.contact.reporterRelation ?? null,
            reporterPhoneMasked: a.contact.reporterPhoneMasked ?? null,
          }
        : null,
      requested,
      advanceRelief: a.advanceRelief
        ? {
            amountYuan: Number(a.advanceRelief.amountFen) / 100,
            grantDate: a.advanceRelief.grantDate,
            paperworkDue: a.advanceRelief.paperworkDue,
            grantedByName: a.advanceRelief.grantedByName,
            regularized: a.advanceRelief.regularized,
          }
        : null,
    },
    SHARED_APPLICATION_FIELDS,
  );
}

/** Applications an integrator token may read: those holding a referral of its department (ownDepartmentSql). `alias`: the application's. */
export function ownApplicationSql(ctx: RequestContext, alias: 'a' | 'x' = 'a'): { sql: string; params: string[] } {
  const own = ownDepartmentSql(ctx, 'ro.department_id');
  if (own.sql === 'true') return own;
  return { sql: `exists (select 1 from referral ro where ro.application_id = ${alias}.id and ${own.sql})`, params: own.params };
}

export interface ApplicationFilter {
  statuses?: string[] | null;
  keyword?: string | null;
  householdId?: string | null;
  urgent?: boolean | null;
}

/** The WHERE of the application list: the reader's area, a token's department, the filter. Statements use `APP_FROM`. */
function applicationWhere(ctx: RequestContext, f: ApplicationFilter): { sql: string; params: unknown[] } {
  const scope = areaSql(ctx, 'a.area_code');
  const own = ownApplicationSql(ctx);
  const parts = [scope.sql, own.sql];
  const params: unknown[] = [...scope.params, ...own.params];
  if (f.statuses?.length) {
    parts.push('a.status in (?)');
    params.push(f.statuses);
  }
  if (f.householdId) {
    parts.push('a.household_id = ?');
    params.push(f.householdId);
  }
  if (f.urgent) parts.push('a.urgent');
  if (f.keyword?.trim()) {
    // The contact's name is personal detail: it matches only where the reader has FULL access.
    const acc = householdAccessSql(ctx, 'a.household_id');
    parts.push(`(a.receipt_no = ? or h.head_person_id in (select p.id from person p where p.name = ?) or (a.contact->>'name' = ? and ${acc.sql}))`);
    params.push(f.keyword.trim().toUpperCase(), f.keyword.trim(), f.keyword.trim(), ...acc.params);
  }
  return { sql: parts.join(' and '), params };
}

export async function listApplications(
  ctx: RequestContext,
  f: ApplicationFilter,
  page: number,
  pageSize: number,
): Promise<{ items: ApplicationView[]; total: number }> {
  ctx.require('application.read', '查看申请');
  if (page < 1 || pageSize < 1 || pageSize > 100) throw new AppError('BAD_USER_INPUT', '分页参数不正确');
  const w = applicationWhere(ctx, f);
  const cols = appColumns(ctx);
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${cols.sql}, count(*) over () as "totalCount" from ${APP_FROM} where ${w.sql}
           order by ${APPLICATION_ORDER} limit ? offset ?`,
      params: [...cols.params, ...w.params, pageSize, (page - 1) * pageSize],
    },
  ]);
  return { items: rows.map(toApp), total: rows.length ? Number(rows[0].totalCount) : 0 };
}

/** How many applications `listApplications` would list for the filter (same scope, same filter): the 工作台's to-do counts. */
export async function countApplications(ctx: RequestContext, f: ApplicationFilter): Promise<number> {
  ctx.require('application.read', '查看申请');
  const w = applicationWhere(ctx, f);
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select count(*)::int as n from ${APP_FROM} where ${w.sql}`, params: w.params }]);
  return rows[0].n as number;
}

export interface ApplicationDetailView {
  application: ApplicationView;
  referrals: ReferralView[];
  materials: MaterialView[];
  history: HistoryView[];
  /** 线索照片: the photos the informant sent with the report (FULL access only, like materials). */
  photos: ReportPhotoView[];
}

/** One photo of a report (`stored_file` linked to the report's 线索照片 material); bytes at `/api/files/:id`. */
export interface ReportPhotoView {
  id: string;
  name: string;
  mime: string;
  size: number;
  uploadedAt: Date;
}

const reportPhotoRow = row<ReportPhotoView>({ id: text, name: text, mime: text, size: int, uploadedAt: timestamp });

/** The photos of the reports `appIdsSql` names (parameters: the photo material's name, then those of `appIdsSql`), in upload order. */
const photosSql = (
  appIdsSql: string,
) => `select m.application_id as "applicationId", f.id, f.original_name as name, f.mime, f.size, f.uploaded_at as "uploadedAt"
   from application_material m cross join lateral unnest(m.file_ids) with ordinality as u(file_id, n) join stored_file f on f.id = u.file_id
  where m.program_code is null and m.name = ? and m.application_id in (${appIdsSql}) order by m.application_id, u.n`;

export async function getApplication(ctx: RequestContext, id: string): Promise<ApplicationDetailView> {
  ctx.require('application.read', '查看申请');
  const scope = areaSql(ctx, 'a.area_code');
  const appCols = appColumns(ctx);
  const refCols = viewColumns(ctx);
  const ownApp = ownApplicationSql(ctx);
  const own = ownDepartmentSql(ctx, 'r.department_id');
  // A token sees only its department's referrals of the application and their events and materials.
  const ownEvent = own.sql === 'true' ? own : { sql: `referral_id in (select r.id from referral r where ${own.sql})`, params: own.params };
  const ownMaterial =
    own.sql === 'true'
      ? own
      : {
          sql: `(program_code is null or program_code in (select r.program_code from referral r where r.application_id = ? and ${own.sql}))`,
          params: [id, ...own.params],
        };
  const [apps, refs, mats, hist, photos] = await scopedReadBatch(ctx, [
    {
      sql: `select ${appCols.sql} from ${APP_FROM} where a.id = ? and ${scope.sql} and ${ownApp.sql}`,
      params: [...appCols.params, id, ...scope.params, ...ownApp.params],
    },
    {
      sql: `select ${refCols.sql} from ${VIEW_FROM} where r.application_id = ? and ${own.sql} order by r.created_at`,
      params: [...refCols.params, id, ...own.params],
    },
    { sql: `${MATERIAL_SQL} where application_id = ? and ${ownMaterial.sql} order by program_code nulls first, name`, params: [id, ...ownMaterial.params] },
    { sql: `${HISTORY_SQL} where application_id = ? and (referral_id is null or ${ownEvent.sql}) order by at`, params: [id, ...ownEvent.params] },
    { sql: photosSql('?'), params: [REPORT_PHOTO_MATERIAL, id] },
  ]);
  if (!apps.length) throw new AppError('NOT_FOUND', '申请不存在或不在您的管辖范围内');
  const cal = await loadWorkCalendar(ctx);
  const today = todayCn();
  const application = toApp(apps[0]);
  return {
    application,
    referrals: refs.map((r) => toView(ctx, cal, today, r)),
    materials: await markCoveredMaterials(ctx, application.householdId, materials(application.access, mats)),
    history: history(application.access, hist),
    photos: application.access === 'FULL' ? decodeRows(photos, reportPhotoRow, 'stored_file') : [],
  };
}

export interface BoardRow {
  key: string;
  name: string;
  open: number;
  pendingSign: number;
  amber: number;
  red: number;
  paused: number;
  closed: number;
  closedOnTime: number;
  unansweredSupervisions: number;
}

const boardRow = row<BoardRow>({
  key: text,
  name: text,
  open: int,
  pendingSign: int,
  amber: int,
  red: int,
  paused: int,
  closed: int,
  closedOnTime: int,
  unansweredSupervisions: int,
});

export interface SupervisionBoard {
  asOf: string;
  /** 先行救助 whose paperwork has not followed yet (待补办, 补办超期 first by due date). */
  advanceReliefs: AdvanceReliefView[];
  byDepartment: BoardRow[];
  byTown: BoardRow[];
  items: ReferralView[];
}

/** 督办看板: open, warned and overdue referrals by department and by town, and the items needing attention. */
export async function supervisionBoard(ctx: RequestContext): Promise<SupervisionBoard> {
  ctx.require('application.read', '查看督办看板');
  const today = todayCn();
  const area = areaSql(ctx, 'r.area_code');
  const own = ownDepartmentSql(ctx, 'r.department_id');
  const scope = { sql: `${area.sql} and ${own.sql}`, params: [...area.params, ...own.params] };
  const cols = viewColumns(ctx);
  const counts = (key: string) => `select ${key} as key, count(*) filter (where r.closed_at is null)::int as open,
      count(*) filter (where r.status = 'PENDING_SIGN')::int as "pendingSign",
      count(*) filter (where r.closed_at is null and r.warn_date <= ? and r.due_date >= ?)::int as amber,
      count(*) filter (where r.closed_at is null and r.due_date < ?)::int as red,
      count(*) filter (where r.closed_at is null and r.paused_since is not null)::int as paused,
      count(*) filter (where r.closed_at is not null)::int as closed,
      count(*) filter (where r.closed_on_time)::int as "closedOnTime",
      coalesce(sum(r.unanswered), 0)::int as "unansweredSupervisions"
    from (select r.*, (select count(*) from supervision_note s where s.referral_id = r.id and s.responded_at is null) as unanswered
            from referral r where ${scope.sql}) r`;
  const [byDept, byTown, items] = await scopedReadBatch(ctx, [
    {
      sql: `select d.name, x.* from (${counts('r.department_id::text')} group by r.department_id) x join department d on d.id::text = x.key order by x.red desc, x.amber desc, d.name`,
      params: [today, today, today, ...scope.params],
    },
    {
      sql: `select coalesce(t.name, x.key) as name, x.* from (${counts("left(r.area_code, 9) || '000'")} group by left(r.area_code, 9)) x left join area t on t.code = x.key order by x.red desc, x.amber desc, x.key`,
      params: [today, today, today, ...scope.params],
    },
    {
      sql: `select ${cols.sql} from ${VIEW_FROM} where ${scope.sql} and r.closed_at is null and (r.warn_date <= ? or r.sign_due < ?) order by r.due_date asc nulls last limit 200`,
      params: [...cols.params, ...scope.params, today, today],
    },
  ]);
  const cal = await loadWorkCalendar(ctx);
  return {
    asOf: today,
    advanceReliefs: await listAdvanceReliefs(ctx, { open: true }),
    byDepartment: decodeRows(byDept, boardRow, 'board by department'),
    byTown: decodeRows(byTown, boardRow, 'board by town'),
    items: items.map((r) => toView(ctx, cal, today, r)),
  };
}

export interface PendingExtensionView extends ExtensionView {
  receiptNo: string;
  programName: string;
  departmentName: string;
  areaName: string | null;
  dueDate: string | null;
}

const pendingExtensionRow = row<Omit<PendingExtensionView, 'programName'> & { programCode: string }>({
  ...EXTENSION_FIELDS,
  receiptNo: text,
  programCode: text,
  departmentName: text,
  areaName: nullable(text),
  dueDate: nullable(isoDate),
});

/** 延期待审批: pending extension requests in the supervisor's area. */
export async function pendingExtensions(ctx: RequestContext): Promise<PendingExtensionView[]> {
  ctx.require('referral.supervise', '审批延期');
  const scope = areaSql(ctx, 'e.area_code');
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select e.id, e.referral_id as "referralId", e.days, e.reason, e.status, e.requested_by_name as "requestedByName", e.requested_at as "requestedAt",
            e.decided_by_name as "decidedByName", e.decided_at as "decidedAt", e.decision_note as "decisionNote",
            a.receipt_no as "receiptNo", r.program_code as "programCode", d.name as "departmentName", ar.name as "areaName", r.due_date::text as "dueDate"
       from extension_request e join referral r on r.id = e.referral_id join application a on a.id = r.application_id
       join department d on d.id = r.department_id left join area ar on ar.code = r.area_code
      where e.status = 'PENDING' and ${scope.sql} order by e.requested_at`,
      params: scope.params,
    },
  ]);
  return decodeRows(rows, pendingExtensionRow, 'extension_request').map(({ programCode, ...r }) => ({
    ...r,
    programName: PROGRAM_NAMES[programCode] ?? programCode,
  }));
}

/** 我报送的线索: what an informant may know of their own report — never the household's detail. */
export interface MyPreApplicationView {
  id: string;
  contactName: string;
  address: string;
  programNames: string[];
  urgent: boolean;
  status: string;
  statusName: string;
  receiptNo: string | null;
  rejectReason: string | null;
  createdAt: Date;
  /** When the window handled it: confirmed (受理) or refused (不予受理); null while waiting. */
  handledAt: Date | null;
  /** The photos the informant sent with it. */
  photos: ReportPhotoView[];
}

/**
 * The pre-applications the caller submitted (`application.created_by`), newest first, with what
 * became of them (待窗口确认 / 已受理 + 受理号 / 不予受理 + 理由 / 已办结). Area scope applies as
 * everywhere (row-level security): a report confirmed for a household outside the caller's area
 * is no longer listed.
 */
export async function listMyPreApplications(ctx: RequestContext, pageArgs: Partial<PageArgs>): Promise<{ items: MyPreApplicationView[]; total: number }> {
  ctx.require('application.preSubmit', '查看我报送的线索');
  const { page, pageSize } = checkPage(pageArgs);
  if (!ctx.actor.id) return { items: [], total: 0 };
  const scope = areaSql(ctx, 'a.area_code');
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select a.id, coalesce(a.contact->>'name', '') as "contactName", coalesce(a.contact->>'address', '') as address, a.requested, a.urgent, a.status,
            a.receipt_no as "receiptNo", a.reject_reason as "rejectReason", a.created_at as "createdAt",
            case when a.status = 'REJECTED' then a.closed_at when a.status <> 'PENDING_CONFIRM' then a.accepted_at end as "handledAt",
            count(*) over () as "totalCount"
       from application a where a.created_by = ? and ${scope.sql}
      order by a.created_at desc, a.id limit ? offset ?`,
      params: [ctx.actor.id, ...scope.params, pageSize, (page - 1) * pageSize],
    },
  ]);
  // Their own photos only (uploaded_by: the window may have added other materials since).
  const photoRows = rows.length
    ? (
        await scopedReadBatch(ctx, [
          {
            sql: `select * from (${photosSql(rows.map(() => '?').join(', '))}) p where p.id in (select id from stored_file where uploaded_by = ?)`,
            params: [REPORT_PHOTO_MATERIAL, ...rows.map((r) => r.id), ctx.actor.id],
          },
        ])
      )[0]
    : [];
  const photosOf = new Map<string, ReportPhotoView[]>();
  for (const p of photoRows) {
    const list = photosOf.get(p.applicationId as string) ?? [];
    const { applicationId: _app, ...rest } = p;
    list.push(reportPhotoRow(rest, 'stored_file'));
    photosOf.set(p.applicationId as string, list);
  }
  const items = rows.map((r) => {
    const requested = (r.requested as Array<{ programCode: string }> | null) ?? [];
    return {
      id: r.id as string,
      contactName: r.contactName as string,
      address: r.address as string,
      programNames: [...new Set(requested.map((p) => PROGRAM_NAMES[p.programCode] ?? p.programCode))],
      urgent: r.urgent as boolean,
      status: r.status as string,
      statusName: APPLICATION_STATUSES[r.status as keyof typeof APPLICATION_STATUSES] ?? (r.status as string),
      receiptNo: (r.receiptNo as string | null) ?? null,
      rejectReason: (r.rejectReason as string | null) ?? null,
      createdAt: r.createdAt as Date,
      handledAt: (r.handledAt as Date | null) ?? null,
      photos: photosOf.get(r.id as string) ?? [],
    };
  });
  return { items, total: rows.length ? Number(rows[0].totalCount) : 0 };
}
