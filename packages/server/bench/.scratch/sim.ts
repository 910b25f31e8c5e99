import { DEMO_TOWNS } from '../../src/seed/demo-district';
import { generateHousehold, type VillageInfo } from '../../src/seed/households/generate';
import { Rng, WeightedTable } from '../../src/seed/households/prng';
import { parseIdNumber } from '@xiejiu/rules';
const vs: Array<readonly [VillageInfo, number]> = [];
for (const t of DEMO_TOWNS) for (const v of t.villages) { const community = Number(v.code.slice(9)) < 200; vs.push([{ code: v.code, name: v.name, townName: t.name, urban: Number(v.code.slice(6, 9)) < 100, community }, community ? 1.6 : 1]); }
const ctx = { rng: new Rng(1), asOf: new Date('2026-11-29'), villages: new WeightedTable(vs), usedIds: new Set<number>() };
const N = Number(process.argv[2] ?? 50000);
let persons = 0, low = 0, dis = 0, ill = 0, dead = 0, ben = 0, inc = 0, ass = 0, bad = 0, phones = 0; const tiers: any = {}; const progs: any = {}; const st: any = {}; const rels: any = {};
const t0 = Date.now();
const samples: string[] = [];
for (let i = 0; i < N; i++) {
  const h = generateHousehold(ctx);
  persons += h.persons.length; if (h.tier) { tiers[h.tier] = (tiers[h.tier] ?? 0) + 1; low += h.livingPersons; }
  if (h.phone) phones++;
  for (const p of h.persons) { if (p.disabilityType) dis++; if (p.seriousIllness) ill++; if (p.deathDate) dead++; inc += p.incomeMonths.length; for (const s of p.statuses) st[s] = (st[s] ?? 0) + 1; rels[p.relation] = (rels[p.relation]??0)+1;
    const r = parseIdNumber(p.idNumber); if (!r.ok || r.value.birthDate !== p.birthDate || r.value.sex !== p.sex) bad++; }
  for (const b of h.benefits) { progs[b.programCode + ':' + b.status] = (progs[b.programCode + ':' + b.status] ?? 0) + 1; }
  ben += h.benefits.length; ass += h.assets.length;
  if (i < 6 || (h.tier && samples.length < 12)) samples.push(JSON.stringify({ a: h.address, t: h.tier, r: h.tierReason, m: h.persons.map((p) => `${p.name}/${p.relation}/${p.age}${p.sex}/${p.employmentStatus}/${p.incomes.map(x=>x.join(':')).join(',')}`), b: h.benefits.map((b) => `${b.programCode}:${b.status}:${b.monthlyAmountFen}:${b.startDate}-${b.endDate}`), as: h.assets.map(a=>a.kind+':'+a.valueFen+JSON.stringify(a.detail)) }));
}
console.log({ N, ms: Date.now() - t0, persons, avg: persons / N, lowPct: (100 * low) / persons, tiers, disPct: 100 * dis / persons, illPct: 100 * ill / persons, dead, bad, phonesPct: 100 * phones / N, ben, inc, ass, st, rels });
console.log(Object.entries(progs).sort().map(([k, v]) => `${k}=${v}`).join(' '));
for (const s of samples.slice(0, 14)) console.log(s);
