import { parseIdNumber, PROGRAM_NAMES, TIER_NAMES, type Tier, maskPersonName } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { arrayOf, decodeRows, int, nullable, row, text } from '../../db/rows';
import { todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { MAX_LIST_ITEMS } from '../../graphql/input-rules';
import { areaNames } from '../area/area.service';
import { recordAudit } from '../audit/audit.service';
import { idIndex } from '../household/identity';

/**
 * 身份比对 (issue #12, item 4): a department (医保, 人社 …) names the persons of its own list by ID number and
 * learns which of them are 社会救助 or 优抚 objects in the platform — the seed's case, with no spreadsheet
 * exchange. What is returned per person is only the status (tier, active programs by name, 优抚 / 脱贫·监测 /
 * 持证残疾), the masked name and the village — never income, assets, health or imprisonment. Every query is
 * in the operation log with its size.
 */
/** The GraphQL list limit of every input (MAX_LIST_ITEMS, graphql/input-rules.ts); the console sends longer lists in parts. */
export const IDENTITY_MATCH_MAX = MAX_LIST_ITEMS;

/** Programs whose recipients are 民政's 社会救助对象 (the tiers it decides). */
const MINZHENG_OBJECTS = new Set(['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'SPENDING_HARDSHIP', 'ORPHAN']);
const STATUS_NAMES: Record<string, string> = { YOUFU: '优抚对象', TUOPIN: '脱贫户', MONITOR: '监测对象' };

export interface IdentityMatch {
  input: string;
  valid: boolean;
  message: string | null;
  idMasked: string | null;
  found: boolean;
  nameMasked: string | null;
  areaName: string | null;
  tier: Tier | null;
  tierName: string | null;
  /** 民政救助对象 (特困、低保、低保边缘、支出型困难、孤儿) */
  assistanceObject: boolean;
  /** active programs, Chinese names with the deciding department's short code */
  programs: string[];
  /** 优抚对象 / 脱贫户 / 监测对象 from the status rosters, and 持证残疾人（n 级） */
  statuses: string[];
}

const personRow = row({
  bidx: text,
  name: text,
  idMasked: text,
  areaCode: nullable(text),
  tier: nullable(text),
  programs: arrayOf(text),
});
const statusRow = row({ bidx: text, kind: text, grade: nullable(int) });

export async function matchIdentities(ctx: RequestContext, idNumbers: string[]): Promise<IdentityMatch[]> {
  ctx.require('identity.match', '进行身份比对');
  const inputs = idNumbers.map((s) => s.trim()).filter((s) => s !== '');
  if (inputs.length === 0) throw new AppError('BAD_USER_INPUT', '请至少输入一个身份证号', { field: 'idNumbers' });
  if (inputs.length > IDENTITY_MATCH_MAX)
    throw new AppError('BAD_USER_INPUT', `每次最多比对 ${IDENTITY_MATCH_MAX} 人，请分批`, { field: 'idNumbers', max: IDENTITY_MATCH_MAX });
  const fc = ctx.runtime.fieldCrypto;
  const parsed = inputs.map((input) => {
    const p = parseIdNumber(input);
    return p.ok ? { input, id: p.value.idNumber, bidx: idIndex(fc, p.value.idNumber), message: null } : { input, id: null, bidx: null, message: p.message };
  });
  const bidxs = [...new Set(parsed.flatMap((p) => (p.bidx ? [p.bidx] : [])))];
  const today = todayOf(ctx);
  // The lookup crosses areas (a person may live anywhere in the deployment): a narrow system step whose
  // result is reduced to statuses below.
  const { persons, statuses } = await ctx.asSystem('identity-match', async (em) => ({
    persons: decodeRows(
      await sqlRows(
        em,
        `select p.id_bidx as bidx, p.name, p.id_masked as "idMasked", h.area_code as "areaCode", h.tier,
                coalesce(array_agg(distinct b.program_code) filter (where b.id is not null), '{}') as programs
           from person p
           left join membership m on m.person_id = p.id and m.to_date is null
           left join household h on h.id = m.household_id
           left join benefit b on b.household_id = h.id and b.status in ('ACTIVE', 'PHASE_OUT') and (b.person_id is null or b.person_id = p.id)
          where p.id_bidx = any(?::varchar[]) and p.death_date is null
          group by p.id_bidx, p.name, p.id_masked, h.area_code, h.tier`,
        [`{${bidxs.join(',')}}`],
      ),
      personRow,
      'person',
    ),
    statuses: decodeRows(
      await sqlRows(
        em,
        `select distinct id_bidx as bidx, status_kind as kind, grade from ref_status
          where id_bidx = any(?::varchar[]) and status_kind in ('YOUFU', 'TUOPIN', 'MONITOR', 'DISABLED') and (to_date is null or to_date >= ?::date)`,
        [`{${bidxs.join(',')}}`, today],
      ),
      statusRow,
      'ref_status',
    ),
  }));
  const byBidx = new Map(persons.map((p) => [p.bidx, p]));
  const statusByBidx = new Map<string, string[]>();
  for (const s of statuses) {
    const label = s.kind === 'DISABLED' ? `持证残疾人${s.grade ? `（${s.grade}级）` : ''}` : STATUS_NAMES[s.kind];
    statusByBidx.set(s.bidx, [...(statusByBidx.get(s.bidx) ?? []), label]);
  }
  const names = await areaNames(
    ctx,
    persons.flatMap((p) => (p.areaCode ? [p.areaCode] : [])),
  );
  const result = parsed.map((p): IdentityMatch => {
    const hit = p.bidx ? byBidx.get(p.bidx) : undefined;
    const st = p.bidx ? [...new Set(statusByBidx.get(p.bidx) ?? [])].sort() : [];
    const tier = (hit?.tier ?? null) as Tier | null;
    return {
      input: p.input,
      valid: p.id !== null,
      message: p.message,
      idMasked: hit?.idMasked ?? (p.id ? `${'*'.repeat(14)}${p.id.slice(-4)}` : null),
      found: !!hit,
      nameMasked: hit ? maskPersonName(hit.name) : null,
      areaName: hit?.areaCode ? (names.get(hit.areaCode) ?? null) : null,
      tier,
      tierName: tier ? TIER_NAMES[tier] : null,
      assistanceObject: !!hit?.programs.some((c) => MINZHENG_OBJECTS.has(c)),
      programs: (hit?.programs ?? []).map((c) => PROGRAM_NAMES[c] ?? c).sort(),
      statuses: st,
    };
  });
  await ctx.tx(() =>
    recordAudit(ctx, {
      action: 'identity.matched',
      detail: { asked: inputs.length, valid: parsed.filter((p) => p.id).length, found: result.filter((r) => r.found).length },
    }),
  );
  return result;
}
