import { REFERENCE_TABLES } from '../src/modules/roster/stage';
import { randomUUID } from 'node:crypto';
import { recordBenefit } from '../src/modules/household/benefit.service';
import { AREAS, ownerQuery, type TestApp } from './harness';
import { household, member } from './ledger-fixture';

/** Shared helpers of the cross-check tests: ledger households through the services, reference rows by SQL. */

export const BATCH = randomUUID();
let line = 1;

export function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function yearsBefore(date: string, years: number, days = 0): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

export interface Planted {
  household: string;
  person: string;
  benefit: string | null;
}

/** A one-person household (head `name`, born `birth`) in `area`, optionally receiving 低保 (household-level). */
export async function recipient(
  t: TestApp,
  name: string,
  opts: { area?: string; birth?: string; dibao?: number | null; start?: string | null; school?: string } = {},
): Promise<Planted> {
  const hh = await household(t, opts.area ?? AREAS.village1a, [member(name, (opts.birth ?? '1970-01-01').replace(/-/g, ''), 'HEAD')]);
  const [p] = await ownerQuery<{ id: string }>(`select id from person where name = $1`, [name]);
  let benefit: string | null = null;
  if (opts.dibao !== null) {
    benefit = await recordBenefit(t.system('crosscheck-test', AREAS.district), {
      householdId: hh,
      programCode: 'DIBAO',
      status: 'ACTIVE',
      monthlyAmountFen: opts.dibao ?? 30000,
      startDate: opts.start ?? null,
      source: 'ROSTER',
    });
  }
  return { household: hh, person: p.id, benefit };
}

export async function personal(t: TestApp, hh: string, person: string, programCode: string, amount = 10000, start: string | null = null): Promise<string> {
  return recordBenefit(t.system('crosscheck-test', AREAS.district), {
    householdId: hh,
    personId: person,
    programCode,
    status: 'ACTIVE',
    monthlyAmountFen: amount,
    startDate: start,
    source: 'ROSTER',
  });
}

/** One reference row for the person named `name` (same blind index and sealed ID as the ledger). */
export async function ref(table: string, name: string, cols: Record<string, unknown>, refName?: string): Promise<void> {
  const [p] = await ownerQuery<{ id_bidx: string; id_enc: string; name: string }>(`select id_bidx, id_enc, name from person where name = $1`, [name]);
  if (!p) throw new Error(`no person ${name}`);
  const keys = Object.keys(cols);
  await ownerQuery(
    `insert into ${table} (id, batch_id, line, id_bidx, id_enc, name, ${keys.join(', ')}) values (gen_random_uuid(), $1, $2, $3, $4, $5, ${keys.map((_, i) => `$${i + 6}`).join(', ')})`,
    [BATCH, line++, p.id_bidx, p.id_enc, refName ?? p.name, ...Object.values(cols)],
  );
}

export const REF_TABLES = [...REFERENCE_TABLES.map((r) => r.table), 'roster_conflict'];

export async function clearReferenceData(): Promise<void> {
  await ownerQuery(`truncate ${REF_TABLES.join(', ')}`);
}

/** Current findings of a rule as (person name → status). */
export async function findingsOf(
  ruleNo: number,
): Promise<Array<{ id: string; person_name: string; status: string; program_code: string; fingerprint: string; summary: string }>> {
  return ownerQuery(`select id, person_name, status, program_code, fingerprint, summary from finding where rule_no = $1 and is_current order by person_name`, [
    ruleNo,
  ]);
}
