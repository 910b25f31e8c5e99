import { isIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { HOUSING_KINDS, type VerificationMethod } from './verification.codes';

/**
 * Validation of a method record's payload (ADR 0023, "verification_record"): each method its own typed
 * shape; the service stores exactly what this returns (trimmed, unknown keys dropped). Errors are
 * BAD_USER_INPUT naming the field (`payload.<method>.<field>`).
 */
export interface HomeVisitPayload {
  visitedOn: string;
  housing: keyof typeof HOUSING_KINDS;
  areaM2: number | null;
  livingConditions: string;
  appliances: string | null;
  observations: string | null;
  staffNames: string[];
  householdSigned: boolean;
}
export interface NeighbourPayload {
  visitedOn: string;
  interviewees: Array<{ name: string; relation: string; statement: string }>;
}
export interface LetterPayload {
  sentOn: string;
  recipient: string;
  subject: string;
  answeredOn: string | null;
  answer: string | null;
}
export interface DemocraticReviewPayload {
  heldOn: string;
  participantCount: number;
  participantNames: string[];
  agree: number;
  disagree: number;
  abstain: number;
  opinion: string;
}

export interface PayloadInput {
  homeVisit?: Partial<HomeVisitPayload> | null;
  neighbour?: Partial<NeighbourPayload> | null;
  letter?: Partial<LetterPayload> | null;
  democraticReview?: Partial<DemocraticReviewPayload> | null;
}

const KEY: Record<Exclude<VerificationMethod, 'DATA_MATCH'>, keyof PayloadInput> = {
  HOME_VISIT: 'homeVisit',
  NEIGHBOUR: 'neighbour',
  LETTER: 'letter',
  DEMOCRATIC_REVIEW: 'democraticReview',
};

function bad(field: string, message: string): never {
  throw new AppError('BAD_USER_INPUT', message, { field: `payload.${field}` });
}

function date(v: unknown, field: string, what: string, today: string, required = true): string | null {
  if (v === null || v === undefined || v === '') {
    if (required) bad(field, `请填写${what}`);
    return null;
  }
  if (typeof v !== 'string' || !isIsoDate(v)) bad(field, `${what}格式应为 YYYY-MM-DD`);
  if (v > today) bad(field, `${what}不能晚于今天`);
  return v;
}

function str(v: unknown, field: string, what: string, max: number, required = true): string | null {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) {
    if (required) bad(field, `请填写${what}`);
    return null;
  }
  if ([...s].length > max) bad(field, `${what}不超过 ${max} 字`);
  return s;
}

function count(v: unknown, field: string, what: string, max = 10_000): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) bad(field, `${what}应为 0–${max} 的整数`);
  return v;
}

function names(v: unknown, field: string, what: string, min: number): string[] {
  const list = Array.isArray(v) ? v.map((x, i) => str(x, `${field}.${i}`, what, 50)!) : [];
  if (list.length < min) bad(field, `请至少填写 ${min} 名${what}`);
  if (list.length > 50) bad(field, `${what}最多 50 名`);
  return list;
}

/** The method's payload, validated; `today` bounds the dates. DATA_MATCH records are made by runDataMatch only. */
export function validatePayload(method: VerificationMethod, input: PayloadInput | null | undefined, today: string): Record<string, unknown> {
  if (method === 'DATA_MATCH') throw new AppError('BAD_USER_INPUT', '信息比对由系统自动执行（runDataMatch），不能手工录入', { field: 'method' });
  const key = KEY[method];
  if (!key) throw new AppError('BAD_USER_INPUT', '核查方式不正确', { field: 'method' });
  const others = (Object.keys(input ?? {}) as Array<keyof PayloadInput>).filter((k) => k !== key && input?.[k] != null);
  if (others.length) bad(others[0], '填写的内容与核查方式不一致');
  const p = (input?.[key] ?? null) as Record<string, unknown> | null;
  if (!p) bad(key, '请填写核查记录内容');
  const f = (name: string) => `${key}.${name}`;
  switch (method) {
    case 'HOME_VISIT': {
      if (typeof p.housing !== 'string' || !(p.housing in HOUSING_KINDS)) bad(f('housing'), '住房情况只能是自有、租房、借住或其他');
      let areaM2: number | null = null;
      if (p.areaM2 !== null && p.areaM2 !== undefined) {
        if (typeof p.areaM2 !== 'number' || !Number.isFinite(p.areaM2) || p.areaM2 <= 0 || p.areaM2 > 10_000) bad(f('areaM2'), '住房面积应为 0–10000 平方米');
        areaM2 = Math.round(p.areaM2 * 100) / 100;
      }
      if (typeof p.householdSigned !== 'boolean') bad(f('householdSigned'), '请说明家庭成员是否签字确认');
      const out: HomeVisitPayload = {
        visitedOn: date(p.visitedOn, f('visitedOn'), '入户日期', today)!,
        housing: p.housing as HomeVisitPayload['housing'],
        areaM2,
        livingConditions: str(p.livingConditions, f('livingConditions'), '生活状况', 1000)!,
        appliances: str(p.appliances, f('appliances'), '家用电器及生活设施', 500, false),
        observations: str(p.observations, f('observations'), '调查发现', 1000, false),
        staffNames: names(p.staffNames, f('staffNames'), '调查人员', 2),
        householdSigned: p.householdSigned as boolean,
      };
      return { ...out };
    }
    case 'NEIGHBOUR': {
      const list = Array.isArray(p.interviewees) ? p.interviewees : [];
      if (!list.length) bad(f('interviewees'), '请至少填写 1 名受访人');
      if (list.length > 30) bad(f('interviewees'), '受访人最多 30 名');
      const out: NeighbourPayload = {
        visitedOn: date(p.visitedOn, f('visitedOn'), '走访日期', today)!,
        interviewees: list.map((x: Record<string, unknown>, i: number) => ({
          name: str(x?.name, f(`interviewees.${i}.name`), '受访人姓名', 50)!,
          relation: str(x?.relation, f(`interviewees.${i}.relation`), '与该户关系', 50)!,
          statement: str(x?.statement, f(`interviewees.${i}.statement`), '受访人陈述', 1000)!,
        })),
      };
      return { ...out };
    }
    case 'LETTER': {
      const sentOn = date(p.sentOn, f('sentOn'), '发函日期', today)!;
      const answeredOn = date(p.answeredOn, f('answeredOn'), '回函日期', today, false);
      if (answeredOn && answeredOn < sentOn) bad(f('answeredOn'), '回函日期不能早于发函日期');
      const answer = str(p.answer, f('answer'), '回函内容', 1000, false);
      if (answer && !answeredOn) bad(f('answeredOn'), '请填写回函日期');
      const out: LetterPayload = {
        sentOn,
        recipient: str(p.recipient, f('recipient'), '收函单位', 100)!,
        subject: str(p.subject, f('subject'), '索证事项', 300)!,
        answeredOn,
        answer,
      };
      return { ...out };
    }
    case 'DEMOCRATIC_REVIEW': {
      const participantCount = count(p.participantCount, f('participantCount'), '参会人数', 500);
      if (participantCount < 1) bad(f('participantCount'), '参会人数至少 1 人');
      const agree = count(p.agree, f('agree'), '同意票数', 500);
      const disagree = count(p.disagree, f('disagree'), '不同意票数', 500);
      const abstain = count(p.abstain, f('abstain'), '弃权票数', 500);
      if (agree + disagree + abstain > participantCount) bad(f('agree'), '表决票数合计不能超过参会人数');
      const out: DemocraticReviewPayload = {
        heldOn: date(p.heldOn, f('heldOn'), '评议日期', today)!,
        participantCount,
        participantNames: names(p.participantNames ?? [], f('participantNames'), '参会人员', 0),
        agree,
        disagree,
        abstain,
        opinion: str(p.opinion, f('opinion'), '评议意见', 1000)!,
      };
      return { ...out };
    }
  }
  return bad('method', '核查方式不正确');
}

/** One line of a record for the report's method list. */
export function recordSummary(method: VerificationMethod, p: Record<string, unknown>): string {
  switch (method) {
    case 'DATA_MATCH': {
      const sources = (p.sources as Array<{ status: string }> | undefined) ?? [];
      return `比对 ${sources.length} 个数据来源：有记录 ${sources.filter((s) => s.status === 'FOUND').length} 个，查询失败 ${sources.filter((s) => s.status === 'ERROR').length} 个`;
    }
    case 'HOME_VISIT':
      return `${p.visitedOn} 入户调查：${HOUSING_KINDS[p.housing as keyof typeof HOUSING_KINDS] ?? ''}${p.areaM2 ? ` ${p.areaM2} 平方米` : ''}；${p.livingConditions}${p.householdSigned ? '（家庭成员已签字）' : '（家庭成员未签字）'}`;
    case 'NEIGHBOUR':
      return `${p.visitedOn} 走访 ${(p.interviewees as unknown[]).length} 人：${(p.interviewees as Array<{ name: string; statement: string }>).map((x) => `${x.name}：${x.statement}`).join('；')}`;
    case 'LETTER':
      return `${p.sentOn} 致函 ${p.recipient}（${p.subject}）${p.answeredOn ? `，${p.answeredOn} 回函：${p.answer ?? ''}` : '，尚未回函'}`;
    case 'DEMOCRATIC_REVIEW':
      return `${p.heldOn} 民主评议，参会 ${p.participantCount} 人，同意 ${p.agree}、不同意 ${p.disagree}、弃权 ${p.abstain}；${p.opinion}`;
  }
  return '';
}
