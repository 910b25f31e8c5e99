import { AmendmentError, programHistory, withProgramAmendment, type Catalogue, type DayKind, type Material, type ProgramAmendment } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/audit.service';
import { catalogueInForce } from './catalogue.service';
import { ProgramVersion } from './program-version.entity';
import { requireOwner } from './whatif';

/**
 * Versioned edits of a program's materials, step time limits, total limit and 公示 ("two unchanged"):
 * by the owning department only, effective from tomorrow at the earliest, stored append-only in
 * `program_version`, logged as `program.amended`. Eligibility conditions and amounts are not edited
 * here (parameters are, see catalogue.service.ts).
 */
export interface ProgramAmendmentInput {
  programCode: string;
  effectiveFrom: string;
  materials?: Array<{ name: string; required: boolean; when?: string | null }> | null;
  /** `days` null = 无时限. */
  steps?: Array<{ code: string; days?: number | null; kind?: string | null }> | null;
  totalLimit?: { days: number; kind: string; extendableTo?: number | null } | null;
  /** Removes the total limit (the referral clock then sums the steps). */
  removeTotalLimit?: boolean | null;
  publicity?: { required: boolean; days?: number | null; kind?: string | null } | null;
  note?: string | null;
  legalRef: string;
  reason: string;
}

export interface ProgramVersionView {
  id: string;
  effectiveFrom: string;
  /** What the version changed relative to the one before it (Chinese lines). */
  changes: string[];
  summary: string;
  reason: string;
  legalRef: string;
  note: string | null;
  recordedBy: string;
  department: string | null;
  /** In force on the date asked for. */
  inForce: boolean;
}

/** The recorded amendments of a program, oldest first, with what each changed. */
export function programVersionViews(catalogue: Catalogue, code: string, asOf: string): ProgramVersionView[] {
  return programHistory(catalogue, code)
    .filter((v) => v.amendment)
    .map((v) => ({
      id: v.amendment!.id ?? `${code}@${v.effectiveFrom}`,
      effectiveFrom: v.effectiveFrom!,
      changes: v.changes,
      summary: v.changes.length ? v.changes.join('；') : '（与前一版本相同）',
      reason: v.amendment!.reason,
      legalRef: v.amendment!.legalRef,
      note: v.amendment!.note ?? null,
      recordedBy: v.amendment!.recordedBy,
      department: v.amendment!.department ?? null,
      inForce: v.effectiveFrom! <= asOf,
    }));
}

const KINDS: readonly string[] = ['WORKING', 'CALENDAR'];
const kindOf = (k: string | null | undefined, field: string): DayKind => {
  if (!k || !KINDS.includes(k)) throw new AppError('BAD_USER_INPUT', '时限应注明工作日（WORKING）或自然日（CALENDAR）', { field });
  return k as DayKind;
};

/** GraphQL input → rules amendment (only the parts given). */
function toAmendment(input: ProgramAmendmentInput, legalRef: string, reason: string, recordedBy: string): ProgramAmendment {
  const a: ProgramAmendment = { effectiveFrom: input.effectiveFrom, legalRef, reason, recordedBy };
  if (input.materials) {
    a.materials = input.materials.map(
      (m): Material => ({ name: (m.name ?? '').trim(), required: !!m.required, ...(m.when?.trim() ? { when: m.when.trim() } : {}) }),
    );
  }
  if (input.steps?.length) {
    a.steps = input.steps.map((s) => ({
      code: s.code,
      limit: s.days === null || s.days === undefined ? null : { days: s.days, kind: kindOf(s.kind, 'steps') },
    }));
  }
  if (input.removeTotalLimit) {
    if (input.totalLimit) throw new AppError('BAD_USER_INPUT', '不能同时设置和取消办结时限', { field: 'totalLimit' });
    a.totalLimit = null;
  } else if (input.totalLimit) {
    a.totalLimit = {
      days: input.totalLimit.days,
      kind: kindOf(input.totalLimit.kind, 'totalLimit'),
      ...(input.totalLimit.extendableTo ? { extendableTo: input.totalLimit.extendableTo } : {}),
    };
  }
  if (input.publicity) {
    const p = input.publicity;
    a.publicity = p.required ? { required: true, days: p.days ?? undefined, kind: p.kind ? kindOf(p.kind, 'publicity') : 'CALENDAR' } : { required: false };
  }
  if (input.note?.trim()) a.note = input.note.trim().slice(0, 200);
  return a;
}

/** Fields of the amendment as stored in `program_version.amendment` (the rest has its own columns). */
function storedPart(a: ProgramAmendment): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (a.materials) out.materials = a.materials;
  if (a.steps) out.steps = a.steps;
  if (a.totalLimit !== undefined) out.totalLimit = a.totalLimit;
  if (a.publicity) out.publicity = a.publicity;
  if (a.note) out.note = a.note;
  return out;
}

/**
 * 修改材料与时限: a dated amendment of the program, by its owner department, effective from tomorrow at
 * the earliest (what was in force up to today stays as it was). Referrals created from the effective
 * date on get the new time limits; earlier referrals keep theirs.
 */
export async function amendProgram(ctx: RequestContext, input: ProgramAmendmentInput): Promise<{ id: string; changes: string[] }> {
  ctx.require('program.manage', '修改事项材料与时限');
  const reason = (input.reason ?? '').trim();
  const legalRef = (input.legalRef ?? '').trim();
  if (!isIsoDate(input.effectiveFrom ?? '')) throw new AppError('BAD_USER_INPUT', '生效日期格式应为 YYYY-MM-DD', { field: 'effectiveFrom' });
  if (input.effectiveFrom <= todayCn()) throw new AppError('BAD_USER_INPUT', '修改最早从明天起生效，不能改写已生效的历史', { field: 'effectiveFrom' });
  if (reason.length < 4 || reason.length > 300) throw new AppError('BAD_USER_INPUT', '请说明修改理由（4–300 字）', { field: 'reason' });
  if (!legalRef || legalRef.length > 200) throw new AppError('BAD_USER_INPUT', '请填写依据（文件名称或文号，不超过 200 字）', { field: 'legalRef' });
  const { catalogue } = await catalogueInForce(ctx);
  const program = (catalogue.unamendedPrograms ?? catalogue.programs).find((p) => p.code === input.programCode && p.applicable);
  if (!program) throw new AppError('BAD_USER_INPUT', `未知救助事项：${input.programCode}`, { field: 'programCode' });
  const amendment = toAmendment(input, legalRef, reason, ctx.actor.name);
  return ctx.tx(async (em) => {
    const dept = await requireOwner(ctx, program.owner, '修改该事项的材料与时限');
    let changes: string[];
    try {
      const next = withProgramAmendment(catalogue, program.code, amendment);
      changes = programHistory(next, program.code).find((v) => v.effectiveFrom === input.effectiveFrom)!.changes;
    } catch (e) {
      if (e instanceof AmendmentError) throw new AppError('BAD_USER_INPUT', e.message);
      throw e;
    }
    // Serialise amendments of one program so two concurrent edits cannot both pass the same-date check.
    await em.execute(`select pg_advisory_xact_lock(hashtext('program_version:' || ?))`, [program.code]);
    const clash = await em.execute(`select 1 from program_version where program_code = ? and effective_from = ?`, [program.code, input.effectiveFrom]);
    if ((clash as unknown[]).length) throw new AppError('CONFLICT', `${program.name}在 ${input.effectiveFrom} 已有一次修改，请刷新后重试`);
    const { id } = em.create(ProgramVersion, {
      programCode: program.code,
      departmentId: dept.id,
      effectiveFrom: input.effectiveFrom,
      amendment: storedPart(amendment),
      legalRef,
      reason,
      createdBy: ctx.actor.id ?? null,
      createdByName: ctx.actor.name,
    });
    await em.flush();
    await recordAudit(ctx, {
      action: 'program.amended',
      entityType: 'program',
      entityId: program.code,
      after: { effectiveFrom: input.effectiveFrom, changes: changes.join('；'), legalRef },
      detail: { reason },
    });
    return { id, changes };
  });
}
