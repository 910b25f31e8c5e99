/**
 * Dated amendments of a program's materials, time limits and 公示 ("two unchanged": nothing rewrites
 * history). The catalogue keeps the unamended programs and every amendment; the program in force on a
 * date is the unamended one with the amendments effective on or before that date applied in date order,
 * later ones winning field by field (materials as a whole list, each step's limit by step code, the total
 * limit as a whole, 公示 by field). The seed (or stored) definition is the version before the first
 * amendment.
 */
import { isIsoDate } from './parameters';
import type { Catalogue, DayKind, Material, ProgramDef, ProgramStep, Publicity, TimeLimit } from './program';

export interface AmendedTotalLimit {
  days: number;
  kind: DayKind;
  /** Longest total with extensions (e.g. 低保 30 → 45). */
  extendableTo?: number;
}

export interface AmendedPublicity {
  required: boolean;
  days?: number;
  kind?: DayKind;
}

export interface ProgramAmendment {
  /** 'YYYY-MM-DD': in force from this date on. */
  effectiveFrom: string;
  /** The whole new materials list (replaces the one in force). */
  materials?: Material[];
  /** New limits of the steps named (others unchanged); `limit: null` = 无时限. */
  steps?: Array<{ code: string; limit: TimeLimit | null }>;
  /** New total limit; null removes it (the referral clock then sums the steps); undefined = unchanged. */
  totalLimit?: AmendedTotalLimit | null;
  /** New 公示 rule (minors and the seed's note are kept). */
  publicity?: AmendedPublicity;
  note?: string;
  /** 文件名称或文号. */
  legalRef: string;
  reason: string;
  recordedBy: string;
  /** Filled by the server: stored id, recording department. */
  id?: string;
  department?: string;
}

export class AmendmentError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('；'));
    this.name = 'AmendmentError';
  }
}

export const MAX_LIMIT_DAYS = 365;
const KINDS: readonly DayKind[] = ['WORKING', 'CALENDAR'];
const KIND_TEXT: Record<DayKind, string> = { WORKING: '个工作日', CALENDAR: '日' };

const unamended = (cat: Catalogue): readonly ProgramDef[] => cat.unamendedPrograms ?? cat.programs;

/** Amendments recorded for a program, by effective date. */
export function programAmendments(cat: Catalogue, code: string): readonly ProgramAmendment[] {
  return cat.programAmendments?.[code] ?? [];
}

/** `p` with one amendment applied (no validation): what the program becomes from the amendment's date. */
export function applyProgramAmendment(p: ProgramDef, a: Pick<ProgramAmendment, 'materials' | 'steps' | 'totalLimit' | 'publicity'>): ProgramDef {
  return applyOne(p, a);
}

function applyOne(p: ProgramDef, a: Pick<ProgramAmendment, 'materials' | 'steps' | 'totalLimit' | 'publicity'>): ProgramDef {
  const out: ProgramDef = { ...p };
  if (a.materials) {
    // 互认: a material keeps being covered by a verification report when the amendment keeps its name.
    const covered = new Set(p.materials.filter((m) => m.coveredByReport).map((m) => m.name));
    out.materials = a.materials.map((m) => ({
      name: m.name.trim(),
      required: m.required,
      ...(m.when?.trim() ? { when: m.when.trim() } : {}),
      ...(m.coveredByReport || covered.has(m.name.trim()) ? { coveredByReport: true } : {}),
    }));
  }
  let steps: ProgramStep[] | null = null;
  if (a.steps?.length) {
    const byCode = new Map(a.steps.map((s) => [s.code, s.limit]));
    steps = p.steps.map((s) => (byCode.has(s.code) ? { ...s, limit: byCode.get(s.code) ? { ...byCode.get(s.code)! } : null } : s));
  }
  if (a.totalLimit !== undefined) {
    out.totalLimit = a.totalLimit
      ? { days: a.totalLimit.days, kind: a.totalLimit.kind, ...(a.totalLimit.extendableTo ? { extendableTo: a.totalLimit.extendableTo } : {}) }
      : null;
  }
  if (a.publicity) {
    const pub: Publicity = { minors: p.publicity.minors, required: a.publicity.required, ...(p.publicity.note ? { note: p.publicity.note } : {}) };
    if (a.publicity.required) {
      pub.days = a.publicity.days;
      pub.kind = a.publicity.kind ?? 'CALENDAR';
      // The 公示 step follows the 公示 period unless the amendment sets it itself.
      if (!a.steps?.some((s) => s.code === 'PUBLICITY')) {
        steps = (steps ?? p.steps).map((s) => (s.code === 'PUBLICITY' && pub.days ? { ...s, limit: { days: pub.days, kind: pub.kind! } } : s));
      }
    }
    out.publicity = pub;
  }
  if (steps) out.steps = steps;
  return out;
}

function find(cat: Catalogue, code: string): ProgramDef {
  const p = unamended(cat).find((x) => x.code === code);
  if (!p) throw new AmendmentError([`未知的救助事项：${code}`]);
  return p;
}

/** The program as in force on `date`: amendments with effectiveFrom ≤ date applied in date order. */
export function programAsOf(cat: Catalogue, code: string, date: string): ProgramDef {
  let p = find(cat, code);
  for (const a of programAmendments(cat, code)) {
    if (a.effectiveFrom > date) break;
    p = applyOne(p, a);
  }
  return p;
}

/**
 * The catalogue with every program as in force on `date` (the amendment history and the unamended
 * programs are kept, so it can be dated again). Returns `cat` itself when no amendment is in force.
 */
export function catalogueAsOf(cat: Catalogue, date: string): Catalogue {
  const all = cat.programAmendments;
  const base = unamended(cat);
  const touched = all && Object.values(all).some((list) => list.some((a) => a.effectiveFrom <= date));
  if (!touched) {
    if (!cat.unamendedPrograms || cat.programs === base) return cat;
    return Object.freeze({ ...cat, programs: base });
  }
  return Object.freeze({ ...cat, unamendedPrograms: base, programs: Object.freeze(base.map((p) => (all[p.code] ? programAsOf(cat, p.code, date) : p))) });
}

function limitIssues(what: string, l: { days: unknown; kind: unknown }, out: string[]): void {
  if (!Number.isInteger(l.days) || (l.days as number) < 1 || (l.days as number) > MAX_LIMIT_DAYS) out.push(`${what}应为 1–${MAX_LIMIT_DAYS} 的整数天数`);
  if (!KINDS.includes(l.kind as DayKind)) out.push(`${what}应注明工作日或自然日`);
}

/** Chinese problems of an amendment of program `code` (empty when valid). */
export function programAmendmentIssues(cat: Catalogue, code: string, a: ProgramAmendment): string[] {
  const out: string[] = [];
  const p = unamended(cat).find((x) => x.code === code);
  if (!p) return [`未知的救助事项：${code}`];
  if (!isIsoDate(a.effectiveFrom)) out.push('生效日期格式应为 YYYY-MM-DD');
  else if (programAmendments(cat, code).some((x) => x.effectiveFrom === a.effectiveFrom)) {
    out.push(`${p.name}在 ${a.effectiveFrom} 已有一次修改，不能改写；请选择其他生效日期`);
  }
  if (!a.legalRef?.trim()) out.push('请填写依据（文件名称或文号）');
  if (!a.reason?.trim()) out.push('请说明修改理由');
  if (a.materials === undefined && a.steps === undefined && a.totalLimit === undefined && a.publicity === undefined) out.push('没有要修改的内容');
  if (a.materials !== undefined) {
    if (!Array.isArray(a.materials) || a.materials.length === 0) out.push('材料清单不能为空');
    else {
      const seen = new Set<string>();
      a.materials.forEach((m, i) => {
        const name = typeof m?.name === 'string' ? m.name.trim() : '';
        if (!name) out.push(`第 ${i + 1} 项材料缺少名称`);
        else if (name.length > 200) out.push(`材料“${name.slice(0, 20)}…”名称超过 200 字`);
        else if (seen.has(name)) out.push(`材料“${name}”重复`);
        seen.add(name);
        if (typeof m?.required !== 'boolean') out.push(`材料“${name || i + 1}”应注明是否必需`);
        if (m?.when !== undefined && m.when !== null && (typeof m.when !== 'string' || m.when.length > 100))
          out.push(`材料“${name || i + 1}”的适用情形不超过 100 字`);
      });
    }
  }
  if (a.steps !== undefined) {
    const seen = new Set<string>();
    for (const s of a.steps) {
      const step = p.steps.find((x) => x.code === s?.code);
      if (!step) {
        out.push(`${p.name}没有办理环节 ${s?.code}`);
        continue;
      }
      if (seen.has(s.code)) out.push(`办理环节“${step.name}”重复`);
      seen.add(s.code);
      if (s.limit !== null) limitIssues(`“${step.name}”时限`, s.limit ?? { days: undefined, kind: undefined }, out);
    }
  }
  if (a.totalLimit) {
    limitIssues('办结时限', a.totalLimit, out);
    const ext = a.totalLimit.extendableTo;
    if (ext !== undefined && ext !== null && (!Number.isInteger(ext) || ext <= a.totalLimit.days || ext > MAX_LIMIT_DAYS)) {
      out.push(`延长后的办结时限应大于办结时限且不超过 ${MAX_LIMIT_DAYS} 天`);
    }
  }
  if (a.publicity) {
    if (typeof a.publicity.required !== 'boolean') out.push('请注明是否公示');
    else if (a.publicity.required) limitIssues('公示期', { days: a.publicity.days, kind: a.publicity.kind ?? 'CALENDAR' }, out);
  }
  if (!out.length) {
    const before = programAsOf(cat, code, dayBefore(a.effectiveFrom));
    const after = applyOne(before, a);
    if (describeProgramChanges(before, after).length === 0) out.push('与生效日前一天的内容相同，无需修改');
  }
  return out;
}

/**
 * The catalogue with one more amendment of program `code` (throws AmendmentError with Chinese issues;
 * refuses a date that already has an amendment of the program: history is never rewritten). Its
 * `programs` are the unamended ones until it is dated with `catalogueAsOf`. `{ check: false }` skips
 * validation (amendments already stored, checked when recorded) except that the program must exist and
 * the date be free; unknown step codes are then ignored when applied.
 */
export function withProgramAmendment(cat: Catalogue, code: string, amendment: ProgramAmendment, opts: { check?: boolean } = {}): Catalogue {
  const issues =
    opts.check === false
      ? find(cat, code) && programAmendments(cat, code).some((x) => x.effectiveFrom === amendment.effectiveFrom)
        ? [`${code} 在 ${amendment.effectiveFrom} 已有一次修改`]
        : []
      : programAmendmentIssues(cat, code, amendment);
  if (issues.length) throw new AmendmentError(issues);
  const list = [...programAmendments(cat, code), freezeAmendment(amendment)].sort((x, y) => (x.effectiveFrom < y.effectiveFrom ? -1 : 1));
  return Object.freeze({
    ...cat,
    programs: unamended(cat),
    unamendedPrograms: unamended(cat),
    programAmendments: Object.freeze({ ...(cat.programAmendments ?? {}), [code]: Object.freeze(list) }),
  });
}

function freezeAmendment(a: ProgramAmendment): ProgramAmendment {
  const copy: ProgramAmendment = JSON.parse(JSON.stringify(a));
  if (a.totalLimit === null) copy.totalLimit = null;
  return Object.freeze(copy);
}

/** 'YYYY-MM-DD' of the day before (UTC arithmetic on a civil date). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function limitText(l: { days: number; kind: DayKind; extendableTo?: number } | null | undefined): string {
  if (!l) return '无时限';
  return `${l.days} ${KIND_TEXT[l.kind]}${l.extendableTo ? `（可延长至 ${l.extendableTo} ${KIND_TEXT[l.kind]}）` : ''}`;
}

export function publicityText(p: Pick<Publicity, 'required' | 'days' | 'kind'>): string {
  return p.required ? `公示 ${p.days ?? '?'} ${KIND_TEXT[p.kind ?? 'CALENDAR']}` : '不公示';
}

function materialText(m: Material): string {
  return `${m.name}${m.required ? '' : '（如有）'}${m.when ? `（${m.when}）` : ''}`;
}

/** Chinese lines describing what differs between two versions of a program (empty = nothing). */
export function describeProgramChanges(before: ProgramDef, after: ProgramDef): string[] {
  const out: string[] = [];
  const oldNames = new Set(before.materials.map((m) => m.name));
  const newNames = new Set(after.materials.map((m) => m.name));
  // As many names gone as new ones: read them as renames, in order; otherwise as removals and additions.
  const removed = before.materials.filter((m) => !newNames.has(m.name));
  const added = after.materials.filter((m) => !oldNames.has(m.name));
  const renamed = new Set<string>();
  if (removed.length === added.length) {
    removed.forEach((old, i) => {
      out.push(`材料“${old.name}”改为“${materialText(added[i])}”`);
      renamed.add(old.name).add(added[i].name);
    });
  }
  for (const m of before.materials) if (!newNames.has(m.name) && !renamed.has(m.name)) out.push(`删除材料：${m.name}`);
  for (const m of after.materials) {
    if (renamed.has(m.name)) continue;
    const old = before.materials.find((x) => x.name === m.name);
    if (!old) out.push(`新增材料：${materialText(m)}`);
    else if (old.required !== m.required || (old.when ?? '') !== (m.when ?? '')) out.push(`材料“${m.name}”：${materialText(old)} → ${materialText(m)}`);
  }
  if (out.length === 0 && before.materials.map((m) => m.name).join('\n') !== after.materials.map((m) => m.name).join('\n')) out.push('调整材料顺序');
  for (const s of after.steps) {
    const old = before.steps.find((x) => x.code === s.code);
    if (old && limitText(old.limit) !== limitText(s.limit)) out.push(`${s.name}时限：${limitText(old.limit)} → ${limitText(s.limit)}`);
  }
  if (limitText(before.totalLimit) !== limitText(after.totalLimit)) out.push(`办结时限：${limitText(before.totalLimit)} → ${limitText(after.totalLimit)}`);
  if (publicityText(before.publicity) !== publicityText(after.publicity))
    out.push(`公示：${publicityText(before.publicity)} → ${publicityText(after.publicity)}`);
  return out;
}

export interface ProgramVersionView {
  /** null for the catalogue's own definition (before the first amendment). */
  effectiveFrom: string | null;
  amendment: ProgramAmendment | null;
  program: ProgramDef;
  /** What this version changed relative to the one before it. */
  changes: string[];
}

/** The program's timeline: the unamended definition, then one entry per amendment in date order. */
export function programHistory(cat: Catalogue, code: string): ProgramVersionView[] {
  let p = find(cat, code);
  const out: ProgramVersionView[] = [{ effectiveFrom: null, amendment: null, program: p, changes: [] }];
  for (const a of programAmendments(cat, code)) {
    const next = applyOne(p, a);
    out.push({ effectiveFrom: a.effectiveFrom, amendment: a, program: next, changes: describeProgramChanges(p, next) });
    p = next;
  }
  return out;
}
