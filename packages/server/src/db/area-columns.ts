/**
 * Every column that holds an area code (`area_code`, `*_area_code`), with what the code means —
 * one registry, checked against the database catalogue by `test/area-columns.test.ts`, so a new
 * table with an area code cannot be forgotten.
 *
 * - `household`: the row belongs to a household and carries its village (RLS scopes it by that).
 *   When a household moves to another village (`moveHouseholdArea`), every such row moves with it —
 *   open and closed cases, their history, 督办, extensions, materials and outbox events included —
 *   so the new village sees all of the household and the old one none of it. `rows` is the SQL
 *   condition selecting the table's rows of the household; each `?` is the household id.
 * - `keeps`: the code records something else (who acted, where a window or a job was) and stays
 *   as written; the text says what.
 */
export type AreaColumn = { household: string } | { keeps: string };

const OF_APPLICATIONS = `application_id in (select id from application where household_id = ?)`;
const OF_REFERRALS = `referral_id in (select id from referral where household_id = ?)`;
const OF_CONSULTATION_CASES = `case_id in (select id from consultation_case where household_id = ?)`;

export const AREA_COLUMNS: Readonly<Record<string, Readonly<Record<string, AreaColumn>>>> = {
  // The ledger.
  household: { area_code: { household: `id = ?` } },
  person: { area_code: { household: `household_id = ?` } },
  membership: { area_code: { household: `household_id = ?` } },
  person_income: { area_code: { household: `household_id = ?` } },
  person_asset: { area_code: { household: `household_id = ?` } },
  benefit: { area_code: { household: `household_id = ?` } },
  tier_history: { area_code: { household: `household_id = ?` } },
  household_event: { area_code: { household: `household_id = ?` } },
  legal_supporter: { area_code: { household: `household_id = ?` } },
  household_authorisation: { area_code: { household: `household_id = ?` } },
  reassessment_finding: { area_code: { household: `household_id = ?` } },
  finding: { area_code: { household: `household_id = ?` } },
  // Unified verification (统一核查) of the household: verifications, their method records, the issued reports.
  verification: { area_code: { household: `household_id = ?` } },
  verification_record: { area_code: { household: `household_id = ?` } },
  verification_report: { area_code: { household: `household_id = ?` } },
  // 大数据库: a roster row that conflicted with the ledger, kept as evidence about the household.
  roster_conflict: {
    area_code: { household: `household_id = ?` },
    listed_area_code: { keeps: 'the village the roster row named (evidence as reported)' },
  },
  // Cases (一门受理) of the household, open or closed.
  application: {
    area_code: { household: `household_id = ?` },
    window_area_code: { keeps: 'the window that accepted the application' },
  },
  application_material: { area_code: { household: OF_APPLICATIONS } },
  // 公示 (modules/publicity): the published entries of the household's referrals and the objections to them.
  publicity_entry: { area_code: { household: OF_REFERRALS } },
  publicity_objection: { area_code: { household: OF_REFERRALS } },
  referral: { area_code: { household: `household_id = ?` } },
  referral_event: { area_code: { household: OF_APPLICATIONS } },
  supervision_note: {
    area_code: { household: OF_REFERRALS },
    issuer_area_code: { keeps: 'the area of the supervisor who issued the 督办' },
  },
  extension_request: { area_code: { household: OF_REFERRALS } },
  // 绿色通道 先行救助 granted to the household's application.
  advance_relief: { area_code: { household: OF_APPLICATIONS } },
  // 协助完善台账: proposed changes to the household and follow-up measures.
  household_change_request: { area_code: { household: `household_id = ?` } },
  household_followup: { area_code: { household: `household_id = ?` } },
  // 主动发现: visit tasks for the household's village.
  visit_task: { area_code: { household: `household_id = ?` } },
  // 个案会商 (modules/consultation): the escalated case, the meeting's decision on it and its follow-up tasks.
  consultation_case: { area_code: { household: `household_id = ?` } },
  joint_meeting_case: { area_code: { household: OF_CONSULTATION_CASES } },
  consultation_task: { area_code: { household: OF_CONSULTATION_CASES } },
  consultation_task_extension: {
    area_code: { household: `task_id in (select t.id from consultation_task t join consultation_case c on c.id = t.case_id where c.household_id = ?)` },
  },
  outbox_event: {
    area_code: {
      household: `(aggregate_type = 'application' and aggregate_id in (select id from application where household_id = ?))
        or (aggregate_type = 'referral' and aggregate_id in (select id from referral where household_id = ?))
        or (aggregate_type = 'verification' and aggregate_id in (select id from verification where household_id = ?))
        or (aggregate_type = 'consultation_task' and aggregate_id in (select t.id from consultation_task t join consultation_case c on c.id = t.case_id where c.household_id = ?))`,
    },
  },
  // Materials linked to a case belong to it; an upload not yet linked keeps the uploader's area.
  stored_file: {
    area_code: {
      household: `(owner_type = 'application' and owner_id in (select id from application where household_id = ?))
        or (owner_type = 'household_authorisation' and owner_id in (select id from household_authorisation where household_id = ?))`,
    },
  },
  // Not household data.
  audit_log: { area_code: { keeps: 'the acting user’s area when the entry was written (the log is append-only)' } },
  // The integrators' change feed (modules/integration): where the change happened when it happened (append-only; a cursor never sees a row move).
  integration_event: { area_code: { keeps: 'the village of the change when it happened (append-only change feed)' } },
  app_user: { area_code: { keeps: 'the user’s own area of responsibility' } },
  api_token: { area_code: { keeps: 'the area the token is limited to' } },
  department: { area_code: { keeps: 'the district the department belongs to' } },
  reassessment: { area_code: { keeps: 'the area a reassessment was run for' } },
  simulation: { area_code: { keeps: 'the area a simulation was run for' } },
  job: { area_code: { keeps: 'the area a background job works in' } },
  import_batch: { area_code: { keeps: 'the importer’s area (who sees the batch)' } },
  ref_status: { area_code: { keeps: 'the area a status roster reported (evidence as reported)' } },
  ref_cadre: { area_code: { keeps: 'where the cadre serves, as reported' } },
  crosscheck_recipient: { area_code: { keeps: 'scratch copy of a benefit’s area during one cross-check run (deleted when the run ends)' } },
  admin_change_request: { area_code: { keeps: 'the area of the administrator account the change concerns' } },
  // Staff inbox: read by its recipient only (RLS by user); the code says where the event happened.
  notification: { area_code: { keeps: 'the area of the event a staff notification reports (readable by its recipient only)' } },
  sms_message: { area_code: { keeps: 'the area of the event an SMS reports: a record of what was sent, where, when' } },
  // 门户内容: the 受理窗口 of a town or the district (its primary key; public reference data).
  service_window: { area_code: { keeps: 'the town or district whose 受理窗口 the row describes' } },
  // 留言 (modules/portal message.service.ts): a citizen's message to a town, under RLS by that town.
  portal_message: { area_code: { keeps: 'the town a citizen’s 留言 is addressed to (its staff reply)' } },
  // 联席会议 (modules/consultation): the town or the district whose joint meeting the record is.
  joint_meeting: { area_code: { keeps: 'the town or district whose joint meeting (联席会议) the record is' } },
};

/** The tables and conditions a household move updates, in a stable order. */
export function householdAreaColumns(): Array<{ table: string; column: string; rows: string }> {
  const out: Array<{ table: string; column: string; rows: string }> = [];
  for (const [table, cols] of Object.entries(AREA_COLUMNS)) {
    for (const [column, meaning] of Object.entries(cols)) if ('household' in meaning) out.push({ table, column, rows: meaning.household });
  }
  return out;
}
