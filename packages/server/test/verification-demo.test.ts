import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuthorisation } from '../src/modules/household/authorisation.service';
import { seedDemo } from '../src/seed/demo';
import { seedDemoLegalSupport } from '../src/seed/legal-support-demo';
import { seedDemoVerification } from '../src/seed/verification-demo';
import { seedDemoWorkflow } from '../src/seed/workflow-demo';
import { todayCn } from '../src/shared/dates';
import { ownerQuery, resetDatabase, TestApp } from './harness';

/** The 统一核查 demo (command 1 seeds it after the 授权书 demo): one approved verification with a valid report. */
let t: TestApp;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedDemo(t.orm, t.runtime);
  await seedDemoWorkflow(t.orm, t.runtime, new Date());
  await seedDemoLegalSupport(t.orm, t.runtime);
  // Without the 300 generated households (bigdata-demo.test.ts) only 周大勇户 is authorised: authorise another case.
  const [hh] = await ownerQuery<{ id: string; head: string }>(
    `select h.id, h.head_person_id as head from household h join person p on p.id = h.head_person_id
      where h.area_code like '500199101%' and p.name <> '周大勇' order by h.area_code, h.id limit 1`,
  );
  await recordAuthorisation(t.system('verification-demo-test', '500199000000'), {
    householdId: hh.id,
    signedOn: todayCn(),
    scope: ['VEHICLE', 'REAL_ESTATE'],
    signerPersonIds: [hh.head],
  });
});
afterAll(async () => t?.close());

describe('统一核查 demo', () => {
  it('issues one report through the services, drafted and approved by two demo accounts', async () => {
    const id = await seedDemoVerification(t.orm, t.runtime);
    expect(id).not.toBeNull();
    const [v] = await ownerQuery(`select status, drafted_by, approved_by, drafted_by_name, approved_by_name, report_id from verification where id = $1`, [id]);
    expect(v.status).toBe('APPROVED');
    expect(v.drafted_by_name).not.toBe(v.approved_by_name);
    const [r] = await ownerQuery(`select version, superseded_by, valid_until::text as valid_until, content from verification_report where id = $1`, [
      v.report_id,
    ]);
    expect(r).toMatchObject({ version: 1, superseded_by: null });
    expect(r.content.sources.length).toBeGreaterThanOrEqual(10);
    const [zhou] = await ownerQuery(
      `select count(*)::int as n from verification v join household h on h.id = v.household_id join person p on p.id = h.head_person_id where p.name = '周大勇'`,
    );
    expect(zhou.n).toBe(0);
  });
});
