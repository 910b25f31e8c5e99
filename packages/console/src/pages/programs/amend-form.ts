/**
 * 修改材料与时限: the editor's form values ↔ the program as listed by `programs(asOf)`, and the
 * amendment (only what changed) with its Chinese diff — computed with the same rules the server uses.
 */
import { applyProgramAmendment, describeProgramChanges, type DayKind, type ProgramAmendment, type ProgramDef } from '@xiejiu/rules';
import type { ProgramAmendmentInput, ProgramsQuery } from '../../gql/graphql';

export type ListedProgram = ProgramsQuery['programs'][number];

/** A step's limit in the form: days + 工作日/自然日, or 无时限. */
export type LimitKindChoice = DayKind | 'NONE';

export interface AmendFormValues {
  materials: Array<{ name?: string; required?: boolean; when?: string | null }>;
  steps: Record<string, { kind: LimitKindChoice; days?: number | null }>;
  total: { enabled: boolean; days?: number | null; kind: DayKind; extendableTo?: number | null };
  publicity: { required: boolean; days?: number | null; kind: DayKind };
}

/** The fields of a listed program the editor and the diff need, as a rules program. */
export function toProgramDef(p: ListedProgram): ProgramDef {
  return {
    code: p.code,
    name: p.name,
    owner: p.ownerCode,
    legalBasis: [],
    description: '',
    subject: 'HOUSEHOLD',
    applicable: true,
    confersTier: null,
    servesTiers: [],
    eligibility: null,
    amount: null,
    applyAt: '',
    materials: p.materialItems.map((m) => ({ name: m.name, required: m.required, ...(m.when ? { when: m.when } : {}) })),
    steps: p.stepItems.map((s) => ({
      code: s.code,
      name: s.name,
      limit: s.limitDays ? { days: s.limitDays, kind: (s.limitKind ?? 'WORKING') as DayKind } : null,
      clockPaused: s.clockPaused,
    })),
    totalLimit: p.totalLimit
      ? { days: p.totalLimit.days, kind: p.totalLimit.kind as DayKind, ...(p.totalLimit.extendableTo ? { extendableTo: p.totalLimit.extendableTo } : {}) }
      : null,
    publicity: {
      required: p.publicityRule.required,
      ...(p.publicityRule.days ? { days: p.publicityRule.days } : {}),
      ...(p.publicityRule.kind ? { kind: p.publicityRule.kind as DayKind } : {}),
      minors: p.publicityRule.minors as 'NEVER' | 'MASKED' | 'SAME',
    },
  };
}

export function formValuesOf(p: ListedProgram): AmendFormValues {
  return {
    materials: p.materialItems.map((m) => ({ name: m.name, required: m.required, when: m.when ?? '' })),
    steps: Object.fromEntries(
      p.stepItems.map((s) => [
        s.code,
        s.limitDays ? { kind: (s.limitKind ?? 'WORKING') as DayKind, days: s.limitDays } : { kind: 'NONE' as const, days: null },
      ]),
    ),
    total: p.totalLimit
      ? { enabled: true, days: p.totalLimit.days, kind: p.totalLimit.kind as DayKind, extendableTo: p.totalLimit.extendableTo ?? null }
      : { enabled: false, days: null, kind: 'WORKING', extendableTo: null },
    publicity: { required: p.publicityRule.required, days: p.publicityRule.days ?? null, kind: (p.publicityRule.kind ?? 'CALENDAR') as DayKind },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface AmendmentDraft {
  /** The changed parts, ready for `amendProgram` (without date, reference and reason). */
  input: Omit<ProgramAmendmentInput, 'programCode' | 'effectiveFrom' | 'legalRef' | 'reason'>;
  /** Chinese lines: what changes relative to the baseline. */
  changes: string[];
}

/** Only what differs from `baseline` (the version in force the day before the effective date). */
export function draftAmendment(baseline: ListedProgram, v: Partial<AmendFormValues>): AmendmentDraft {
  const before = toProgramDef(baseline);
  const input: AmendmentDraft['input'] = {};
  const rules: Pick<ProgramAmendment, 'materials' | 'steps' | 'totalLimit' | 'publicity'> = {};

  const materials = (v.materials ?? []).map((m) => ({
    name: (m?.name ?? '').trim(),
    required: m?.required ?? true,
    ...(m?.when?.trim() ? { when: m.when.trim() } : {}),
  }));
  if (v.materials && !same(materials, before.materials)) {
    rules.materials = materials;
    input.materials = materials.map((m) => ({ name: m.name, required: m.required, when: m.when ?? null }));
  }

  const steps: NonNullable<ProgramAmendment['steps']> = [];
  for (const s of before.steps) {
    const f = v.steps?.[s.code];
    if (!f) continue;
    const limit = f.kind === 'NONE' || !f.days ? null : { days: f.days, kind: f.kind };
    if (!same(limit, s.limit)) steps.push({ code: s.code, limit });
  }
  if (steps.length) {
    rules.steps = steps;
    input.steps = steps.map((s) => ({ code: s.code, days: s.limit?.days ?? null, kind: s.limit?.kind ?? null }));
  }

  if (v.total) {
    const total =
      v.total.enabled && v.total.days
        ? { days: v.total.days, kind: v.total.kind, ...(v.total.extendableTo ? { extendableTo: v.total.extendableTo } : {}) }
        : null;
    if (
      !same(
        total,
        before.totalLimit
          ? {
              days: before.totalLimit.days,
              kind: before.totalLimit.kind,
              ...(before.totalLimit.extendableTo ? { extendableTo: before.totalLimit.extendableTo } : {}),
            }
          : null,
      )
    ) {
      rules.totalLimit = total;
      if (total) input.totalLimit = { days: total.days, kind: total.kind, extendableTo: total.extendableTo ?? null };
      else input.removeTotalLimit = true;
    }
  }

  if (v.publicity) {
    const p = v.publicity.required ? { required: true, days: v.publicity.days ?? undefined, kind: v.publicity.kind } : { required: false };
    const old = before.publicity.required ? { required: true, days: before.publicity.days, kind: before.publicity.kind ?? 'CALENDAR' } : { required: false };
    if (!same(p, old)) {
      rules.publicity = p;
      input.publicity = v.publicity.required ? { required: true, days: v.publicity.days ?? null, kind: v.publicity.kind } : { required: false };
    }
  }

  const changes = Object.keys(rules).length ? describeProgramChanges(before, applyProgramAmendment(before, rules)) : [];
  return { input, changes };
}

/** 'YYYY-MM-DD' of the day before. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
