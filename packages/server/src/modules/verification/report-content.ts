/**
 * The frozen snapshot of an issued 核查报告 (`verification_report.content`, ADR 0023): everything the report
 * says, computed once when the checker approves — later ledger changes do not alter it. Only masked names
 * and ID numbers; amounts in fen. The GraphQL types (verification.types.ts) and the PDF (report-pdf.ts)
 * render it as it is.
 */
import type { MatchStatus, VerificationConclusion } from './verification.codes';

export interface ReportMember {
  nameMasked: string;
  idMasked: string;
  relation: string;
  relationName: string;
  sex: string | null;
  age: number | null;
  /** 户籍/身份 notes known to the ledger or the reference data (迁出, 服刑 …). */
  notes: string[];
}

export interface ReportIncomeLine {
  category: string;
  name: string;
  amountFen: number;
  /** False: an excluded category (not counted). */
  counted: boolean;
}

export interface ReportIncome {
  /** 'YYYY-MM' of the income month. */
  month: string | null;
  lines: ReportIncomeLine[];
  deductionFen: number;
  /** Monthly income after exclusions and deductions (counted members); null when unknown. */
  monthlyIncomeFen: number | null;
  countedMembers: number | null;
  perCapitaIncomeFen: number | null;
  /** The engine's explanation lines. */
  explanation: string[];
}

export interface ReportAssets {
  financialAssetsFen: number | null;
  financialAssetsPerCapitaFen: number | null;
  homeCount: number | null;
  hasNonResidentialProperty: boolean | null;
  /** Each vehicle: member, type, source ('ledger' or a dataset). */
  vehicles: Array<{ nameMasked: string; type: string; source: string }>;
  nonExemptVehicles: number | null;
  businessCapitalFen: number | null;
  lines: string[];
}

export interface ReportSource {
  dataset: string;
  name: string;
  status: MatchStatus;
  statusName: string;
  /** Latest import of the dataset (ISO time) when known. */
  asOf: string | null;
  /** When the platform queried it. */
  queriedAt: string;
  rows: string[];
}

export interface ReportFinding {
  ruleNo: number;
  ruleName: string;
  severity: string;
  status: string;
  statusName: string;
  summary: string;
}

export interface ReportProgram {
  code: string;
  name: string;
  outcome: string;
  outcomeName: string;
  estimatedMonthlyFen: number | null;
  missingFacts: string[];
  lines: string[];
}

export interface ReportMethod {
  method: string;
  name: string;
  recordedAt: string;
  recordedByName: string;
  summary: string;
}

export interface VerificationReportContent {
  header: {
    title: string;
    office: string;
    reportNo: string;
    version: number;
    verificationNo: string;
    issuedAt: string;
    validUntil: string;
    queriedAt: string | null;
    authorisation: { signedOn: string; validUntil: string; scope: string[]; scopeNames: string[] } | null;
  };
  household: { headNameMasked: string; address: string; areaName: string; residenceType: string; residenceTypeName: string; memberCount: number };
  members: ReportMember[];
  income: ReportIncome;
  assets: ReportAssets;
  findings: ReportFinding[];
  sources: ReportSource[];
  methods: ReportMethod[];
  programs: ReportProgram[];
  conclusion: { code: VerificationConclusion; name: string; note: string | null; proposed: VerificationConclusion; proposedReason: string };
  draftedByName: string;
  approvedByName: string;
}
