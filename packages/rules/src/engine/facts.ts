/**
 * Facts model of the eligibility engine: what the engine knows about one household and its members.
 *
 * Convention for every optional fact: `undefined` = unknown (not asked / not recorded → 信息不足 where it
 * matters); `null` = known to be absent (no disability, not in school, no death date …). For facts that
 * always have a value (birth date, relation, labour capacity, statuses, incomes) `null` is unknown too.
 *
 * Code lists come from ../ledger-codes (RELATIONS, LABOUR_CAPACITIES, …); the lists below are only the
 * concepts the ledger does not hold yet (legal supporter, care level, parents' situation, vehicle type).
 */
import { DISABILITY_TYPES, EMPLOYMENT_STATUSES, LABOUR_CAPACITIES, RELATIONS, SCHOOL_STATUSES, SPECIAL_STATUSES, type CodeList } from '../ledger-codes';
import { TIER_NAMES } from '../tiers';

export type ResidenceType = 'URBAN' | 'RURAL';
/** 法定赡养、抚养、扶养义务人: none / exists but unable to perform / exists and able. */
export type LegalSupport = 'NONE' | 'UNABLE' | 'ABLE';

export interface IncomeFacts {
  /** INCOME_CATEGORIES code. */
  category: string;
  /** First day of the month, 'YYYY-MM-01'. */
  month: string;
  amountFen: number;
}

export interface AssetFacts {
  /** ASSET_KINDS code: DEPOSIT | VEHICLE | PROPERTY | BUSINESS. */
  kind: string;
  valueFen: number;
  personId?: string | null;
  /** VEHICLE: VEHICLE_TYPES code (ledger `detail.type`). Missing on a vehicle → 信息不足. */
  vehicleType?: string | null;
  /** PROPERTY: number of homes this row stands for (ledger `detail.count`, default 1). */
  count?: number | null;
  /** PROPERTY: floor area in m² (ledger `detail.areaM2`). */
  areaM2?: number | null;
  /** PROPERTY: shop, office, factory … (non-residential). Default false. */
  nonResidential?: boolean | null;
  /** BUSINESS: registered capital (ledger `detail.capitalFen`, default valueFen). */
  capitalFen?: number | null;
}

export interface BenefitFacts {
  programCode: string;
  /** BENEFIT_STATUSES code: APPLYING | ACTIVE | SUSPENDED | STOPPED | PHASE_OUT. */
  status: string;
  /** Member the benefit belongs to; null = household benefit. */
  personId: string | null;
  /** Monthly amount paid (used by HIGHER_OF exclusions, e.g. 工伤保险生活护理费). */
  monthlyAmountFen?: number | null;
}

export interface MemberFacts {
  personId: string;
  /** Display name for traces (pass a masked name; never an ID number). Default: relation + personId. */
  name?: string | null;
  relation?: string | null;
  /** 'YYYY-MM-DD'. */
  birthDate?: string | null;
  sex?: 'M' | 'F' | null;
  labourCapacity?: string | null;
  disabilityType?: string | null;
  /** 1 (most severe) … 4. */
  disabilityGrade?: number | null;
  /** Name of a serious illness; null = none. */
  seriousIllness?: string | boolean | null;
  schoolStatus?: string | null;
  employmentStatus?: string | null;
  /** SPECIAL_STATUSES codes (PRISON, DRUG_REHAB, MILITARY, CLERGY, MISSING, DECEASED). */
  statuses?: string[] | null;
  deathDate?: string | null;
  incomes?: IncomeFacts[] | null;
  /** Married (only matters for MILITARY). Default: inferred from relations (SPOUSE, or HEAD with a SPOUSE). */
  married?: boolean | null;
  /** Overrides HouseholdFacts.legalSupport for this member (特困). */
  legalSupport?: LegalSupport | null;
  /** 生活自理能力 (特困 照料护理标准). */
  careLevel?: 'SELF' | 'PARTIAL' | 'FULL' | null;
  /** 父亲/母亲情况 (孤儿、事实无人抚养儿童). Default for SON/DAUGHTER: derived from HEAD and SPOUSE. */
  fatherStatus?: string | null;
  motherStatus?: string | null;
}

export interface HouseholdFacts {
  residenceType?: ResidenceType | null;
  /** 12-digit 统计用区划代码. */
  areaCode?: string | null;
  members: MemberFacts[];
  assets?: AssetFacts[] | null;
  benefits?: BenefitFacts[] | null;
  /** 'YYYY-MM-DD'. Ages, the income month (the month before) and parameter versions are taken at this date. */
  applicationDate?: string | null;
  /** 住房困难 (住建 checks housing). */
  housingDifficulty?: boolean | null;
  /** 突发性、紧迫性、临时性困难 (临时救助). */
  suddenHardship?: boolean | null;
  /** 近 12 个月医疗、教育等刚性支出合计 (fen). */
  rigidSpendingFenLast12m?: number | null;
  /** A member of the household is a trade-union member (困难职工帮扶). */
  unionMember?: boolean | null;
  /** Household affected by a declared disaster event (受灾人员救助). */
  disasterAffected?: boolean | null;
  /** Legal supporters of the household's members (default for every member, see MemberFacts.legalSupport). */
  legalSupport?: LegalSupport | null;
}

export const LEGAL_SUPPORT: CodeList = {
  NONE: '无法定赡养、抚养、扶养义务人',
  UNABLE: '法定义务人无履行义务能力',
  ABLE: '法定义务人有履行义务能力',
};

export const CARE_LEVELS: CodeList = { SELF: '具备生活自理能力', PARTIAL: '部分丧失生活自理能力', FULL: '完全丧失生活自理能力' };

/** 父母情况 (民发〔2019〕62号 事实无人抚养儿童 categories). */
export const PARENT_STATUSES: CodeList = {
  PRESENT: '正常履行抚养义务',
  DECEASED: '死亡',
  MISSING: '失踪',
  SEVERE_DISABILITY: '重残',
  SERIOUS_ILLNESS: '重病',
  PRISON: '服刑在押',
  DRUG_REHAB: '强制隔离戒毒',
  RESTRICTED: '被执行其他限制人身自由措施',
  LOST_CONTACT: '失联',
};

/** Vehicle types (ledger asset `detail.type`). */
export const VEHICLE_TYPES: CodeList = {
  car: '汽车',
  truck: '货车',
  motorcycle: '摩托车',
  'e-bike': '电动自行车',
  mobility: '残疾人机动轮椅车',
  farm: '农用机械',
  other: '其他车辆',
};

const SEX: CodeList = { M: '男', F: '女' };
const RESIDENCE: CodeList = { URBAN: '城市', RURAL: '农村' };
const TIERS: CodeList = { ...TIER_NAMES };

export type FactScope = 'household' | 'member';
export type FactType = 'number' | 'boolean' | 'code' | 'codes' | 'date';

export interface FactDef {
  code: string;
  /** Chinese name used in traces, missing-fact lists and the 条件说明. */
  name: string;
  scope: FactScope;
  type: FactType;
  unit?: string;
  /** Labels for code values. */
  codes?: CodeList;
  /** Derived by the engine (with a trace line), not supplied directly. */
  derived?: boolean;
  /** Parameters a derived fact reads (must exist in the catalogue). */
  params?: string[];
}

const f = (code: string, name: string, type: FactType, extra: Partial<FactDef> = {}): FactDef => ({
  code,
  name,
  scope: code.startsWith('member.') ? 'member' : 'household',
  type,
  ...extra,
});

/** Parameters of the means test (owned by 低保, used by every income/asset fact). */
export const MEANS_PARAMS = {
  excludedIncome: 'DIBAO.excluded_income_categories',
  employmentCost: 'DIBAO.employment_cost_ratio',
  excludedStatuses: 'DIBAO.excluded_member_statuses',
  exemptVehicles: 'DIBAO.exempt_vehicle_types',
} as const;

const INCOME_PARAMS = [MEANS_PARAMS.excludedIncome, MEANS_PARAMS.employmentCost, MEANS_PARAMS.excludedStatuses];

/** Every fact a condition may name. */
export const FACTS: Readonly<Record<string, FactDef>> = Object.freeze(
  Object.fromEntries(
    [
      f('household.residenceType', '城乡类别', 'code', { codes: RESIDENCE }),
      f('household.areaCode', '行政区划', 'code'),
      f('household.memberCount', '家庭户籍人数', 'number', { unit: 'person', derived: true }),
      f('household.countedMembers', '计入家庭成员人数', 'number', { unit: 'person', derived: true, params: [MEANS_PARAMS.excludedStatuses] }),
      f('household.monthlyIncomeFen', '家庭月收入', 'number', { unit: 'fen', derived: true, params: INCOME_PARAMS }),
      f('household.perCapitaIncomeFen', '家庭人均月收入', 'number', { unit: 'fen', derived: true, params: INCOME_PARAMS }),
      f('household.annualIncomeFen', '家庭年收入', 'number', { unit: 'fen', derived: true, params: INCOME_PARAMS }),
      f('household.perCapitaAnnualIncomeFen', '家庭人均年收入', 'number', { unit: 'fen', derived: true, params: INCOME_PARAMS }),
      f('household.financialAssetsFen', '家庭金融资产', 'number', { unit: 'fen', derived: true }),
      f('household.financialAssetsPerCapitaFen', '人均金融资产', 'number', { unit: 'fen', derived: true, params: [MEANS_PARAMS.excludedStatuses] }),
      f('household.nonExemptVehicleCount', '非豁免机动车数量', 'number', { unit: 'vehicle', derived: true, params: [MEANS_PARAMS.exemptVehicles] }),
      f('household.homeCount', '住房套数', 'number', { unit: 'home', derived: true }),
      f('household.hasNonResidentialProperty', '拥有非住宅房产', 'boolean', { derived: true }),
      f('household.businessCapitalFen', '工商登记注册资本', 'number', { unit: 'fen', derived: true }),
      f('household.tier', '家庭分层', 'code', { codes: TIERS, derived: true }),
      f('household.housingDifficulty', '住房困难', 'boolean'),
      f('household.suddenHardship', '遭遇突发性、紧迫性困难', 'boolean'),
      f('household.rigidSpendingFenLast12m', '近12个月刚性支出', 'number', { unit: 'fen' }),
      f('household.unionMember', '工会会员家庭', 'boolean'),
      f('household.disasterAffected', '受灾家庭', 'boolean'),
      f('member.age', '年龄', 'number', { unit: 'year', derived: true }),
      f('member.sex', '性别', 'code', { codes: SEX }),
      f('member.relation', '与户主关系', 'code', { codes: RELATIONS }),
      f('member.counted', '计入共同生活家庭成员', 'boolean', { derived: true, params: [MEANS_PARAMS.excludedStatuses] }),
      f('member.labourCapacity', '劳动能力', 'code', { codes: LABOUR_CAPACITIES }),
      f('member.disabilityType', '残疾类别', 'code', { codes: DISABILITY_TYPES }),
      f('member.disabilityGrade', '残疾等级', 'number', { unit: 'grade' }),
      f('member.seriousIllness', '患重特大疾病', 'boolean'),
      f('member.schoolStatus', '在学状态', 'code', { codes: SCHOOL_STATUSES }),
      f('member.employmentStatus', '就业状态', 'code', { codes: EMPLOYMENT_STATUSES }),
      f('member.statuses', '特殊身份状态', 'codes', { codes: SPECIAL_STATUSES }),
      f('member.monthlyIncomeFen', '本人月收入', 'number', { unit: 'fen', derived: true, params: INCOME_PARAMS }),
      f('member.legalSupport', '法定赡养、抚养、扶养义务人情况', 'code', { codes: LEGAL_SUPPORT }),
      f('member.careLevel', '生活自理能力', 'code', { codes: CARE_LEVELS }),
      f('member.fatherStatus', '父亲情况', 'code', { codes: PARENT_STATUSES }),
      f('member.motherStatus', '母亲情况', 'code', { codes: PARENT_STATUSES }),
    ].map((d) => [d.code, Object.freeze(d)]),
  ),
);

/** Names of inputs that are not conditions' facts but may be reported missing. */
export const INPUT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  applicationDate: '申请日期',
  birthDate: '出生日期',
  incomes: '收入情况',
  assets: '财产情况',
  benefits: '现享受救助情况',
  vehicleType: '车辆类型',
  married: '婚姻状况',
  benefitAmount: '已享受待遇月发放金额',
});
