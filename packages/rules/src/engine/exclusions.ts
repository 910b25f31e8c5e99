/**
 * Applies the exclusion matrix (Catalogue.exclusions) after every program's conditions were evaluated.
 * A program "held" by a subject is one it receives (ACTIVE / PHASE_OUT), has pending (APPLYING) or is found
 * eligible for now. Rules run in catalogue order on the current outcomes, so an excluded program no longer
 * excludes others.
 */
import { COUNTING_STATUSES } from '../tiers';
import type { CompiledCatalogue, CompiledProgram } from './compile';
import type { HouseholdCtx, MemberCtx, MissingItem } from './derive';
import type { ExcludedBy, Outcome } from './evaluate';
import { TraceLine, type Env, type TraceEntry, type Tri } from './expr';
import type { BenefitFacts } from './facts';
import { yuan } from './format';
import type { ExclusionRule } from './program';

export interface SubjectState {
  personId: string | null;
  m: MemberCtx | null;
  label: string;
  /** Condition result before exclusions. */
  tri: Tri;
  outcome: Outcome;
  missing: readonly MissingItem[];
  /** Estimated amount (fen); null: no formula or not eligible; undefined: formula not computable. */
  amount: number | null | undefined;
  /** The program's trace (shared by its member subjects); this subject's lines end at traceEnd. */
  trace: TraceEntry[];
  traceEnd: number;
  header: TraceLine | null;
  depth: number;
  excludedBy?: ExcludedBy;
  notes?: string[];
}

export interface ProgramState {
  cp: CompiledProgram;
  used: number[];
  trace: TraceEntry[];
  /** Environment the trace lines render in. */
  renv: Env;
  household?: SubjectState;
  /** MEMBER programs: one state per living member, in HouseholdCtx.living order. */
  members?: SubjectState[];
}

interface Hold {
  kind: 'RECEIVING' | 'PENDING' | 'ELIGIBLE';
  /** Benefit status, or 'ELIGIBLE' when only found eligible now. */
  status: string;
  amount: number | null | undefined;
}

interface Decision {
  exclude?: ExcludedBy;
  note?: string;
  insufficient?: MissingItem;
}

function hasEligible(st: ProgramState): boolean {
  if (st.household) return st.household.outcome === 'ELIGIBLE';
  for (const s of st.members!) if (s.outcome === 'ELIGIBLE') return true;
  return false;
}

export function applyExclusions(cc: CompiledCatalogue, h: HouseholdCtx, states: Map<string, ProgramState>): void {
  let ctx: ReturnType<typeof exclusionContext> | null = null;
  for (const rule of cc.source.exclusions) {
    const [a, b] = rule.programs;
    for (let dir = 0; dir < 2; dir++) {
      const x = dir ? b : a;
      const y = dir ? a : b;
      const st = states.get(x);
      // Most households hold nothing a rule is about: skip without allocating.
      if (!st || !hasEligible(st)) continue;
      ctx ??= exclusionContext(cc, h, states);
      ctx.applyRule(rule, x, y, st);
    }
  }
}

function exclusionContext(cc: CompiledCatalogue, h: HouseholdCtx, states: Map<string, ProgramState>) {
  const dead = new Set(h.members.filter((m) => m.dead).map((m) => m.personId));

  const benefitHold = (code: string, pid: string | null): Hold | null => {
    const bs = h.f.benefits;
    if (!bs) return null;
    let pending: BenefitFacts | undefined;
    for (const b of bs) {
      if (b.programCode !== code) continue;
      if (b.personId && (pid === null ? dead.has(b.personId) : b.personId !== pid)) continue;
      if (COUNTING_STATUSES.has(b.status)) return { kind: 'RECEIVING', status: b.status, amount: b.monthlyAmountFen };
      if (b.status === 'APPLYING') pending ??= b;
    }
    return pending ? { kind: 'PENDING', status: pending.status, amount: pending.monthlyAmountFen } : null;
  };

  const eligibleNow = (code: string, pid: string | null): SubjectState | null => {
    const st = states.get(code);
    if (!st) return null;
    if (st.household) return st.household.outcome === 'ELIGIBLE' ? st.household : null;
    if (pid !== null) {
      const s = st.members!.find((x) => x.personId === pid);
      return s && s.outcome === 'ELIGIBLE' ? s : null;
    }
    return st.members!.find((s) => s.outcome === 'ELIGIBLE') ?? null;
  };

  const hold = (code: string, pid: string | null): Hold | null => {
    const b = benefitHold(code, pid);
    const e = eligibleNow(code, pid);
    if (b?.kind === 'RECEIVING') return { ...b, amount: b.amount ?? e?.amount };
    if (b) return { ...b, amount: e?.amount ?? b.amount };
    return e ? { kind: 'ELIGIBLE', status: 'ELIGIBLE', amount: e.amount } : null;
  };

  const decide = (rule: ExclusionRule, x: string, y: string, xs: SubjectState, pid: string | null): Decision | null => {
    const hy = hold(y, pid);
    if (!hy) return null;
    const yName = cc.programNames[y] ?? y;
    const xName = cc.programNames[x] ?? x;
    const exc = rule.exceptions.find((e) => e.otherStatus === hy.status);
    const why = hy.kind === 'RECEIVING' ? `正在享受「${yName}」` : hy.kind === 'PENDING' ? `「${yName}」申请审批中` : `符合「${yName}」条件`;
    const exclude = (reason: string): Decision => ({ exclude: { programCode: y, programName: yName, rule: rule.code, reason } });
    if (exc) return { note: `${why}：${exc.reason}` };
    const hx = benefitHold(x, pid);
    switch (rule.kind) {
      case 'PREFER':
        if (x !== rule.programs[1]) return null;
        return exclude(`${why}，${rule.name}（优先享受「${yName}」）`);
      case 'EXCLUSIVE':
        if (hy.kind === 'ELIGIBLE') return hx?.kind === 'RECEIVING' ? null : { note: `同时符合「${yName}」条件，${rule.name}，只能择一享受` };
        if (hx?.kind === 'RECEIVING') return hy.kind === 'RECEIVING' ? { note: `同时享受「${yName}」，${rule.name}，需核查` } : null;
        return exclude(`${why}，${rule.name}`);
      case 'HIGHER_OF': {
        const ax = xs.amount;
        const ay = hy.amount;
        if (typeof ay !== 'number') return { insufficient: { fact: `amount:${y}`, personId: pid ?? undefined, name: `「${yName}」月发放金额` } };
        if (typeof ax !== 'number') return { insufficient: { fact: `amount:${x}`, personId: pid ?? undefined, name: `「${xName}」月发放金额` } };
        const xWinsTie = hx?.kind === 'RECEIVING' || (hy.kind !== 'RECEIVING' && x === rule.programs[0]);
        if (ay > ax || (ay === ax && !xWinsTie)) {
          return exclude(`${why}（${yuan(ay)}），${rule.name}：按就高原则享受「${yName}」，本项 ${yuan(ax)} 不再发放`);
        }
        return { note: `${why}（${yuan(ay)}），本项 ${yuan(ax)} 较高，按就高原则享受本项${hy.kind === 'RECEIVING' ? `，「${yName}」应停发` : ''}` };
      }
    }
  };

  const addLine = (st: ProgramState, s: SubjectState, line: TraceLine) => {
    if (!st.members) {
      st.trace.push(line);
      return;
    }
    // Member programs share one trace: insert after this member's lines.
    st.trace.splice(s.traceEnd, 0, line);
    for (const x of st.members) if (x.traceEnd > s.traceEnd) x.traceEnd++;
    s.traceEnd++;
  };

  const apply = (st: ProgramState, s: SubjectState, d: Decision | null) => {
    if (!d) return;
    if (d.exclude) {
      s.outcome = 'EXCLUDED';
      s.excludedBy = d.exclude;
      addLine(st, s, new TraceLine(s.depth, 'NOT_MET', `因互斥排除：${d.exclude.reason}`));
    } else if (d.insufficient) {
      s.outcome = 'INSUFFICIENT';
      s.missing = [d.insufficient];
      addLine(st, s, new TraceLine(s.depth, 'UNKNOWN', `互斥比较缺少${d.insufficient.name}：信息不足`));
    } else if (d.note) {
      (s.notes ??= []).push(d.note);
      addLine(st, s, new TraceLine(s.depth, 'INFO', `互斥规则：${d.note}`));
    }
  };

  const applyRule = (rule: ExclusionRule, x: string, y: string, st: ProgramState) => {
    if (st.members) {
      for (const s of st.members) if (s.outcome === 'ELIGIBLE') apply(st, s, decide(rule, x, y, s, rule.scope === 'PERSON' ? s.personId : null));
      return;
    }
    const s = st.household!;
    if (rule.scope === 'HOUSEHOLD') {
      apply(st, s, decide(rule, x, y, s, null));
      return;
    }
    // A household program under a person rule: excluded only when every counted member holds the other.
    let persons = h.living.filter((m) => m.counted().v === true);
    if (!persons.length) persons = h.living;
    const ds = persons.map((m) => ({ m, d: decide(rule, x, y, s, m.personId) }));
    if (ds.length && ds.every((e) => e.d?.exclude)) {
      apply(st, s, ds[0].d);
      return;
    }
    for (const { m, d } of ds) {
      if (!d) continue;
      if (d.exclude) apply(st, s, { note: `成员 ${m.label}：${d.exclude.reason}（该成员不重复享受，其余成员不受影响）` });
      else apply(st, s, d);
    }
  };

  return { applyRule };
}
