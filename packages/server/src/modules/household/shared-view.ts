import type { RequestContext } from '../../graphql/request-context';

/**
 * The shared view (共享信息), defined once for every record that carries household data.
 *
 * Per household the reader's access is FULL or SHARED, decided by one rule (`householdAccessSql`,
 * mirrored by the RLS function `app_detail_visible`): FULL for staff with area-wide detail access
 * (windows, the system) and for a department that owns a benefit of the household or holds a
 * referral for it; SHARED for everyone else who may read the household at all (other departments,
 * 镇街分管负责人, 联席会议成员).
 *
 * What SHARED keeps answers "which household, which programs, who handles them, how late": name,
 * masked ID, sex, age, relation, village, tier, every department's benefits; for a case its receipt
 * number, programs, department, status, deadlines, 督办 and extensions. Personal detail — address,
 * phone, facts, incomes, assets, the applicant and their contact, descriptions, reasons, notes,
 * materials, screening — is FULL only. Every record type lists its shared fields here; any field not
 * listed is `null` in the shared view (so a new field is private until someone decides otherwise).
 * The table with the reasons is in docs/security.md › "The shared view".
 */

export type AccessLevel = 'FULL' | 'SHARED';

export const SHARED_PERSON_FIELDS = [
  'id',
  'householdId',
  'name',
  'idMasked',
  'sex',
  'birthDate',
  'age',
  'relation',
  'relationName',
  'deceased',
  'isHead',
] as const;

export const SHARED_HOUSEHOLD_FIELDS = [
  'id',
  'areaCode',
  'areaName',
  'tier',
  'tierName',
  'status',
  'headName',
  'memberCount',
  'access',
  'members',
  'benefits',
] as const;

/** An application (一件事) or pre-application: the case, not who came to the window or why. */
export const SHARED_APPLICATION_FIELDS = [
  'id',
  'access',
  'receiptNo',
  'status',
  'statusName',
  'channel',
  'channelName',
  'urgent',
  'householdId',
  'headName',
  'areaCode',
  'areaName',
  'requested',
  'windowAreaName',
  'acceptedAt',
  'acceptedByName',
  'createdAt',
  'createdByName',
  'closedAt',
  'authorizationSigned',
  'version',
  'referralCount',
  'doneCount',
] as const;

/** A requested program of an application: which program for whom, not the reason given. */
export const SHARED_REQUESTED_FIELDS = ['programCode', 'programName', 'personId'] as const;

/**
 * A referral (转办单): program, department, status, clock and 督办 state, and the decision's amount
 * (the benefit it becomes is shared anyway); not the reason, notes, screening, refusal reasons.
 */
export const SHARED_REFERRAL_FIELDS = [
  'id',
  'access',
  'version',
  'applicationId',
  'receiptNo',
  'programCode',
  'programName',
  'departmentId',
  'departmentName',
  'status',
  'statusName',
  'outcome',
  'outcomeName',
  'householdId',
  'headName',
  'areaCode',
  'areaName',
  'tier',
  'tierName',
  'personId',
  'personName',
  'clock',
  'signDue',
  'escalationLevel',
  'escalationName',
  'extendableTo',
  'extensionDays',
  'supplementDue',
  'publicityStart',
  'publicityEnd',
  'decisionAmountFen',
  'decisionStartMonth',
  'benefitId',
  'transferredFromId',
  'transferredToId',
  'closedOn',
  'mine',
  'createdAt',
] as const;

/** A history entry of a case: what happened when and by whom, not the note written with it. */
export const SHARED_HISTORY_FIELDS = ['id', 'referralId', 'kind', 'kindName', 'fromStatus', 'toStatus', 'actorName', 'actorDepartment', 'at'] as const;

/** Keeps only the shared fields of a record (others become null, so the API shape is stable). */
export function toShared<T extends object>(record: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = fields.includes(k) ? v : null;
  return out as T;
}

/** The record as a reader with `access` may see it. */
export function viewAs<T extends object>(access: AccessLevel, record: T, fields: readonly string[]): T {
  return access === 'FULL' ? record : toShared(record, fields);
}

export const accessOf = (related: unknown): AccessLevel => (related === true ? 'FULL' : 'SHARED');

/**
 * SQL deciding FULL (true) or SHARED (false) for the household whose id is in `householdColumn`,
 * the same rule as `household(id)` and the RLS function app_detail_visible. A record without a
 * household (a pre-application not yet matched) is FULL only for area-wide detail access.
 */
export function householdAccessSql(ctx: RequestContext, householdColumn: string): { sql: string; params: unknown[] } {
  if (!/^[a-z_]+\.[a-z_]+$/.test(householdColumn)) throw new Error(`bad column ${householdColumn}`);
  const scope = ctx.detailScope;
  if (scope === 'area') return { sql: 'true', params: [] };
  if (!scope) return { sql: 'false', params: [] };
  return {
    sql: `coalesce(exists (select 1 from benefit b where b.household_id = ${householdColumn} and b.department_id::text = ?)
       or exists (select 1 from referral r where r.household_id = ${householdColumn} and r.department_id::text = ?), false)`,
    params: [scope, scope],
  };
}
