import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoBigData } from '../src/seed/bigdata-demo';
import { seedDemoLegalSupport } from '../src/seed/legal-support-demo';
import { validAuthorisation } from '../src/modules/household/authorisation.service';
import { seedDemo } from '../src/seed/demo';
import { COUNT_CAP } from '../src/modules/household/household.query';
import { seedDemoHouseholds } from '../src/seed/households/demo';
import { ownerQuery, resetDatabase, TestApp } from './harness';

/**
 * The 大数据库 demo (command 1 seeds it on a fresh start): reference files about demo persons go through
 * the real import pipeline without a single row error, and the cross-check finds the planted cases — the
 * console's 数据导入, 疑点复核 and 身份比对 pages (and their e2e tests) rely on it.
 */
let t: TestApp;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedDemo(t.orm, t.runtime);
  await seedDemoHouseholds(inject('ownerUrl'), t.orm, t.runtime, { households: 300 });
});
afterAll(async () => t?.close());

describe('demo 大数据库', () => {
  it('imports every demo reference file cleanly and leaves findings in the demo town', async () => {
    const { batches } = await seedDemoBigData(t.orm, t.runtime);
    expect(batches).toBe(10);
    const bad = await ownerQuery(`select dataset, errors, message, status from import_batch where errors > 0 or status <> 'DONE'`);
    expect(bad).toEqual([]);
    const rules = await ownerQuery<{ rule_no: number; n: number }>(
      `select rule_no, count(*)::int as n from finding where status = 'PENDING' group by rule_no order by rule_no`,
    );
    const found = new Set(rules.map((r) => r.rule_no));
    for (const no of [1, 2, 3, 5, 9, 11]) expect(found, `rule ${no}`).toContain(no);
    const [{ town }] = await ownerQuery(`select count(*)::int as town from finding where area_code like '500199101%'`);
    expect(town).toBeGreaterThan(0);
    const [{ certs }] = await ownerQuery(
      `select count(*)::int as certs from person p join ref_status r on r.id_bidx = p.id_bidx
        where r.status_kind = 'DISABLED' and p.disability_grade = r.grade and p.disability_cert = r.cert_no`,
    );
    expect(certs).toBe(2);
    // 主动发现: the 脱贫户's medical self-pay, the new certificate and the 低保边缘 member's unemployment are visit tasks on the first start.
    const tasks = await ownerQuery<{ rule_code: string }>(`select rule_code from visit_task order by rule_code`);
    expect(tasks.map((r) => r.rule_code)).toEqual(['MEDICAL_BURDEN', 'NEW_DISABILITY', 'UNEMPLOYED']);
  });

  it('gives the household whose reference data shows a car a valid 核对授权书, and elderly households their legal supporters', async () => {
    const { vehicleHouseholds, supportHouseholds, zhouHouseholdId } = await seedDemoLegalSupport(t.orm, t.runtime);
    // 周大勇户 comes with the workflow demo (not seeded in this suite).
    expect(zhouHouseholdId).toBeNull();
    const car = vehicleHouseholds.find((v) => v.vehicleType === '小型轿车');
    expect(car).toBeDefined();
    const valid = await validAuthorisation(t.system('t'), null, car!.householdId);
    expect(valid?.scope).toContain('VEHICLE');
    expect(supportHouseholds).toHaveLength(2);
    const [{ n }] = await ownerQuery(`select count(*)::int as n from legal_supporter`);
    expect(n).toBeGreaterThanOrEqual(1);
    const [{ c }] = await ownerQuery(`select count(*)::int as c from household where no_legal_supporter_confirmed`);
    expect(c).toBe(1);
  });
});

describe('the ledger search over more households than it counts', () => {
  it('stops counting at the cap, says so, and still pages past it in list order', async () => {
    const q = `query($f: HouseholdFilterInput, $p: Int!) { households(filter: $f, page: $p, pageSize: 20) { total totalCapped items { id } } }`;
    const cookie = await t.cookieFor('minzheng01');
    const page = async (f: Record<string, unknown>, p: number) => {
      const res = await t.gql(q, { f, p }, { cookie });
      expect(res.errors).toBeUndefined();
      return res.data!.households as { total: number; totalCapped: boolean; items: Array<{ id: string }> };
    };
    const [{ n }] = await ownerQuery<{ n: number }>(`select count(*)::int as n from household where status = 'ACTIVE' and area_code like '500199%'`);
    expect(n).toBeGreaterThan(COUNT_CAP + 20);
    const first = await page({}, 1);
    expect(first).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(first.items).toHaveLength(20);
    // Page 11 lies past the cap: still the next households in list order, none repeated.
    const seen = new Set<string>();
    for (let p = 1; p <= COUNT_CAP / 20 + 1; p++) for (const h of (await page({}, p)).items) seen.add(h.id);
    expect(seen.size).toBe(COUNT_CAP + 20);
    // A filter with fewer matches than the cap is counted exactly.
    const [{ t1 }] = await ownerQuery<{ t1: number }>(`select count(*)::int as t1 from household where status = 'ACTIVE' and tier = 'T1'`);
    expect(t1).toBeLessThan(COUNT_CAP);
    expect(await page({ tier: 'T1' }, 1)).toMatchObject({ total: t1, totalCapped: false });
  });
});
