import { DAY_KIND_NAMES, type DayKind } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/audit.service';
import { listPrograms, type ProgramView } from '../program/program.service';
import { actorDepartment, requireOwner } from '../program/whatif';
import { ProgramPlainText } from './portal-content.entity';

/**
 * 政策查询: every program of the catalogue in force, in plain words, for the public portal. Materials, time limits and
 * legal basis always come from the catalogue (what the windows and departments use, so the portal never drifts from
 * it); 一句话说明, 谁可以申请, 能得到什么帮助 and 怎么申请 are the owner department's texts (`program_plain_text`) where
 * it wrote them, else generated from the catalogue — conditions and amounts rendered with the parameter values in
 * force, exactly as the console's 事项目录 shows them (`listPrograms`). No text is written per program in code.
 */

export interface PlainTexts {
  summary: string;
  whoQualifies: string;
  whatHelp: string;
  howToApply: string;
}

export type PlainTextKey = keyof PlainTexts;
export const PLAIN_TEXT_KEYS: readonly PlainTextKey[] = ['summary', 'whoQualifies', 'whatHelp', 'howToApply'];

const LIMITS: Record<PlainTextKey, { label: string; max: number }> = {
  summary: { label: '一句话说明', max: 200 },
  whoQualifies: { label: '谁可以申请', max: 2000 },
  whatHelp: { label: '能得到什么帮助', max: 2000 },
  howToApply: { label: '怎么申请', max: 1000 },
};

export interface PortalProgramView extends PlainTexts {
  code: string;
  name: string;
  ownerCode: string;
  ownerName: string | null;
  materials: string[];
  timeLimit: string;
  legalBasis: string[];
  /** When the owner department last changed its texts; null while every text is generated. */
  updatedAt: Date | null;
}

export interface PlainTextEditView {
  code: string;
  name: string;
  ownerCode: string;
  ownerName: string | null;
  /** What the portal shows now (edited where edited, else generated). */
  shown: PlainTexts;
  /** The generated texts (the placeholder while a field is not edited). */
  generated: PlainTexts;
  /** The department's texts; null = generated. */
  edited: { [K in PlainTextKey]: string | null };
  updatedByName: string | null;
  updatedAt: Date | null;
  /** 0 = never edited. */
  version: number;
  /** The reader's department owns the program (program.manage): it may edit. */
  mayEdit: boolean;
}

/** A material as a citizen reads it: when it is needed, else （如有） for an optional one. */
const materialText = (m: ProgramView['materialItems'][number]) => `${m.name}${m.when ? `（${m.when}）` : m.required ? '' : '（如有）'}`;

/** Parameter codes in catalogue notes ("（TEMP.max_months）") mean nothing to citizens. */
const withoutCodes = (s: string) => s.replace(/（[A-Z][A-Z0-9_.]*）/g, '').trim();

const firstSentence = (s: string) => {
  const i = s.indexOf('。');
  return i >= 0 ? s.slice(0, i + 1) : s;
};

const kindText = (kind: string | null) => DAY_KIND_NAMES[(kind ?? 'WORKING') as DayKind] ?? '日';

/** 多久办结: the total limit in force, else the limits of the steps that have one. */
export function timeLimitText(p: Pick<ProgramView, 'totalLimit' | 'stepItems'>): string {
  const t = p.totalLimit;
  if (t) {
    const unit = kindText(t.kind);
    return `一般 ${t.days} ${unit}内办结${t.extendableTo ? `，情况特殊的可延长至 ${t.extendableTo} ${unit}` : ''}。`;
  }
  const steps = p.stepItems.filter((s) => s.limitDays !== null).map((s) => `${s.name} ${s.limitDays} ${kindText(s.limitKind)}`);
  return steps.length ? `没有统一的办结时限，各环节的时限：${steps.join('；')}。` : '没有统一的办结时限，请向办理窗口咨询。';
}

/** The texts generated from the catalogue in force (rendered by `listPrograms`, parameter values as in force). */
export function generatedTexts(p: ProgramView): PlainTexts {
  const description = p.description.trim();
  const summary = firstSentence(description);
  const rest = description.slice(summary.length).trim();
  const amount = p.amount[0];
  const note = p.amountNote ? withoutCodes(p.amountNote) : '';
  const help = amount ? [rest, note ? `金额怎么算：${note}` : '', `现行标准和计算公式（按月）：${amount}`].filter(Boolean).join('\n') : description;
  const publicity = p.publicityRule.required
    ? `批准前要公示 ${p.publicityRule.days ?? ''} ${kindText(p.publicityRule.kind)}，接受群众监督（姓名隐去部分字，不公开家庭详细情况）。`
    : '';
  return {
    summary: summary || p.name,
    whoQualifies: p.conditions.length ? p.conditions.join('\n') : '没有统一的条件，请向办理窗口咨询。',
    whatHelp: help || p.name,
    howToApply: [`办理地点：${p.applyAt}。`, publicity].filter(Boolean).join('\n'),
  };
}

interface Loaded {
  programs: ProgramView[];
  texts: Map<string, ProgramPlainText>;
}

/** The programs in force today (the service's today) and the stored texts: read as the system (public reference data). */
async function load(ctx: RequestContext): Promise<Loaded> {
  const date = todayOf(ctx);
  return ctx.asSystem('门户政策查询', async (em, sys) => {
    const programs = await listPrograms(sys, date);
    const texts = new Map((await em.find(ProgramPlainText, {})).map((t) => [t.programCode, t]));
    return { programs, texts };
  });
}

function edited(t: ProgramPlainText | undefined): { [K in PlainTextKey]: string | null } {
  return {
    summary: t?.summary ?? null,
    whoQualifies: t?.whoQualifies ?? null,
    whatHelp: t?.whatHelp ?? null,
    howToApply: t?.howToApply ?? null,
  };
}

function shown(generated: PlainTexts, own: { [K in PlainTextKey]: string | null }): PlainTexts {
  return {
    summary: own.summary ?? generated.summary,
    whoQualifies: own.whoQualifies ?? generated.whoQualifies,
    whatHelp: own.whatHelp ?? generated.whatHelp,
    howToApply: own.howToApply ?? generated.howToApply,
  };
}

function portalView(p: ProgramView, t: ProgramPlainText | undefined): PortalProgramView {
  return {
    code: p.code,
    name: p.name,
    ownerCode: p.ownerCode,
    ownerName: p.ownerName,
    ...shown(generatedTexts(p), edited(t)),
    materials: p.materialItems.map(materialText),
    timeLimit: timeLimitText(p),
    legalBasis: p.legalBasis,
    updatedAt: t?.updatedAt ?? null,
  };
}

/** 政策查询 for everyone (no login): every program the platform accepts, in catalogue order. */
export async function portalPrograms(ctx: RequestContext): Promise<PortalProgramView[]> {
  const { programs, texts } = await load(ctx);
  return programs.map((p) => portalView(p, texts.get(p.code)));
}

/** One program, or null when there is no such program (the public surface does not error on a wrong code). */
export async function portalProgram(ctx: RequestContext, code: string): Promise<PortalProgramView | null> {
  return (await portalPrograms(ctx)).find((p) => p.code === code) ?? null;
}

/** 门户内容 › 政策说明 (console): generated and edited texts side by side, and whether the reader's department may edit. */
export async function listPlainTexts(ctx: RequestContext): Promise<PlainTextEditView[]> {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  const { programs, texts } = await load(ctx);
  const dept = ctx.can('program.manage') ? await actorDepartment(ctx) : null;
  return programs.map((p) => editView(p, texts.get(p.code), dept?.code === p.ownerCode));
}

function editView(p: ProgramView, t: ProgramPlainText | undefined, mayEdit: boolean): PlainTextEditView {
  const generated = generatedTexts(p);
  const own = edited(t);
  return {
    code: p.code,
    name: p.name,
    ownerCode: p.ownerCode,
    ownerName: p.ownerName,
    shown: shown(generated, own),
    generated,
    edited: own,
    updatedByName: t?.updatedByName ?? null,
    updatedAt: t?.updatedAt ?? null,
    version: t?.version ?? 0,
    mayEdit,
  };
}

export type PlainTextInput = Partial<Record<PlainTextKey, string | null>>;

/** Trimmed texts; empty → null (the generated text again, 恢复自动生成). Lengths in characters, the field named. */
export function checkPlainTexts(input: PlainTextInput | null | undefined): { [K in PlainTextKey]: string | null } {
  const out = {} as { [K in PlainTextKey]: string | null };
  for (const k of PLAIN_TEXT_KEYS) {
    const raw = input?.[k];
    const v = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : '';
    if (!v) {
      out[k] = null;
      continue;
    }
    const { label, max } = LIMITS[k];
    if ([...v].length > max) throw new AppError('BAD_USER_INPUT', `${label}不能超过 ${max} 个字`, { field: k });
    if (k === 'summary' && /\n/.test(v)) throw new AppError('BAD_USER_INPUT', '一句话说明不能换行', { field: k });
    out[k] = v;
  }
  return out;
}

/**
 * The owner department's plain texts of a program (program.manage + the actor's department owns it, 两不变). A field
 * left empty goes back to the generated text. `version` as read (0 the first time), else CONFLICT and nothing written.
 * Logged as `program.plain_text_updated` with before and after.
 */
export async function updateProgramPlainText(ctx: RequestContext, code: string, input: PlainTextInput, version: number): Promise<PlainTextEditView> {
  ctx.require('program.manage', '修改政策说明');
  const texts = checkPlainTexts(input);
  if (!Number.isInteger(version) || version < 0) throw new AppError('BAD_USER_INPUT', '版本号不正确', { field: 'version' });
  const { programs } = await load(ctx);
  const program = programs.find((p) => p.code === code);
  if (!program) throw new AppError('NOT_FOUND', '没有这个救助事项', { field: 'code' });
  await ctx.tx(async (em) => {
    const dept = await requireOwner(ctx, program.ownerCode, '修改该事项的政策说明');
    const existing = await em.findOne(ProgramPlainText, { programCode: program.code });
    if ((existing?.version ?? 0) !== version) throw new AppError('CONFLICT', '该事项的政策说明已被他人修改，请刷新后重试');
    const before = edited(existing ?? undefined);
    if (PLAIN_TEXT_KEYS.every((k) => before[k] === texts[k])) return;
    const by = { departmentId: dept.id, updatedBy: ctx.userId, updatedByName: ctx.actor.name.slice(0, 64) };
    if (existing) Object.assign(existing, texts, by);
    else em.create(ProgramPlainText, { programCode: program.code, ...texts, ...by });
    await em.flush();
    await recordAudit(ctx, {
      action: 'program.plain_text_updated',
      entityType: 'program',
      entityId: program.code,
      before: existing ? before : null,
      after: texts,
      detail: { name: program.name },
    });
  });
  const after = await load(ctx);
  return editView(after.programs.find((p) => p.code === code)!, after.texts.get(code), true);
}
