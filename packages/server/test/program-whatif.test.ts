import { previousMonth } from '@xiejiu/rules';
import { OptimisticLockError } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordBenefit } from '../src/modules/household/benefit.service';
import { setIncome } from '../src/modules/household/household.service';
import { Simulation } from '../src/modules/program/simulation.entity';
import { emptyTally } from '../src/modules/program/whatif.service';
import { createUser } from '../src/modules/user/user.service';
import { asClientError } from '../src/shared/errors';
import { todayCn } from '../src/shared/dates';
import { AREAS, flushAfterConcurrentCommit, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * Parameter preview, what-if simulation and reassessment jobs on a hand-built ledger. Rural 低保
 * standard in force: 650.00 元 (seed 2026). The change under test raises it to 700.00 元 from tomorrow.
 *
 *   M  village1a  2 persons, wages 750 元 each → per capita 675 元: not 低保 now, 低保 after (not receiving) → 漏救
 *   R  village1b  1 person, wage 750 元 → 675 元, receives 低保边缘 → after: 低保, 低保边缘 excluded → 复核
 *   S  village2a  1 person, wage 400 元 → 360 元, receives 低保 290 元 → 340 元 after (amount only)
 *   E1 village1a  aged 85, no 高龄津贴 (on-demand 高龄津贴 reassessment: 漏救)
 *   E2 village1a  aged 66, receives 高龄津贴 (on-demand: 复核)
 */
let t: TestApp;
const ids: Record<string, string> = {};
const today = todayCn();
const tomorrow = (() => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
})();
const incomeMonth = previousMonth(today); // recorded month; tomorrow's income month falls back to it

async function wages(hh: string, amountFen: number) {
  const sys = t.system('whatif-test', AREAS.district);
  const people = await ownerQuery(`select p.id from person p join membership m on m.person_id = p.id where m.household_id = $1`, [hh]);
  for (const p of people) await setIncome(sys, { personId: p.id, category: 'WAGE', month: incomeMonth, amountFen });
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('whatif-test', AREAS.district);
  ids.M = await household(t, AREAS.village1a, [member('马一', '19800101', 'HEAD'), member('马二', '19820101', 'SPOUSE', 'F')]);
  await wages(ids.M, 75000);
  ids.R = await household(t, AREAS.village1b, [member('任一', '19790101', 'HEAD')]);
  await wages(ids.R, 75000);
  await recordBenefit(sys, { householdId: ids.R, programCode: 'DIBAO_EDGE', status: 'ACTIVE', monthlyAmountFen: 0, source: 'ROSTER' });
  ids.S = await household(t, AREAS.village2a, [member('孙一', '19750101', 'HEAD')]);
  await wages(ids.S, 40000);
  await recordBenefit(sys, { householdId: ids.S, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 29000, source: 'ROSTER' });
  ids.E1 = await household(t, AREAS.village1a, [member('易老', '19400101', 'HEAD')]);
  ids.E2 = await household(t, AREAS.village1a, [member('易二', '19600101', 'HEAD')]);
  const [e2] = await ownerQuery(`select person_id from membership where household_id = $1`, [ids.E2]);
  await recordBenefit(sys, { householdId: ids.E2, personId: e2.person_id, programCode: 'ELDER', status: 'ACTIVE', monthlyAmountFen: 5000, source: 'ROSTER' });
  const [renshe] = await ownerQuery(`select id from department where code = 'RENSHE'`);
  await createUser(sys, {
    username: 'renshe1',
    displayName: '人社经办',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: renshe.id,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
});
afterAll(async () => t?.close());

const PREVIEW = `query($p: String!, $c: String!, $d: String!, $v: ParameterValueInput!) {
  previewParameterVersion(programCode: $p, parameterCode: $c, effectiveFrom: $d, value: $v) {
    parameterName programName currentValue proposedValue poolSize changedCount
    rows { householdId headName benefitStatus beforeOutcome afterOutcome beforeAmountFen afterAmountFen changed otherChanges }
  }
}`;
const RAISE = { p: 'DIBAO', c: 'DIBAO.standard.RURAL', d: tomorrow, v: { number: 70000 } };

describe('parameter preview (参数调整预览)', () => {
  it('re-screens the sample the department may read, before and after, changed first; logged', async () => {
    const res = await t.gql(PREVIEW, RAISE, { cookie: await t.cookieFor('officer') });
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewParameterVersion;
    expect(p).toMatchObject({ parameterName: '低保标准（农村）', programName: '最低生活保障', currentValue: '650.00 元', proposedValue: '700.00 元' });
    // Pool: receiving 低保 or of a tier, among households 民政 may read in detail (a benefit of its own): R, S.
    expect(p.poolSize).toBe(2);
    expect(p.changedCount).toBe(2);
    const byId = new Map(p.rows.map((r: { householdId: string }) => [r.householdId, r]));
    expect(byId.has(ids.M)).toBe(false);
    expect(byId.get(ids.R)).toMatchObject({ beforeOutcome: 'INELIGIBLE', afterOutcome: 'ELIGIBLE', afterAmountFen: 2500, changed: true, headName: '任*' });
    expect((byId.get(ids.R) as { otherChanges: string[] }).otherChanges.join()).toMatch(/低保边缘家庭：符合 → 因互斥排除/);
    expect(byId.get(ids.S)).toMatchObject({ benefitStatus: 'ACTIVE', beforeAmountFen: 29000, afterAmountFen: 34000, changed: true });
    const [log] = await ownerQuery(`select count(*)::int as n from audit_log where action = 'parameter.previewed'`);
    expect(log.n).toBe(1);
  });

  it('only the owning department may preview; dates and values are checked', async () => {
    const other = await t.gql(PREVIEW, RAISE, { cookie: await t.cookieFor('renshe1' as never) });
    expect(other.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(other.errors![0].message).toMatch(/只有测试区民政局/);
    const none = await t.gql(PREVIEW, RAISE, { cookie: await t.cookieFor('norights') });
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
    const town = await t.gql(PREVIEW, RAISE, { cookie: await t.cookieFor('town1') });
    expect(town.errors![0].extensions!.code).toBe('FORBIDDEN');
    const past = await t.gql(PREVIEW, { ...RAISE, d: today }, { cookie: await t.cookieFor('officer') });
    expect(past.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'effectiveFrom' } });
    const bad = await t.gql(PREVIEW, { ...RAISE, v: {} }, { cookie: await t.cookieFor('officer') });
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'value' } });
  });
});

const SIM_RESULT = `households householdsGaining householdsLosing currentMonthlyFen proposedMonthlyFen deltaMonthlyFen programs
  changes { parameterCode parameterName currentValue proposedValue }
  rows { townCode townName programCode programName gaining losing currentEligible proposedEligible currentMonthlyFen proposedMonthlyFen deltaMonthlyFen }
  programTotals { townCode programCode programName gaining losing currentEligible proposedEligible currentMonthlyFen proposedMonthlyFen deltaMonthlyFen }`;
const START_SIM = `mutation($ch: [ParameterChangeInput!]!, $d: String) { startSimulation(changes: $ch, asOf: $d) { id status total processed progress areaCode changes { parameterName proposedValue } result { households } } }`;
const SIM_JOB = `query($id: ID!) { simulationJob(id: $id) { id status statusName total processed progress areaCode areaName requestedByName asOf result { ${SIM_RESULT} } } }`;
const SIM_JOBS = `{ simulationJobs(page: 1, pageSize: 20) { total items { id status areaCode } } }`;
const CH = [{ parameterCode: 'DIBAO.standard.RURAL', value: { number: 70000 } }];

describe('simulation jobs (模拟测算后台任务)', () => {
  let jobId: string;

  it('startSimulation queues a job; the worker runs it in batches: gaining, losing and the monthly delta by town × program, writing nothing', async () => {
    const before = await ownerQuery(
      `select (select count(*) from parameter_version)::int as v, (select count(*) from benefit)::int as b, (select count(*) from reassessment)::int as r`,
    );
    const joint = await t.cookieFor('joint');
    const res = await t.gql(START_SIM, { ch: CH, d: tomorrow }, { cookie: joint });
    expect(res.errors).toBeUndefined();
    expect(res.data!.startSimulation).toMatchObject({ status: 'QUEUED', processed: 0, progress: 0, areaCode: AREAS.district, result: null });
    expect(res.data!.startSimulation.changes).toEqual([{ parameterName: '低保标准（农村）', proposedValue: '700.00 元' }]);
    jobId = res.data!.startSimulation.id;
    const list = (await t.gql(SIM_JOBS, {}, { cookie: joint })).data!.simulationJobs;
    expect(list.items[0]).toMatchObject({ id: jobId, status: 'QUEUED' });
    // Not a reassessment: absent from the 复核任务 list and query.
    expect((await t.gql(`{ reassessmentJobs { total } }`, {}, { cookie: joint })).data!.reassessmentJobs.total).toBe(0);
    expect((await t.gql(JOB, { id: jobId }, { cookie: joint })).errors![0].extensions!.code).toBe('NOT_FOUND');

    expect(await t.runJobs({ batchSize: 2 })).toBe(1); // 5 households in 3 batches
    const job = (await t.gql(SIM_JOB, { id: jobId }, { cookie: joint })).data!.simulationJob;
    expect(job).toMatchObject({ status: 'DONE', statusName: '已完成', total: 5, processed: 5, progress: 100, asOf: tomorrow, areaName: '测试区' });
    const s = job.result;
    // M +5000 (2 × 25 元), R +2500, S +5000 (340 − 290 元).
    expect(s.households).toBe(5);
    expect(s.programs).toEqual(expect.arrayContaining(['DIBAO', 'DIBAO_EDGE']));
    expect(s.programs).not.toContain('ELDER');
    expect(s.programTotals.find((r: { programCode: string }) => r.programCode === 'DIBAO')).toMatchObject({
      gaining: 2,
      losing: 0,
      currentMonthlyFen: 29000,
      proposedMonthlyFen: 29000 + 12500,
      deltaMonthlyFen: 12500,
    });
    expect(s.programTotals.find((r: { programCode: string }) => r.programCode === 'DIBAO_EDGE')).toMatchObject({ gaining: 0, losing: 2 });
    expect([s.householdsGaining, s.householdsLosing]).toEqual([2, 2]);
    expect(s.rows.find((r: { townCode: string; programCode: string }) => r.townCode === AREAS.town1 && r.programCode === 'DIBAO')).toMatchObject({
      townName: '一镇',
      gaining: 2,
      currentEligible: 0,
      proposedEligible: 2,
      deltaMonthlyFen: 7500,
    });
    expect(s.rows.find((r: { townCode: string; programCode: string }) => r.townCode === AREAS.town2 && r.programCode === 'DIBAO')).toMatchObject({
      gaining: 0,
      currentEligible: 1,
      deltaMonthlyFen: 5000,
    });
    const after = await ownerQuery(
      `select (select count(*) from parameter_version)::int as v, (select count(*) from benefit)::int as b, (select count(*) from reassessment)::int as r`,
    );
    expect(after).toEqual(before);

    const logs = await ownerQuery(
      `select action, actor_name, diff from audit_log where action in ('program.simulated', 'simulation.finished') and (diff->'detail'->>'jobId' = $1 or entity_id = $1) order by pos`,
      [jobId],
    );
    expect(logs.map((l) => l.action)).toEqual(['program.simulated', 'simulation.finished']);
    expect(logs[1].actor_name).toBe('系统(simulation)');
    expect(logs[1].diff.detail).toMatchObject({ households: 5, gaining: 2, losing: 2, deltaMonthlyFen: s.deltaMonthlyFen });
  });

  it('progress is committed per batch; a job handed back at shutdown resumes with its tally', async () => {
    const joint = await t.cookieFor('joint');
    const id = (await t.gql(START_SIM, { ch: CH, d: tomorrow }, { cookie: joint })).data!.startSimulation.id;
    await t.runJobs({ batchSize: 2, stopping: () => true }); // shutdown requested: stops after the first batch
    const half = (await t.gql(SIM_JOB, { id }, { cookie: joint })).data!.simulationJob;
    expect(half).toMatchObject({ status: 'QUEUED', total: 5, processed: 2, progress: 40, result: null });
    expect(await t.runJobs({ batchSize: 2 })).toBe(0); // handed back: waits a few seconds before another process may take it
    await t.makeJobsDue();
    expect(await t.runJobs({ batchSize: 2 })).toBe(1);
    const done = (await t.gql(SIM_JOB, { id }, { cookie: joint })).data!.simulationJob;
    const first = (await t.gql(SIM_JOB, { id: jobId }, { cookie: joint })).data!.simulationJob;
    expect(done).toMatchObject({ status: 'DONE', processed: 5, total: 5 });
    expect(done.result).toEqual(first.result);
  });

  it('the entity’s optimistic lock: a simulation row changed between read and write is refused with CONFLICT, nothing half-written', async () => {
    // The run wrote through the entity: three batches of the tally, then the result.
    const read = async () => (await ownerQuery(`select result is not null as "hasResult", tally, version from simulation where id = $1`, [jobId]))[0];
    expect(await read()).toEqual({ hasResult: true, tally: null, version: 5 });
    const raced = await flushAfterConcurrentCommit(t, Simulation, jobId, (s) => Object.assign(s, { result: null, tally: emptyTally() }));
    expect(raced).toBeInstanceOf(OptimisticLockError);
    expect(asClientError(raced)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await read()).toEqual({ hasResult: true, tally: null, version: 6 });
  });

  it('jobs follow the area: a town officer sees only its own; windows and users without rights are refused', async () => {
    const [minzheng] = await ownerQuery(`select id from department where code = 'MINZHENG'`);
    const sys = t.system('whatif-test', AREAS.district);
    await createUser(sys, {
      username: 'mztown2',
      displayName: '二镇民政',
      areaCode: AREAS.town2,
      roles: ['DEPT_OFFICER'],
      password: PASSWORD,
      departmentId: minzheng.id,
    });
    await createUser(sys, {
      username: 'mztown1',
      displayName: '一镇民政',
      areaCode: AREAS.town1,
      roles: ['DEPT_OFFICER'],
      password: PASSWORD,
      departmentId: minzheng.id,
    });
    await ownerQuery(`update app_user set must_change_password = false`);
    const town2 = await t.cookieFor('mztown2' as never);
    // The district job (aggregates of every town) is not visible inside it.
    expect((await t.gql(SIM_JOB, { id: jobId }, { cookie: town2 })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(SIM_JOBS, {}, { cookie: town2 })).data!.simulationJobs.total).toBe(0);
    const own = (await t.gql(START_SIM, { ch: CH, d: tomorrow }, { cookie: town2 })).data!.startSimulation;
    expect(own.areaCode).toBe(AREAS.town2);
    await t.runJobs();
    const done = (await t.gql(SIM_JOB, { id: own.id }, { cookie: town2 })).data!.simulationJob;
    expect(done).toMatchObject({ status: 'DONE', total: 1 });
    expect(done.result.households).toBe(1); // S only
    expect(done.result.rows.every((r: { townCode: string }) => r.townCode === AREAS.town2)).toBe(true);
    // Another town does not see it; the district does.
    const town1 = await t.cookieFor('mztown1' as never);
    expect((await t.gql(SIM_JOB, { id: own.id }, { cookie: town1 })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(SIM_JOBS, {}, { cookie: town1 })).data!.simulationJobs.total).toBe(0);
    const district = (await t.gql(SIM_JOBS, {}, { cookie: await t.cookieFor('joint') })).data!.simulationJobs;
    expect(district.items.map((j: { id: string }) => j.id)).toContain(own.id);

    const village = await t.gql(START_SIM, { ch: CH }, { cookie: await t.cookieFor('village1a') });
    expect(village.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(SIM_JOB, { id: jobId }, { cookie: await t.cookieFor('village1a') })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const none = await t.gql(SIM_JOBS, {}, { cookie: await t.cookieFor('norights') });
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
    const before = await ownerQuery(`select count(*)::int as n from job`);
    const unknown = await t.gql(START_SIM, { ch: [{ parameterCode: 'NOPE.x', value: { number: 1 } }] }, { cookie: await t.cookieFor('officer') });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const dup = await t.gql(START_SIM, { ch: [...CH, ...CH] }, { cookie: await t.cookieFor('officer') });
    expect(dup.errors![0].message).toMatch(/参数重复/);
    const bad = await t.gql(START_SIM, { ch: [{ parameterCode: 'DIBAO.standard.RURAL', value: {} }] }, { cookie: await t.cookieFor('officer') });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await ownerQuery(`select count(*)::int as n from job`)).toEqual(before);
  });

  it('the synchronous whole-area query is gone (P8): simulations run only as jobs', async () => {
    const res = await t.gql(
      `query($ch: [ParameterChangeInput!]!) { simulateParameters(changes: $ch) { households } }`,
      { ch: CH },
      { cookie: await t.cookieFor('joint') },
    );
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

const JOB = `query($id: ID!) { reassessmentJob(id: $id) { id kind status statusName total processed progress missedCount reviewCount programCode parameterCode asOf } }`;
const FINDINGS = `query($id: ID!, $k: String, $town: String) {
  reassessmentFindings(jobId: $id, kind: $k, townCode: $town, page: 1, pageSize: 50) {
    total items { householdId areaCode programCode kind kindName beforeOutcome afterOutcome headName afterAmountFen }
  }
}`;

describe('reassessment jobs (复核任务)', () => {
  let jobId: string;

  it('adding a parameter version queues a job; the worker finds 漏救 and 复核 households, progress reaches total', async () => {
    const officer = await t.cookieFor('officer');
    const add = await t.gql(
      `mutation($i: ParameterVersionInput!) { addParameterVersion(input: $i) { code valueAt } }`,
      {
        i: {
          code: 'DIBAO.standard.RURAL',
          effectiveFrom: tomorrow,
          value: { number: 70000 },
          legalRef: '和安府发〔2026〕12号（演示）',
          reason: '按上年人均消费支出调整',
        },
      },
      { cookie: officer },
    );
    expect(add.errors).toBeUndefined();
    const list = await t.gql(`{ reassessmentJobs { total items { id kind status parameterCode } } }`, {}, { cookie: officer });
    expect(list.data!.reassessmentJobs.items[0]).toMatchObject({ kind: 'PARAMETER', status: 'QUEUED', parameterCode: 'DIBAO.standard.RURAL' });
    jobId = list.data!.reassessmentJobs.items[0].id;

    expect(await t.runJobs({ batchSize: 2 })).toBe(1); // 5 households in 3 batches
    const job = (await t.gql(JOB, { id: jobId }, { cookie: officer })).data!.reassessmentJob;
    expect(job).toMatchObject({ status: 'DONE', statusName: '已完成', total: 5, processed: 5, progress: 100, asOf: tomorrow });

    const all = (await t.gql(FINDINGS, { id: jobId }, { cookie: officer })).data!.reassessmentFindings;
    const key = (f: { householdId: string; programCode: string; kind: string }) => `${f.householdId}:${f.programCode}:${f.kind}`;
    const keys = all.items.map(key);
    expect(keys).toContain(`${ids.M}:DIBAO:MISSED`);
    expect(keys).toContain(`${ids.R}:DIBAO_EDGE:REVIEW`);
    expect(keys.filter((k: string) => k.startsWith(ids.S))).toEqual([]); // receiving, stays eligible
    const m = all.items.find((f: { householdId: string; programCode: string }) => f.householdId === ids.M && f.programCode === 'DIBAO');
    expect(m).toMatchObject({ kindName: '疑似漏救', beforeOutcome: 'INELIGIBLE', afterOutcome: 'ELIGIBLE', afterAmountFen: 5000, headName: '马*' });
    expect(job.missedCount + job.reviewCount).toBe(all.total);

    const review = (await t.gql(FINDINGS, { id: jobId, k: 'REVIEW' }, { cookie: officer })).data!.reassessmentFindings;
    expect(review.items.every((f: { kind: string }) => f.kind === 'REVIEW')).toBe(true);
    const town2 = (await t.gql(FINDINGS, { id: jobId, town: AREAS.town2 }, { cookie: officer })).data!.reassessmentFindings;
    expect(town2.total).toBe(0);

    const logs = await ownerQuery(`select action, actor_name from audit_log where action like 'reassessment.%' order by pos`);
    expect(logs.map((l) => l.action)).toEqual(['reassessment.queued', 'reassessment.finished']);
    expect(logs[1].actor_name).toBe('系统(reassessment)');
  });

  it('findings follow the area: village A sees its own, not village B; other departments see none', async () => {
    const a = (await t.gql(FINDINGS, { id: jobId }, { cookie: await t.cookieFor('village1a') })).data!.reassessmentFindings;
    expect(a.total).toBeGreaterThan(0);
    expect(a.items.every((f: { areaCode: string }) => f.areaCode === AREAS.village1a)).toBe(true);
    expect(a.items.map((f: { householdId: string }) => f.householdId)).not.toContain(ids.R);
    const b = (await t.gql(FINDINGS, { id: jobId }, { cookie: await t.cookieFor('village1b') })).data!.reassessmentFindings;
    expect(b.items.map((f: { householdId: string }) => f.householdId)).toContain(ids.R);
    expect(b.items.every((f: { areaCode: string }) => f.areaCode === AREAS.village1b)).toBe(true);
    // The district-wide job is visible inside it, with the counts of the caller's own part.
    const jobB = (await t.gql(JOB, { id: jobId }, { cookie: await t.cookieFor('village1b') })).data!.reassessmentJob;
    expect(jobB.missedCount + jobB.reviewCount).toBe(b.total);
    const renshe = (await t.gql(FINDINGS, { id: jobId }, { cookie: await t.cookieFor('renshe1' as never) })).data!.reassessmentFindings;
    expect(renshe.total).toBe(0);
    const none = await t.gql(FINDINGS, { id: jobId }, { cookie: await t.cookieFor('norights') });
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
    // Second wall: the application role under a village scope reads no other village's rows.
    const { Client } = await import('pg');
    const { inject } = await import('vitest');
    const c = new Client({ connectionString: inject('appUrl') });
    await c.connect();
    await c.query('begin');
    await c.query(`select set_config('app.area_prefix', $1, true)`, [AREAS.village1a]);
    const rows = (await c.query(`select distinct area_code from reassessment_finding`)).rows.map((r) => r.area_code);
    await c.query('rollback');
    await c.end();
    expect(rows).toEqual([AREAS.village1a]);
  });

  it('on demand: 民政 re-screens 高龄津贴 in a village; other departments and windows cannot start it', async () => {
    const officer = await t.cookieFor('officer');
    const START = `mutation($p: String!, $a: String) { startReassessment(programCode: $p, areaCode: $a) { id kind status areaCode } }`;
    const res = await t.gql(START, { p: 'ELDER', a: AREAS.village1a }, { cookie: officer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.startReassessment).toMatchObject({ kind: 'ON_DEMAND', status: 'QUEUED', areaCode: AREAS.village1a });
    const id = res.data!.startReassessment.id;
    await t.runJobs();
    const job = (await t.gql(JOB, { id }, { cookie: officer })).data!.reassessmentJob;
    expect(job).toMatchObject({ status: 'DONE', total: 3, processed: 3, missedCount: 1, reviewCount: 1 });
    const f = (await t.gql(FINDINGS, { id }, { cookie: officer })).data!.reassessmentFindings.items;
    expect(f.map((x: { householdId: string; kind: string }) => [x.householdId, x.kind]).sort()).toEqual(
      [
        [ids.E1, 'MISSED'],
        [ids.E2, 'REVIEW'],
      ].sort(),
    );
    expect(f.find((x: { kind: string }) => x.kind === 'REVIEW')).toMatchObject({ beforeOutcome: 'RECEIVING', afterOutcome: 'INELIGIBLE' });

    const other = await t.gql(START, { p: 'ELDER' }, { cookie: await t.cookieFor('renshe1' as never) });
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    const village = await t.gql(START, { p: 'ELDER' }, { cookie: await t.cookieFor('village1a') });
    expect(village.errors![0].extensions!.code).toBe('FORBIDDEN');
    const outside = await t.gql(START, { p: 'ELDER', a: '500199999000' }, { cookie: officer });
    expect(outside.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
