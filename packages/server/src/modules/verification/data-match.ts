import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';
import { DATASET_NAMES } from '../crosscheck/crosscheck.codes';
import { BUSINESS_ROLES, BUSINESS_STATUSES, HUKOU_CHANGES, INCOME_KINDS, PROPERTY_USAGES, STATUS_KINDS } from '../roster/records';
import { REFERENCE_TABLES } from '../roster/stage';
import { MATCH_STATUSES, type MatchStatus } from './verification.codes';

/**
 * 信息比对 (ADR 0023): every reference dataset (`ref_*`, modules/roster) matched by the members' ID blind
 * index, in the system scope (the reference tables are readable only there), one dataset per transaction so
 * a failing source is reported as 查询失败 without losing the others. Only masked lines leave this file, and
 * the typed **evidence** the computation uses (vehicles, property, business, payroll, incomes, deaths).
 */
export interface MatchMember {
  personId: string;
  idBidx: string;
  nameMasked: string;
}

export interface SourceResult {
  dataset: string;
  name: string;
  status: MatchStatus;
  statusName: string;
  /** Latest import of the dataset (ISO time), null when none is recorded. */
  asOf: string | null;
  rows: string[];
}

/** Facts found in the reference data, per member (no ID numbers). */
export interface MatchEvidence {
  vehicles: Array<{ personId: string; vehicleType: string; plateMasked: string }>;
  property: Array<{ personId: string; usage: string; floorArea: number }>;
  business: Array<{ personId: string; role: string; regStatus: string; capitalFen: number; company: string }>;
  payroll: Array<{ personId: string; employer: string; monthlyPayFen: number; fromDate: string; toDate: string | null }>;
  incomes: Array<{ personId: string; category: string; amountFen: number; asOf: string; source: string | null }>;
  deaths: Array<{ personId: string; deathDate: string }>;
  prison: Array<{ personId: string; fromDate: string; toDate: string | null }>;
}

export interface DataMatchPayload {
  queriedAt: string;
  members: number;
  sources: SourceResult[];
  evidence: MatchEvidence;
}

type Row = Record<string, unknown> & { id_bidx: string };

const yuan = (fen: unknown) => `¥${(Number(fen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const maskTail = (s: unknown, keep = 2) => {
  const t = String(s ?? '');
  return t.length <= keep * 2 ? `${t.slice(0, 1)}***` : `${t.slice(0, keep)}***${t.slice(-keep)}`;
};
const d = (v: unknown) => (v ? String(v) : '');

/** Per dataset: the columns read and the masked Chinese line of a row. */
const FORMAT: Record<string, { cols: string; line: (r: Row) => string }> = {
  deaths: { cols: `death_date::text as death_date, source`, line: (r) => `死亡日期 ${d(r.death_date)}（来源：${d(r.source)}）` },
  vehicles: {
    cols: `plate, vehicle_type, registered_on::text as registered_on`,
    line: (r) => `车辆 ${maskTail(r.plate)}（${d(r.vehicle_type)}${r.registered_on ? `，${d(r.registered_on)} 登记` : ''}）`,
  },
  property: {
    cols: `cert_no, location, usage, floor_area::float8 as floor_area, registered_on::text as registered_on`,
    line: (r) =>
      `房产 ${maskTail(r.cert_no, 3)}（${PROPERTY_USAGES[r.usage as keyof typeof PROPERTY_USAGES] ?? d(r.usage)}，${r.floor_area} 平方米${r.location ? `，${maskTail(r.location, 4)}` : ''}）`,
  },
  business: {
    cols: `company, role, capital_fen::text as capital_fen, reg_status, established_on::text as established_on`,
    line: (r) =>
      `${d(r.company)}（${BUSINESS_ROLES[r.role as keyof typeof BUSINESS_ROLES] ?? d(r.role)}，注册资本 ${yuan(r.capital_fen)}，${BUSINESS_STATUSES[r.reg_status as keyof typeof BUSINESS_STATUSES] ?? d(r.reg_status)}）`,
  },
  payroll: {
    cols: `employer, monthly_pay_fen::text as monthly_pay_fen, from_date::text as from_date, to_date::text as to_date`,
    line: (r) => `${d(r.employer)} 月工资 ${yuan(r.monthly_pay_fen)}（${d(r.from_date)} 起${r.to_date ? `至 ${d(r.to_date)}` : ''}）`,
  },
  medical: {
    cols: `year, total_fen::text as total_fen, self_pay_fen::text as self_pay_fen`,
    line: (r) => `${d(r.year)} 年医疗费用 ${yuan(r.total_fen)}，个人自付 ${yuan(r.self_pay_fen)}`,
  },
  status: {
    cols: `status_kind, grade, from_date::text as from_date, to_date::text as to_date`,
    line: (r) =>
      `${STATUS_KINDS[r.status_kind as keyof typeof STATUS_KINDS] ?? d(r.status_kind)}${r.grade ? ` ${d(r.grade)} 级` : ''}（${d(r.from_date)} 起${r.to_date ? `至 ${d(r.to_date)}` : ''}）`,
  },
  income: {
    cols: `category, amount_fen::text as amount_fen, as_of::text as as_of, source`,
    line: (r) =>
      `${INCOME_KINDS[r.category as keyof typeof INCOME_KINDS] ?? d(r.category)} ${yuan(r.amount_fen)}（截至 ${d(r.as_of)}${r.source ? `，${d(r.source)}` : ''}）`,
  },
  hukou: {
    cols: `change_type, changed_on::text as changed_on, destination`,
    line: (r) =>
      `户籍${HUKOU_CHANGES[r.change_type as keyof typeof HUKOU_CHANGES] ?? d(r.change_type)}（${d(r.changed_on)}${r.destination ? `，${d(r.destination)}` : ''}）`,
  },
  cadres: { cols: `position, organisation`, line: (r) => `${d(r.organisation)} ${d(r.position)}` },
  unemployment: {
    cols: `registered_on::text as registered_on, ended_on::text as ended_on, agency`,
    line: (r) => `失业登记（${d(r.registered_on)} 起${r.ended_on ? `至 ${d(r.ended_on)}` : '，未注销'}${r.agency ? `，${d(r.agency)}` : ''}）`,
  },
};

/** Runs the match for the members; `failing` (tests) names datasets to report as failed. */
export async function matchReferenceData(ctx: RequestContext, members: MatchMember[], opts: { failing?: string[] } = {}): Promise<DataMatchPayload> {
  const queriedAt = nowOf(ctx).toISOString();
  const byBidx = new Map(members.map((m) => [m.idBidx, m]));
  const bidx = [...byBidx.keys()];
  const evidence: MatchEvidence = { vehicles: [], property: [], business: [], payroll: [], incomes: [], deaths: [], prison: [] };
  const sources: SourceResult[] = [];
  for (const { table, dataset } of REFERENCE_TABLES) {
    const fmt = FORMAT[dataset];
    const name = DATASET_NAMES[dataset] ?? dataset;
    if (!fmt) continue;
    try {
      if (opts.failing?.includes(dataset)) throw new Error('simulated failure');
      const { rows, asOf } = await ctx.asSystem('verification', async (em) => {
        const rows = bidx.length
          ? await sqlRows<Row>(em, `select id_bidx, ${fmt.cols} from "${table}" where id_bidx = any(?::text[]) order by created_at, line`, [
              `{${bidx.map((b) => `"${b}"`).join(',')}}`,
            ])
          : [];
        const [b] = await sqlRows<{ at: string | null }>(
          em,
          `select max(coalesce(finished_at, created_at)) as at from import_batch where dataset = ? and status = 'DONE'`,
          [dataset],
        );
        return { rows, asOf: b?.at ? new Date(b.at).toISOString() : null };
      });
      const lines: string[] = [];
      for (const r of rows) {
        const m = byBidx.get(r.id_bidx)!;
        lines.push(`${m.nameMasked}：${fmt.line(r)}`);
        collect(dataset, r, m.personId, evidence);
      }
      const status: MatchStatus = rows.length ? 'FOUND' : 'NONE';
      sources.push({ dataset, name, status, statusName: MATCH_STATUSES[status], asOf, rows: lines });
    } catch {
      sources.push({ dataset, name, status: 'ERROR', statusName: MATCH_STATUSES.ERROR, asOf: null, rows: [] });
    }
  }
  return { queriedAt, members: members.length, sources, evidence };
}

function collect(dataset: string, r: Row, personId: string, e: MatchEvidence): void {
  switch (dataset) {
    case 'vehicles':
      e.vehicles.push({ personId, vehicleType: d(r.vehicle_type), plateMasked: maskTail(r.plate) });
      break;
    case 'property':
      e.property.push({ personId, usage: d(r.usage), floorArea: Number(r.floor_area) });
      break;
    case 'business':
      e.business.push({ personId, role: d(r.role), regStatus: d(r.reg_status), capitalFen: Number(r.capital_fen), company: d(r.company) });
      break;
    case 'payroll':
      e.payroll.push({
        personId,
        employer: d(r.employer),
        monthlyPayFen: Number(r.monthly_pay_fen),
        fromDate: d(r.from_date),
        toDate: r.to_date ? d(r.to_date) : null,
      });
      break;
    case 'income':
      e.incomes.push({ personId, category: d(r.category), amountFen: Number(r.amount_fen), asOf: d(r.as_of), source: r.source ? d(r.source) : null });
      break;
    case 'deaths':
      e.deaths.push({ personId, deathDate: d(r.death_date) });
      break;
    case 'status':
      if (r.status_kind === 'PRISON') e.prison.push({ personId, fromDate: d(r.from_date), toDate: r.to_date ? d(r.to_date) : null });
      break;
  }
}
