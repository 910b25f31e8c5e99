/**
 * The four tiers of the household ledger (四个层级), derived from the household's active
 * benefits (highest wins: T1 > T2 > T3 > T4). See docs/domain.md, "The household ledger and the four tiers".
 */
export type Tier = 'T1' | 'T2' | 'T3' | 'T4';

export const TIER_NAMES: Record<Tier, string> = {
  T1: '特困人员',
  T2: '低保对象',
  T3: '脱贫户·监测对象',
  T4: '其他困难对象',
};

export const TIER_ORDER: Tier[] = ['T1', 'T2', 'T3', 'T4'];

/**
 * Program codes that place a household in a tier. Programs not listed (医疗, 教育, 临时救助 …)
 * stack on a tier without conferring one.
 */
export const TIER_PROGRAMS: Record<string, Tier> = {
  TEKUN: 'T1',
  DIBAO: 'T2',
  TUOPIN: 'T3',
  MONITOR: 'T3',
  DIBAO_EDGE: 'T4',
  SPENDING_HARDSHIP: 'T4',
  UNION: 'T4',
  ORPHAN: 'T4',
};

/** Benefit statuses that count as "receiving" for the tier (渐退 still counts). */
export const COUNTING_STATUSES = new Set(['ACTIVE', 'PHASE_OUT']);

export interface TierInput {
  programCode: string;
  status: string;
  /** Member the benefit belongs to, if personal. */
  personId?: string | null;
}

export interface TierResult {
  tier: Tier | null;
  /** Chinese reason naming the deciding benefit. */
  reason: string;
}

/**
 * Derives the tier. Benefits of members who died or left (`inactivePersonIds`) do not count.
 */
export function deriveTier(benefits: TierInput[], inactivePersonIds: ReadonlySet<string> = new Set()): TierResult {
  let best: { tier: Tier; program: string } | null = null;
  for (const b of benefits) {
    if (!COUNTING_STATUSES.has(b.status)) continue;
    if (b.personId && inactivePersonIds.has(b.personId)) continue;
    const tier = TIER_PROGRAMS[b.programCode];
    if (!tier) continue;
    if (!best || TIER_ORDER.indexOf(tier) < TIER_ORDER.indexOf(best.tier)) best = { tier, program: b.programCode };
  }
  if (!best) return { tier: null, reason: '无分层救助事项' };
  return { tier: best.tier, reason: `${TIER_NAMES[best.tier]}：享受 ${PROGRAM_NAMES[best.program] ?? best.program}` };
}

/** Names of program codes the ledger knows before the full catalogue (program issue) exists. */
export const PROGRAM_NAMES: Record<string, string> = {
  DIBAO: '最低生活保障',
  TEKUN: '特困人员救助供养',
  MEDICAL: '医疗救助',
  EDU: '教育救助',
  HOUSING: '住房救助',
  EMPLOY: '就业救助',
  TEMP: '临时救助',
  DISAB_LIVING: '困难残疾人生活补贴',
  DISAB_CARE: '重度残疾人护理补贴',
  ORPHAN: '孤儿/事实无人抚养儿童保障',
  ELDER: '高龄津贴',
  DISASTER: '受灾人员救助',
  UNION: '困难职工帮扶',
  LEGAL: '法律援助',
  POWER: '电价减免',
  DIBAO_EDGE: '低保边缘家庭',
  SPENDING_HARDSHIP: '刚性支出困难家庭',
  TUOPIN: '脱贫户',
  MONITOR: '防止返贫监测对象',
};

/** Owning department of each program code (department codes of the demo district). */
export const PROGRAM_OWNERS: Record<string, string> = {
  DIBAO: 'MINZHENG',
  TEKUN: 'MINZHENG',
  TEMP: 'MINZHENG',
  DISAB_LIVING: 'MINZHENG',
  DISAB_CARE: 'MINZHENG',
  ORPHAN: 'MINZHENG',
  ELDER: 'MINZHENG',
  DIBAO_EDGE: 'MINZHENG',
  SPENDING_HARDSHIP: 'MINZHENG',
  MEDICAL: 'YIBAO',
  EDU: 'JIAOYU',
  HOUSING: 'ZHUJIAN',
  EMPLOY: 'RENSHE',
  DISASTER: 'YINGJI',
  UNION: 'ZONGGONGHUI',
  LEGAL: 'SIFA',
  POWER: 'FAGAI',
  TUOPIN: 'NONGYE',
  MONITOR: 'NONGYE',
};
