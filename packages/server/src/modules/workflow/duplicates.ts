import { BENEFIT_STATUSES, label, PROGRAM_NAMES, type ProgramDef } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { isInScope, prefixSql } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { FINAL_STATUSES, statusName } from './states';

/**
 * 重复救: at intake, a program the household (per-household programs) or the member (per-member
 * programs) already receives — 享受中 or 渐退 — or has pending in an open referral is refused with
 * the existing record(s), unless the window gives a reason (e.g. a re-application after a change),
 * which the department then sees on the referral. A member's own benefits are looked up across
 * the district (a member who moved keeps the benefit in the former household until its department
 * acts); records outside the caller's area are reduced to program, status, department and village.
 */

/** Benefit statuses that count as "already receives". */
export const RECEIVING_STATUSES = ['ACTIVE', 'PHASE_OUT'] as const;

export interface ExistingAssistance {
  kind: 'BENEFIT' | 'REFERRAL';
  programCode: string;
  programName: string;
  personId: string | null;
  personName: string | null;
  status: string;
  statusName: string;
  departmentName: string;
  /** 受理号 of the decision or the open application (inside the caller's area only). */
  receiptNo: string | null;
  startDate: string | null;
  monthlyAmountFen: number | null;
  areaName: string | null;
  /** False when the record lies outside the caller's area (then no receipt number). */
  inScope: boolean;
}

export interface DuplicateRequest {
  programCode: string;
  programName: string;
  personId: string | null;
  existing: ExistingAssistance[];
}

interface Requested {
  programCode: string;
  personId?: string | null;
  duplicateReason?: string | null;
}

/** The existing assistance matching each requested program (only those with a match). */
export async function findDuplicates(
  ctx: RequestContext,
  householdId: string,
  requested: Requested[],
  programs: readonly ProgramDef[],
): Promise<DuplicateRequest[]> {
  if (!requested.length) return [];
  const codes = [...new Set(requested.map((r) => r.programCode))];
  const persons = [...new Set(requested.map((r) => r.personId).filter((p): p is string => !!p))];
  const district = prefixSql('x.area_code', (ctx.actor.areaCode ?? '').slice(0, 6) || '\u0000');
  type Row = Omit<ExistingAssistance, 'programName' | 'statusName' | 'inScope'> & { householdId: string; area_code: string };
  const rows = await ctx.asSystem('duplicate-check', (em) =>
    sqlRows<Row>(
      em,
      `select * from (
       select 'BENEFIT' as kind, b.program_code as "programCode", b.person_id as "personId", p.name as "personName", b.status, d.name as "departmentName",
              b.source_ref as "receiptNo", b.start_date::text as "startDate", b.monthly_amount_fen::int as "monthlyAmountFen",
              b.household_id as "householdId", b.area_code, a.name as "areaName"
         from benefit b join department d on d.id = b.department_id left join person p on p.id = b.person_id left join area a on a.code = b.area_code
        where b.status in (?) and b.program_code in (?) and (b.household_id = ? or b.person_id in (?))
       union all
       select 'REFERRAL', r.program_code, r.person_id, p.name, r.status, d.name, ap.receipt_no, r.clock_start::text, null,
              r.household_id, r.area_code, a.name
         from referral r join application ap on ap.id = r.application_id join department d on d.id = r.department_id
         left join person p on p.id = r.person_id left join area a on a.code = r.area_code
        where r.status not in (?) and r.program_code in (?) and (r.household_id = ? or r.person_id in (?))
     ) x where ${district.sql}`,
      [
        RECEIVING_STATUSES,
        codes,
        householdId,
        persons.length ? persons : ['00000000-0000-0000-0000-000000000000'],
        FINAL_STATUSES,
        codes,
        householdId,
        persons.length ? persons : ['00000000-0000-0000-0000-000000000000'],
        ...district.params,
      ],
    ),
  );
  const out: DuplicateRequest[] = [];
  for (const req of requested) {
    const program = programs.find((p) => p.code === req.programCode);
    const perMember = program?.subject === 'MEMBER';
    const matches = rows.filter((r) => r.programCode === req.programCode && (perMember ? r.personId === req.personId : r.householdId === householdId));
    if (!matches.length) continue;
    out.push({
      programCode: req.programCode,
      programName: program?.name ?? PROGRAM_NAMES[req.programCode] ?? req.programCode,
      personId: req.personId ?? null,
      existing: matches.map(({ householdId: _h, area_code: areaCode, ...m }) => {
        const inScope = isInScope(ctx, areaCode);
        return {
          ...m,
          programName: PROGRAM_NAMES[m.programCode] ?? m.programCode,
          statusName: m.kind === 'BENEFIT' ? label(BENEFIT_STATUSES, m.status) : statusName(m.status),
          receiptNo: inScope ? m.receiptNo : null,
          personName: inScope ? m.personName : null,
          inScope,
        };
      }),
    });
  }
  return out;
}

/** One line per existing record: "钱二 教育救助 享受中（和安区教委，2026-09 起）". */
export function describeExisting(e: ExistingAssistance): string {
  const who = e.personName ? `${e.personName} ` : '';
  const what = e.kind === 'BENEFIT' ? `${e.programName}${e.statusName}` : `${e.programName}申请正在办理（${e.statusName}）`;
  const where = [e.departmentName, e.receiptNo ? `受理号 ${e.receiptNo}` : null, e.inScope ? null : `登记在${e.areaName ?? '其他村社'}`]
    .filter(Boolean)
    .join('，');
  return `${who}${what}（${where}）`;
}

export const MIN_DUPLICATE_REASON = 4;

/**
 * Refuses the requests that duplicate existing assistance without a reason (DUPLICATE_ASSISTANCE,
 * the records in `extensions.duplicates`); returns the reason to store for each accepted duplicate.
 */
export function checkDuplicates(requested: Requested[], duplicates: DuplicateRequest[]): Map<DuplicateRequest, string> {
  const accepted = new Map<DuplicateRequest, string>();
  const refused: DuplicateRequest[] = [];
  for (const d of duplicates) {
    const req = requested.find((r) => r.programCode === d.programCode && (r.personId ?? null) === d.personId)!;
    const reason = req.duplicateReason?.trim() ?? '';
    if (reason.length > 500) throw new AppError('BAD_USER_INPUT', '重复申请说明不超过 500 字', { field: 'programs' });
    if (reason.length >= MIN_DUPLICATE_REASON) accepted.set(d, reason);
    else refused.push(d);
  }
  if (refused.length) {
    const lines = refused.map((d) => `${d.programName}：${d.existing.map(describeExisting).join('；')}`);
    throw new AppError(
      'DUPLICATE_ASSISTANCE',
      `重复救助：${lines.join('。')}。如确需再次申请（如情况变化后重新申请），请填写重复申请说明（至少 ${MIN_DUPLICATE_REASON} 个字），主管部门办理时可见`,
      { field: 'programs', duplicates: refused },
    );
  }
  return accepted;
}
