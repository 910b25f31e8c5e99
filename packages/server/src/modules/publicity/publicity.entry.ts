import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgramDef } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { ageOn, nowOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';

/**
 * The published entry of a referral in 公示中 (ADR 0024): written by the workflow's transitions in their own
 * transaction — created when a decision moves a referral to PUBLICITY, marked OBJECTED / ENDED when the 公示
 * ends. Holds only what is published, computed here on the server (docs/domain.md, "Publication (公示) and masking").
 */

export const PUBLICITY_STATUSES = ['ACTIVE', 'OBJECTED', 'ENDED', 'WITHDRAWN'] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];

export const PUBLICITY_STATUS_NAMES: Record<PublicityStatus, string> = {
  ACTIVE: '公示中',
  OBJECTED: '有异议',
  ENDED: '已期满撤下',
  WITHDRAWN: '已撤下',
};

/**
 * Programs whose notice shows the amount. docs/domain.md publishes the name (masked), the number of persons and
 * the amount of the subsistence programs (低保, 特困 — and 低保边缘, 支出型困难, which follow the 低保 rules). Others
 * publish name and persons only: a 医疗救助 / 临时救助 / 住房 / 受灾 amount says too much about the hardship itself.
 */
export const AMOUNT_PUBLISHED: ReadonlySet<string> = new Set(['DIBAO', 'TEKUN', 'DIBAO_EDGE', 'SPENDING_HARDSHIP']);

/** 公示 name masking: 李四 → 李*, 张三明 → 张*明, 欧阳小明 → 欧*明 (first + one star + last: the length is not shown either). */
export function maskPublicName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '*';
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}*${chars[chars.length - 1]}`;
}

/** 镇街 + 村社 (once when the village is named after its town) + 组: never the detail address. */
export function publicPlace(town: string | null, village: string | null, groupNo: string | null): string {
  const t = town ?? '';
  const v = village ?? '';
  const place = v.startsWith(t) ? v : t + v;
  const g = groupNo?.trim();
  if (!g) return place;
  return place + (/组$/.test(g) ? g : `${g}组`);
}

export interface EntrySource {
  referralId: string;
  applicationId: string;
  householdId: string;
  personId: string | null;
  applicantPersonId: string | null;
  areaCode: string;
  programCode: string;
}

/**
 * Creates the ACTIVE entry of a referral entering 公示 — call inside the transition's transaction with its `em`.
 * Returns null (no entry) for a minor: never where the program never publishes minors (特困 — the workflow skips
 * 公示 there already), and, as a second guard, never for anyone under 18. The ledger facts (name, birth date,
 * current members, 组) are read through a narrow system step; the entry is written under the caller's scope.
 */
export async function createPublicityEntry(
  ctx: RequestContext,
  em: EntityManager,
  input: { referral: EntrySource; program: ProgramDef; startsOn: string; endsOn: string; amountFen: number | null },
): Promise<string | null> {
  const r = input.referral;
  const facts = await ctx.asSystem('公示', async (sysEm) => {
    const [person] = await sqlRows<{ name: string; birthDate: string }>(
      sysEm,
      `select p.name, p.birth_date::text as "birthDate" from person p
        where p.id = coalesce(?::uuid, ?::uuid,
          (select m.person_id from membership m where m.household_id = ? and m.to_date is null and m.relation = 'HEAD' limit 1))`,
      [r.personId, r.applicantPersonId, r.householdId],
    );
    const [size] = await sqlRows<{ n: number }>(
      sysEm,
      `select count(*)::int as n from membership m join person p on p.id = m.person_id
        where m.household_id = ? and m.to_date is null and p.death_date is null`,
      [r.householdId],
    );
    const [place] = await sqlRows<{ town: string | null; village: string | null; groupNo: string | null }>(
      sysEm,
      `select t.name as town, v.name as village, h.group_no as "groupNo" from household h
         left join area v on v.code = ?
         left join area t on t.code = left(?, 9) || '000' and t.code <> v.code
        where h.id = ?`,
      [r.areaCode, r.areaCode, r.householdId],
    );
    return { person, size: size?.n ?? 0, place };
  });
  if (!facts.person) return null;
  const today = input.startsOn;
  const age = ageOn(facts.person.birthDate, today);
  if (age < 18) return null; // 未成年人信息不公示 (特困 minors: never; any minor: never online)
  // A referral enters 公示 again after an objection and a new decision: the earlier entry is no longer the notice.
  await markPublicityEntry(ctx, em, r.referralId, 'WITHDRAWN');
  const id = randomUUID();
  await em.execute(
    `insert into publicity_entry (id, referral_id, application_id, area_code, program_code, name_masked, area_name, household_size,
       amount_fen, starts_on, ends_on, status, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)`,
    [
      id,
      r.referralId,
      r.applicationId,
      r.areaCode,
      r.programCode,
      maskPublicName(facts.person.name),
      publicPlace(facts.place?.town ?? null, facts.place?.village ?? null, facts.place?.groupNo ?? null).slice(0, 200),
      Math.max(1, facts.size),
      AMOUNT_PUBLISHED.has(input.program.code) ? input.amountFen : null,
      input.startsOn,
      input.endsOn,
      nowOf(ctx),
    ],
  );
  return id;
}

/** Takes a referral's ACTIVE entry down (OBJECTED / ENDED / WITHDRAWN); returns its id, or null when none was up. */
export async function markPublicityEntry(
  ctx: RequestContext,
  em: EntityManager,
  referralId: string,
  status: Exclude<PublicityStatus, 'ACTIVE'>,
  from: readonly PublicityStatus[] = ['ACTIVE'],
): Promise<string | null> {
  const rows = await sqlRows<{ id: string }>(
    em,
    `update publicity_entry set status = ?, taken_down_at = coalesce(taken_down_at, ?) where referral_id = ? and status in (${from.map(() => '?').join(', ')}) returning id`,
    [status, nowOf(ctx), referralId, ...from],
  );
  return rows[0]?.id ?? null;
}

/**
 * An objection ended the 公示 (completePublicity with an objection): the entry — up or already taken down at the
 * end of its period — becomes OBJECTED. Without `objectionId` (the department's own objection) it is recorded
 * as a DEPARTMENT objection, so the entry's objections list is complete.
 */
export async function publicityObjected(
  ctx: RequestContext,
  em: EntityManager,
  r: { id: string; areaCode: string },
  content: string,
  objectionId: string | null,
): Promise<void> {
  const entryId = await markPublicityEntry(ctx, em, r.id, 'OBJECTED', ['ACTIVE', 'ENDED']);
  if (!entryId || objectionId) return;
  await em.execute(
    `insert into publicity_objection (id, entry_id, referral_id, area_code, source, content, recorded_by, recorded_by_name, created_at)
     values (?, ?, ?, ?, 'DEPARTMENT', ?, ?, ?, ?)`,
    [
      randomUUID(),
      entryId,
      r.id,
      r.areaCode,
      content.slice(0, 1000),
      ctx.actor.kind === 'user' ? (ctx.actor.id ?? null) : null,
      ctx.actor.name.slice(0, 64),
      nowOf(ctx),
    ],
  );
}
