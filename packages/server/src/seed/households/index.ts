import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PROGRAM_OWNERS, maskIdNumber, type Tier } from '@xiejiu/rules';
import { SYSTEM_SCOPE_SQL } from '../../graphql/request-context';
import { sealId, sealPhone } from '../../modules/household/identity';
import type { FieldCrypto } from '../../shared/field-crypto';
import { generateHousehold, issueIdNumber, type GenContext, type GenHousehold, type GenPerson, type VillageInfo } from './generate';
import { Rng, WeightedTable } from './prng';

export { COMMON_SURNAMES } from './names';
export { DEMO_DIBAO_STANDARD_FEN } from './generate';

/**
 * Synthetic demo households (演示数据) for the ledger: realistic names, valid resident IDs,
 * household structures, facts, incomes, assets and benefits across departments, ~4.7% of
 * persons low-income in the four tiers. Streams into PostgreSQL with COPY, one transaction
 * per batch (a failure leaves no half batch), never through the ORM (P2).
 *
 * Deterministic for a given (seed, asOf, areas): names, ID numbers, structures, facts and
 * benefits repeat exactly; surrogate UUIDs and ciphertexts (random IVs) do not.
 */

/** Households the server seeds on its first start (with the base demo seed). */
export const DEMO_START_HOUSEHOLDS = 300;
export const DEFAULT_SEED = 20261129;

/** Owner connection URL, or a factory of connected owner clients (closed when done). */
export type OwnerConnection = string | (() => Promise<Client>);

export interface SeedHouseholdsOptions {
  /** Number of households to add. One of households/persons is required. */
  households?: number;
  /** Stop once at least this many persons were added (for benchmarks: 1,000,000). */
  persons?: number;
  seed?: number;
  /** Reference date for ages and income months (default: today, UTC midnight). */
  asOf?: Date;
  /** Areas to spread households over (level-3 areas under this prefix). Default: 500199. */
  areaPrefix?: string;
  /** Allow adding to a ledger that already has households (IDs are checked against it). */
  allowExisting?: boolean;
  /** Households per transaction (default 1000). */
  batchSize?: number;
  onProgress?: (p: { households: number; persons: number; elapsedMs: number }) => void;
}

export interface SeedHouseholdsResult {
  seed: number;
  households: number;
  persons: number;
  /** Living members of households with a tier (T1–T4). */
  lowIncomePersons: number;
  tiers: Record<Tier, number>;
  benefits: number;
  incomes: number;
  assets: number;
  deceased: number;
  elapsedMs: number;
}

export class LedgerNotEmptyError extends Error {
  constructor(readonly existing: number) {
    super(`台账中已有 ${existing} 户，未追加演示户（如需追加请使用 --force-append）/ ledger already has ${existing} households`);
    this.name = 'LedgerNotEmptyError';
  }
}

/** Programs the generator writes, and so the departments (PROGRAM_OWNERS) that must exist. */
const PROGRAMS_USED = [
  'TEKUN',
  'DIBAO',
  'TUOPIN',
  'MONITOR',
  'DIBAO_EDGE',
  'SPENDING_HARDSHIP',
  'UNION',
  'MEDICAL',
  'EDU',
  'TEMP',
  'DISAB_LIVING',
  'DISAB_CARE',
  'ELDER',
];
const ACTOR = '系统(演示数据)';
const SOURCE_REF = 'demo-roster';
export const LEDGER_TABLES = ['household', 'person', 'membership', 'person_income', 'person_asset', 'benefit', 'tier_history'];

const COLS = {
  household:
    'id, area_code, group_no, address, residence_type, head_person_id, phone_enc, phone_bidx, phone_masked, tier, tier_reason, status, created_at, updated_at, version',
  person:
    'id, name, id_enc, id_bidx, id_masked, birth_date, sex, phone_enc, phone_bidx, phone_masked, area_code, household_id, labour_capacity, disability_type, disability_grade, disability_cert, serious_illness, school_status, employment_status, statuses, death_date, created_at, updated_at, version',
  membership: 'id, household_id, person_id, area_code, relation, from_date, created_at',
  person_income: 'id, person_id, household_id, area_code, category, month, amount_fen, created_at',
  person_asset: 'id, household_id, person_id, area_code, kind, value_fen, detail, created_at, updated_at',
  benefit:
    'id, household_id, person_id, area_code, program_code, status, monthly_amount_fen, start_date, end_date, source, source_ref, department_id, created_at, updated_at, version',
  tier_history: 'id, household_id, area_code, from_tier, to_tier, reason, actor_name, at',
} as const;
type Table = keyof typeof COLS;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** COPY text format: \N for null, backslash escapes for the four special characters. */
function f(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  const s = String(v);
  return NEEDS_ESCAPE.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}
const line = (...cols: Array<string | number | null | undefined>) => `${cols.map(f).join('\t')}\n`;

interface SealedPerson {
  idEnc: string;
  idBidx: string;
  idMasked: string;
  phone: { phoneEnc: string; phoneBidx: string; phoneMasked: string } | null;
}

async function connect(owner: OwnerConnection): Promise<Client> {
  if (typeof owner !== 'string') return owner();
  const c = new Client({ connectionString: owner });
  await c.connect();
  return c;
}

const todayUtc = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

export async function seedHouseholds(owner: OwnerConnection, fc: FieldCrypto, opts: SeedHouseholdsOptions): Promise<SeedHouseholdsResult> {
  const started = Date.now();
  const targetHouseholds = opts.households ?? Infinity;
  const targetPersons = opts.persons ?? Infinity;
  if (!(targetHouseholds > 0 || targetPersons > 0) || (targetHouseholds === Infinity && targetPersons === Infinity)) {
    throw new Error('households or persons must be a positive number');
  }
  const batchSize = Math.max(1, opts.batchSize ?? 1000);
  const asOf = opts.asOf ?? todayUtc();
  const prefix = opts.areaPrefix ?? '500199';
  const client = await connect(owner);
  try {
    // A bulk load on a private connection: commits need not wait for the disk (not a scope setting).
    await client.query(`set synchronous_commit = off`);
    const { villages, departments, existing } = await wholeScope(client, async () => ({
      villages: await loadVillages(client, prefix),
      departments: await loadDepartments(client),
      existing: Number((await client.query(`select count(*)::bigint as n from household`)).rows[0].n),
    }));
    if (existing > 0 && !opts.allowExisting) throw new LedgerNotEmptyError(existing);
    const appending = existing > 0;
    const seed = (opts.seed ?? DEFAULT_SEED + existing) >>> 0;

    const ctx: GenContext = { rng: new Rng(seed), asOf, villages, usedIds: new Set() };
    const result: SeedHouseholdsResult = {
      seed,
      households: 0,
      persons: 0,
      lowIncomePersons: 0,
      tiers: { T1: 0, T2: 0, T3: 0, T4: 0 },
      benefits: 0,
      incomes: 0,
      assets: 0,
      deceased: 0,
      elapsedMs: 0,
    };

    let pending: Promise<void> | null = null;
    try {
      while (result.households < targetHouseholds && result.persons < targetPersons) {
        // Generate and encode the next batch while the previous one is being copied (PostgreSQL
        // works on the other core). Each household is encoded straight into COPY buffers, so its
        // objects die young; only when appending is the batch held, to check IDs against the ledger.
        const out = new BatchWriter();
        const room = () => out.households < batchSize && result.households < targetHouseholds && result.persons < targetPersons;
        const take = (h: GenHousehold, sealed?: Map<string, SealedPerson>) => {
          encodeHousehold(out, h, fc, departments, asOf, sealed);
          count(result, h);
        };
        if (!appending) {
          while (room()) {
            take(generateHousehold(ctx));
            if (out.households % 200 === 0) await yieldToLoop();
          }
        } else {
          const batch: GenHousehold[] = [];
          let persons = 0;
          while (batch.length < batchSize && result.households + batch.length < targetHouseholds && result.persons + persons < targetPersons) {
            const h = generateHousehold(ctx);
            batch.push(h);
            persons += h.persons.length;
          }
          const sealed = new Map<string, SealedPerson>();
          for (const h of batch) for (const p of h.persons) sealed.set(p.id, sealPerson(fc, p));
          if (pending) await pending;
          pending = null;
          await avoidExistingIds(client, fc, ctx, batch, sealed);
          for (const h of batch) take(h, sealed);
        }
        if (pending) await pending;
        const done = { households: result.households, persons: result.persons, elapsedMs: Date.now() - started };
        pending = writeBatch(client, out).then(() => opts.onProgress?.(done));
        // Handled where it is awaited; this only keeps a failure during generation from being 'unhandled'.
        pending.catch(() => {});
      }
      if (pending) await pending;
    } catch (e) {
      await pending?.catch(() => {});
      throw e;
    }
    // vacuum also sets the visibility map, so list pages can use index-only scans right away.
    await client.query(`vacuum analyze ${LEDGER_TABLES.join(', ')}`);
    result.elapsedMs = Date.now() - started;
    return result;
  } finally {
    await client.end();
  }
}

/**
 * One transaction with the whole scope: the owner is subject to FORCE row-level security, and scope
 * settings are transaction-local everywhere (SYSTEM_SCOPE_SQL, graphql/request-context.ts).
 */
async function wholeScope<T>(client: Client, fn: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query(SYSTEM_SCOPE_SQL);
    const result = await fn();
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  }
}

async function loadVillages(client: Client, prefix: string): Promise<WeightedTable<VillageInfo>> {
  const rows = (
    await client.query<{ code: string; name: string; town_name: string }>(
      `select a.code, a.name, t.name as town_name from area a join area t on t.code = a.parent_code
        where a.level = 3 and a.code like $1 order by a.code`,
      [`${prefix}%`],
    )
  ).rows;
  if (!rows.length) throw new Error(`区划 ${prefix} 下没有村（社区），请先写入演示区划（pnpm seed:demo）/ no level-3 areas under ${prefix}`);
  return new WeightedTable(
    rows.map((r) => {
      const community = Number(r.code.slice(9, 12)) < 200;
      const v: VillageInfo = { code: r.code, name: r.name, townName: r.town_name, urban: Number(r.code.slice(6, 9)) < 100, community };
      // Urban communities are more populous than villages.
      return [v, community ? 1.6 : 1] as const;
    }),
  );
}

async function loadDepartments(client: Client): Promise<Map<string, string>> {
  const codes = [...new Set(PROGRAMS_USED.map((p) => PROGRAM_OWNERS[p]))];
  const rows = (await client.query<{ id: string; code: string }>(`select id, code from department where code = any($1)`, [codes])).rows;
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const missing = codes.filter((c) => !byCode.has(c));
  if (missing.length) throw new Error(`缺少救助事项主管部门：${missing.join(', ')}（请先写入演示部门）/ missing owner departments`);
  return new Map(PROGRAMS_USED.map((p) => [p, byCode.get(PROGRAM_OWNERS[p])!]));
}

function sealPerson(fc: FieldCrypto, p: GenPerson): SealedPerson {
  return { ...sealId(fc, p.idNumber), phone: p.phone ? sealPhone(fc, p.phone) : null };
}

function count(result: SeedHouseholdsResult, h: GenHousehold): void {
  result.households++;
  result.persons += h.persons.length;
  result.benefits += h.benefits.length;
  result.assets += h.assets.length;
  for (const p of h.persons) {
    result.incomes += p.incomeMonths.length;
    if (p.deathDate) result.deceased++;
  }
  if (h.tier) {
    result.tiers[h.tier]++;
    result.lowIncomePersons += h.livingPersons;
  }
}

/** Appending: re-issue any ID that already exists in the ledger (blind-index lookup per batch). */
async function avoidExistingIds(client: Client, fc: FieldCrypto, ctx: GenContext, batch: GenHousehold[], sealed: Map<string, SealedPerson>): Promise<void> {
  const byBidx = new Map<string, GenHousehold['persons'][number]>();
  for (const h of batch) for (const p of h.persons) byBidx.set(sealed.get(p.id)!.idBidx, p);
  let check = [...byBidx.keys()];
  for (let round = 0; check.length && round < 20; round++) {
    const clash = await wholeScope(
      client,
      async () => (await client.query<{ id_bidx: string }>(`select id_bidx from person where id_bidx = any($1)`, [check])).rows,
    );
    check = [];
    for (const { id_bidx } of clash) {
      const p = byBidx.get(id_bidx)!;
      p.idNumber = issueIdNumber(ctx, p.birthDay, p.birthDate, p.sex);
      if (p.disabilityCert) p.disabilityCert = maskIdNumber(p.idNumber) + p.disabilityCert.slice(18);
      const s = { ...sealed.get(p.id)!, ...sealId(fc, p.idNumber) };
      sealed.set(p.id, s);
      byBidx.set(s.idBidx, p);
      check.push(s.idBidx);
    }
  }
  if (check.length) throw new Error('could not find free ID numbers after 20 rounds');
}

const CHUNK = 256 * 1024;

/** COPY text of one batch, per table, written straight into Buffers (no big strings on the heap). */
class BatchWriter {
  households = 0;
  readonly chunks: Record<Table, Buffer[]> = {
    household: [],
    person: [],
    membership: [],
    person_income: [],
    person_asset: [],
    benefit: [],
    tier_history: [],
  };
  private readonly cur = new Map<Table, { buf: Buffer; pos: number }>();

  write(table: Table, text: string): void {
    let c = this.cur.get(table);
    // A UTF-16 code unit is at most 3 UTF-8 bytes.
    if (!c || c.buf.length - c.pos < text.length * 3) {
      if (c) this.chunks[table].push(c.buf.subarray(0, c.pos));
      c = { buf: Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3)), pos: 0 };
      this.cur.set(table, c);
    }
    c.pos += c.buf.write(text, c.pos, 'utf8');
  }

  finish(): Record<Table, Buffer[]> {
    for (const [table, c] of this.cur) if (c.pos) this.chunks[table].push(c.buf.subarray(0, c.pos));
    this.cur.clear();
    return this.chunks;
  }
}

function encodeHousehold(
  out: BatchWriter,
  h: GenHousehold,
  fc: FieldCrypto,
  dept: Map<string, string>,
  asOf: Date,
  presealed?: Map<string, SealedPerson>,
): void {
  const now = asOf.toISOString();
  const sealed = new Map<string, SealedPerson>();
  for (const p of h.persons) sealed.set(p.id, presealed?.get(p.id) ?? sealPerson(fc, p));
  const hp = h.phone ? sealed.get(h.headId)!.phone : null;
  out.households++;
  out.write(
    'household',
    line(
      h.id,
      h.areaCode,
      h.groupNo,
      h.address,
      h.residenceType,
      h.headId,
      hp?.phoneEnc,
      hp?.phoneBidx,
      hp?.phoneMasked,
      h.tier,
      h.tierReason,
      'ACTIVE',
      h.createdAt,
      h.createdAt,
      1,
    ),
  );
  for (const p of h.persons) {
    const s = sealed.get(p.id)!;
    out.write(
      'person',
      line(
        p.id,
        p.name,
        s.idEnc,
        s.idBidx,
        s.idMasked,
        p.birthDate,
        p.sex,
        s.phone?.phoneEnc,
        s.phone?.phoneBidx,
        s.phone?.phoneMasked,
        h.areaCode,
        h.id,
        p.labourCapacity,
        p.disabilityType,
        p.disabilityGrade,
        p.disabilityCert,
        p.seriousIllness,
        p.schoolStatus,
        p.employmentStatus,
        `{${p.statuses.join(',')}}`,
        p.deathDate,
        h.createdAt,
        p.deathDate ? now : h.createdAt,
        1,
      ),
    );
    out.write('membership', line(randomUUID(), h.id, p.id, h.areaCode, p.relation, p.fromDate, h.createdAt));
    for (const [cat, month, amount] of p.incomeMonths) out.write('person_income', line(randomUUID(), p.id, h.id, h.areaCode, cat, month, amount, now));
  }
  for (const a of h.assets) {
    out.write(
      'person_asset',
      line(randomUUID(), h.id, a.personId, h.areaCode, a.kind, a.valueFen, a.detail ? JSON.stringify(a.detail) : null, h.createdAt, h.createdAt),
    );
  }
  for (const b of h.benefits) {
    const at = `${b.startDate}T01:00:00.000Z`;
    out.write(
      'benefit',
      line(
        b.id,
        h.id,
        b.personId,
        h.areaCode,
        b.programCode,
        b.status,
        b.monthlyAmountFen,
        b.startDate,
        b.endDate,
        'ROSTER',
        SOURCE_REF,
        dept.get(b.programCode),
        at,
        at,
        1,
      ),
    );
  }
  if (h.tier) out.write('tier_history', line(randomUUID(), h.id, h.areaCode, null, h.tier, h.tierReason, ACTOR, h.tierAt ?? h.createdAt));
}

/** One transaction per batch, tables in foreign-key order (head_person_id is deferred). */
async function writeBatch(client: Client, out: BatchWriter): Promise<void> {
  const chunks = out.finish();
  await wholeScope(client, async () => {
    for (const t of Object.keys(COLS) as Table[]) {
      if (!chunks[t].length) continue;
      await pipeline(Readable.from(chunks[t]), client.query(copyFrom(`copy ${t} (${COLS[t]}) from stdin`)));
      chunks[t] = [];
    }
  });
}
