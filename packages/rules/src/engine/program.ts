/** Program catalogue types: what a program is, who owns it, how it is decided and how long each step may take. */
import type { CodeList } from '../ledger-codes';
import type { Tier } from '../tiers';
import type { Expr, NamedCondition } from './expr';
import type { ProgramAmendment } from './amend';
import type { Parameter } from './parameters';

/** HOUSEHOLD programs are decided for the household; MEMBER programs for each living member. */
export type Subject = 'HOUSEHOLD' | 'MEMBER';
export type DayKind = 'WORKING' | 'CALENDAR';

export const DAY_KIND_NAMES: Record<DayKind, string> = { WORKING: '个工作日', CALENDAR: '日' };

export interface TimeLimit {
  days: number;
  kind: DayKind;
}

export interface ProgramStep {
  code: string;
  /** 受理, 入户调查, 公示, 审批 … */
  name: string;
  /** null: no limit of its own (or event-driven). */
  limit: TimeLimit | null;
  /** Whether the one-window clock pauses during the step (公示, 评议, 补正). */
  clockPaused?: boolean;
  note?: string;
}

export interface Publicity {
  required: boolean;
  days?: number;
  kind?: DayKind;
  /** Minors: 'NEVER' (特困 minors never published), 'MASKED', or 'SAME' as adults. */
  minors: 'NEVER' | 'MASKED' | 'SAME';
  note?: string;
}

export interface Material {
  name: string;
  required: boolean;
  /** When needed: '有残疾成员时' … */
  when?: string;
  /**
   * 互认 (ADR 0023): a valid household economic verification report (核查报告) covers this material — while the
   * household has one, the window does not ask for it (income and asset proofs, 经济困难 statements, 家庭困难身份证明).
   * The authorisation (核对授权书) is never covered: it is the verification's prerequisite.
   */
  coveredByReport?: boolean;
}

export interface AmountFormula {
  expr: Expr;
  /** The estimate is per month; one-off programs say so in `note`. */
  period: 'MONTHLY';
  note?: string;
}

export interface ProgramDef {
  code: string;
  name: string;
  /** Department code (PROGRAM_OWNERS): only its staff edit the program and its parameters. */
  owner: string;
  /** Legal bases, e.g. '社会救助暂行办法第九条'. */
  legalBasis: string[];
  description: string;
  subject: Subject;
  /**
   * False for statuses decided elsewhere and not applied for here (脱贫户, 监测对象 by 农业农村): listed for
   * the catalogue, never evaluated.
   */
  applicable: boolean;
  /** Tier the program places a household in (TIER_PROGRAMS), null when it stacks on a tier. */
  confersTier: Tier | null;
  /** Tiers the program serves (the tier column of docs/domain.md, "Programs"); empty = all households. */
  servesTiers: Tier[];
  eligibility: Expr | null;
  /**
   * MEMBER programs: the part of the condition about the household (本户为低保家庭 …), evaluated once in
   * household scope before the members. False → every member 不符合 without evaluating them.
   */
  householdEligibility?: Expr | null;
  amount: AmountFormula | null;
  materials: Material[];
  /** Where to apply: 镇街便民服务中心, 学校 … */
  applyAt: string;
  steps: ProgramStep[];
  totalLimit: (TimeLimit & { extendableTo?: number; note?: string }) | null;
  publicity: Publicity;
  notes?: string[];
}

export type ExclusionKind = 'EXCLUSIVE' | 'HIGHER_OF' | 'PREFER';
export type ExclusionScope = 'PERSON' | 'HOUSEHOLD';

export const EXCLUSION_KIND_NAMES: Record<ExclusionKind, string> = {
  EXCLUSIVE: '不得同时享受（已享受者优先）',
  HIGHER_OF: '就高享受',
  PREFER: '优先享受',
};

export interface ExclusionException {
  /**
   * Benefit status of the excluding program under which the exclusion does not bite, e.g. 'APPLYING':
   * the other program keeps being paid while the excluding one is pending.
   */
  otherStatus: string;
  /** Chinese explanation shown in the trace. */
  reason: string;
}

/**
 * One cell of the exclusion matrix. PREFER: `programs[0]` wins over `programs[1]`. EXCLUSIVE: the one
 * already received blocks the other (both new → 择一). HIGHER_OF: the higher monthly amount wins (tie: the
 * one received, else `programs[0]`). Programs may be external benefit codes (Catalogue.externalPrograms).
 */
export interface ExclusionRule {
  code: string;
  /** '特困供养与低保不得重复享受'. */
  name: string;
  kind: ExclusionKind;
  scope: ExclusionScope;
  programs: [string, string];
  legalRef: string;
  exceptions: ExclusionException[];
  note?: string;
}

export interface Catalogue {
  programs: readonly ProgramDef[];
  parameters: readonly Parameter[];
  /** Shared named conditions (`{ ref: name }`). */
  conditions: Readonly<Record<string, NamedCondition>>;
  exclusions: readonly ExclusionRule[];
  /** Benefits known from other systems that take part in exclusions (工伤保险生活护理费 …). */
  externalPrograms: CodeList;
  /**
   * Dated amendments of materials, time limits and 公示 by program code, sorted by effectiveFrom
   * (`withProgramAmendment`); `programs` is then the version in force on the date the catalogue was
   * dated to (`catalogueAsOf`), `unamendedPrograms` the definitions before any amendment.
   */
  programAmendments?: Readonly<Record<string, readonly ProgramAmendment[]>>;
  unamendedPrograms?: readonly ProgramDef[];
}
