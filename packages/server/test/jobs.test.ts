import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/modules/jobs/jobs.service';
import { cronItems } from '../src/modules/jobs/jobs.runner';
import { defineJob } from '../src/modules/jobs/registry';
import { AppError } from '../src/shared/errors';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * The jobs module (ADR 0010) end to end on graphile-worker: one place to look (area and permission
 * scoped), cancel, retries with backoff, enqueue inside the business transaction, recovery of jobs whose
 * process died, the cron kinds (clock sweep, outbox consumer) and the ledger export job.
 */
let t: TestApp;

let flakyRuns = 0;
const flaky = defineJob({
  kind: 'test-flaky',
  name: '测试：第一次失败',
  visibility: 'system',
  maxAttempts: 3,
  async run() {
    flakyRuns++;
    if (flakyRuns === 1) throw new AppError('BAD_USER_INPUT', '模拟的临时故障');
  },
});
const broken = defineJob({
  kind: 'test-broken',
  name: '测试：总是失败',
  visibility: 'system',
  maxAttempts: 2,
  async run() {
    throw new Error('duplicate key value violates … (may quote personal data)');
  },
});

const JOBS = `query($kind: String, $mine: Boolean) { jobs(kind: $kind, mine: $mine, page: 1, pageSize: 50) { total items { id kind kindName title status statusName total processed progress areaCode requestedByName mine cancelRequested downloadUrl error attempts maxAttempts } } }`;
const CANCEL = `mutation($id: ID!) { cancelJob(id: $id) { id status statusName cancelRequested } }`;
const START_SIM = `mutation { startSimulation(changes: [{ parameterCode: "DIBAO.standard.RURAL", value: { number: 70000 } }]) { id } }`;
const START_EXPORT = `mutation($f: HouseholdFilterInput) { startHouseholdExport(filter: $f) { id kind status total title } }`;

async function workerJob(key: string) {
  return (await ownerQuery(`select id, run_at, attempts, max_attempts, locked_at from graphile_worker._private_jobs where key = $1`, [key]))[0];
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  await household(t, AREAS.village1a, [member('甲一', '19800101', 'HEAD'), member('甲二', '20050101', 'SON')]);
  await household(t, AREAS.village1b, [member('乙一', '19700101', 'HEAD')]);
  await household(t, AREAS.village2a, [member('丙一', '19600101', 'HEAD')]);
});
afterAll(async () => t?.close());

describe('one place to look (后台任务)', () => {
  it('lists the jobs each user may see: by kind permission and area, with who started them', async () => {
    const officer = await t.cookieFor('officer');
    const sim = (await t.gql(START_SIM, {}, { cookie: officer })).data!.startSimulation.id;
    const re = (await t.gql(`mutation { startReassessment(programCode: "DIBAO", areaCode: "${AREAS.town1}") { id } }`, {}, { cookie: officer })).data!
      .startReassessment.id;
    const mine = (await t.gql(JOBS, {}, { cookie: officer })).data!.jobs;
    expect(mine.items.map((j: { id: string }) => j.id).sort()).toEqual([sim, re].sort());
    const s = mine.items.find((j: { id: string }) => j.id === sim);
    expect(s).toMatchObject({
      kind: 'simulation',
      kindName: '模拟测算',
      status: 'QUEUED',
      statusName: '排队中',
      areaCode: AREAS.district,
      mine: true,
      requestedByName: '测试officer',
    });
    expect(s.title).toMatch(/低保标准（农村） → 700\.00 元/);

    // A village window: the town reassessment (its findings are scoped again), not the district simulation.
    const village = (await t.gql(JOBS, {}, { cookie: await t.cookieFor('village1a') })).data!.jobs;
    expect(village.items.map((j: { id: string }) => j.id)).toEqual([re]);
    expect(village.items[0].mine).toBe(false);
    // Another town sees neither; a user without rights sees nothing; the system administrator no business jobs.
    expect((await t.gql(JOBS, {}, { cookie: await t.cookieFor('village2a') })).data!.jobs.total).toBe(0);
    expect((await t.gql(JOBS, {}, { cookie: await t.cookieFor('norights') })).data!.jobs.total).toBe(0);
    expect((await t.gql(JOBS, {}, { cookie: await t.cookieFor('sysadmin') })).data!.jobs.total).toBe(0);
    // Unknown filters are typed errors.
    const bad = await t.gql(JOBS, { kind: 'nope' }, { cookie: officer });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    await t.runJobs();
    const done = (await t.gql(JOBS, {}, { cookie: officer })).data!.jobs.items;
    expect(done.every((j: { status: string; progress: number }) => j.status === 'DONE' && j.progress === 100)).toBe(true);
  });

  it('the requester cancels a queued job at once (its worker job removed, logged); others cannot; finished jobs cannot be cancelled', async () => {
    const officer = await t.cookieFor('officer');
    const id = (await t.gql(START_SIM, {}, { cookie: officer })).data!.startSimulation.id;
    expect(await workerJob(id)).toBeDefined();
    const joint = await t.gql(CANCEL, { id }, { cookie: await t.cookieFor('joint') });
    expect(joint.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: '只有发起人可以取消该任务' });
    const village = await t.gql(CANCEL, { id }, { cookie: await t.cookieFor('village1a') });
    expect(village.errors![0].extensions!.code).toBe('NOT_FOUND');
    const res = await t.gql(CANCEL, { id }, { cookie: officer });
    expect(res.data!.cancelJob).toMatchObject({ status: 'CANCELLED', statusName: '已取消', cancelRequested: true });
    expect(await workerJob(id)).toBeUndefined();
    expect(await t.runJobs()).toBe(0);
    const again = await t.gql(CANCEL, { id }, { cookie: officer });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    const [log] = await ownerQuery(`select actor_name, entity_id from audit_log where action = 'job.cancelled'`);
    expect(log).toMatchObject({ actor_name: '测试officer', entity_id: id });
  });

  it('a running job asked to cancel stops at its next batch boundary and ends CANCELLED', async () => {
    const officer = await t.cookieFor('officer');
    const id = (await t.gql(START_SIM, {}, { cookie: officer })).data!.startSimulation.id;
    // Another process has claimed it and is working (fresh heartbeat).
    await ownerQuery(`update job set status = 'RUNNING', attempts = 1, started_at = now(), heartbeat_at = now() where id = $1`, [id]);
    const res = await t.gql(CANCEL, { id }, { cookie: officer });
    expect(res.data!.cancelJob).toMatchObject({ status: 'RUNNING', cancelRequested: true });
    // While that process lives (fresh heartbeat) nobody else touches it; its next commit returns false.
    await t.runJobs();
    expect((await ownerQuery(`select status from job where id = $1`, [id]))[0].status).toBe('RUNNING');
    // If that process died instead, the next run (recovery) ends the job as cancelled rather than resuming it.
    await ownerQuery(`update job set heartbeat_at = now() - interval '10 minutes' where id = $1`, [id]);
    await ownerQuery(`select graphile_worker.add_job('simulation', json_build_object('jobId', $1::text))`, [id]);
    await t.runJobs();
    const [row] = await ownerQuery(`select status, finished_at from job where id = $1`, [id]);
    expect(row.status).toBe('CANCELLED');
    expect(row.finished_at).not.toBeNull();
  });
});

describe('retries, transactions and recovery', () => {
  it('a failed attempt is retried with backoff; the error is shown meanwhile; the retry succeeds', async () => {
    const sys = t.system('jobs-test', AREAS.district);
    const id = await sys.tx((em) => enqueueJob(sys, em, flaky, { title: '测试任务' }));
    await t.runJobs();
    const [first] = await ownerQuery(`select status, attempts, error from job where id = $1`, [id]);
    expect(first).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(first.error).toBe('第 1 次执行失败：模拟的临时故障；将自动重试');
    const w = await workerJob(id);
    expect(w.attempts).toBe(1);
    expect(new Date(w.run_at).getTime()).toBeGreaterThan(Date.now() + 1000); // backing off
    expect(await t.runJobs()).toBe(0); // not due yet
    await t.makeJobsDue();
    await t.runJobs();
    const [done] = await ownerQuery(`select status, attempts, error from job where id = $1`, [id]);
    expect(done).toEqual({ status: 'DONE', attempts: 2, error: null });
  });

  it('after its last attempt a job is FAILED with our own message (never the database text), logged', async () => {
    const sys = t.system('jobs-test', AREAS.district);
    const id = await sys.tx((em) => enqueueJob(sys, em, broken, { title: '测试任务' }));
    await t.runJobs();
    await t.makeJobsDue();
    await t.runJobs();
    const [row] = await ownerQuery(`select status, attempts, error, finished_at from job where id = $1`, [id]);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 2, error: '执行过程中发生内部错误（详见服务器日志）' });
    expect(row.finished_at).not.toBeNull();
    const [log] = await ownerQuery(`select actor_name from audit_log where action = 'job.failed' and entity_id = $1`, [id]);
    expect(log.actor_name).toBe('系统(test-broken)');
  });

  it('a job is queued inside the business transaction: a rollback leaves neither our row nor the worker job', async () => {
    const sys = t.system('jobs-test', AREAS.district);
    let id = '';
    await expect(
      sys.tx(async (em) => {
        id = await enqueueJob(sys, em, flaky, { title: '测试任务' });
        throw new Error('business change failed');
      }),
    ).rejects.toThrow('business change failed');
    expect(await ownerQuery(`select id from job where id = $1`, [id])).toEqual([]);
    expect(await workerJob(id)).toBeUndefined();
  });

  it('recovery: a RUNNING job whose process died (stale heartbeat) and a QUEUED job that lost its worker job run again', async () => {
    const officer = await t.cookieFor('officer');
    const dead = (await t.gql(START_SIM, {}, { cookie: officer })).data!.startSimulation.id;
    const lost = (await t.gql(START_SIM, {}, { cookie: officer })).data!.startSimulation.id;
    await ownerQuery(`update job set status = 'RUNNING', attempts = 1, heartbeat_at = now() - interval '6 minutes' where id = $1`, [dead]);
    await ownerQuery(`delete from graphile_worker._private_jobs where key in ($1, $2)`, [dead, lost]);
    expect(await t.runJobs()).toBe(0); // nothing to run: the worker jobs are gone
    await ownerQuery(`select graphile_worker.add_job('jobs-recover')`);
    await t.runJobs();
    const rows = await ownerQuery(`select id, status, attempts from job where id in ($1, $2)`, [dead, lost]);
    expect(rows.every((r) => r.status === 'DONE')).toBe(true);
    expect(rows.find((r) => r.id === dead).attempts).toBe(2);
    const [rec] = await ownerQuery(`select status, processed, requested_by_name from job where kind = 'jobs-recover'`);
    expect(rec).toMatchObject({ status: 'DONE', processed: 2, requested_by_name: '系统(定时任务)' });
    // Visible to the system administrator only.
    const sysadmin = (await t.gql(JOBS, { kind: 'jobs-recover' }, { cookie: await t.cookieFor('sysadmin') })).data!.jobs;
    expect(sysadmin.total).toBe(1);
    expect((await t.gql(JOBS, { kind: 'jobs-recover' }, { cookie: officer })).data!.jobs.total).toBe(0);
  });
});

describe('cron kinds', () => {
  it('schedules: the clock sweep hourly on the hour, the outbox consumer, webhook delivery and recovery every minute, the integration prune daily', () => {
    const items = cronItems();
    const byTask = new Map(items.map((i) => [i.task, i]));
    expect([...byTask.keys()].sort()).toEqual([
      'clock-sweep',
      'crosscheck',
      'integration-prune',
      'jobs-recover',
      'outbox-consume',
      'publicity-takedown',
      'sms-deliver',
      'webhook-deliver',
    ]);
    expect(byTask.get('crosscheck')!.match({ min: 30, hour: 2, date: 1, month: 1, dow: 1 } as never)).toBe(true);
    expect(byTask.get('clock-sweep')!.match({ min: 0, hour: 5, date: 1, month: 1, dow: 1 } as never)).toBe(true);
    expect(byTask.get('clock-sweep')!.match({ min: 30, hour: 5, date: 1, month: 1, dow: 1 } as never)).toBe(false);
    expect(byTask.get('outbox-consume')!.match({ min: 17, hour: 5, date: 1, month: 1, dow: 1 } as never)).toBe(true);
    expect(byTask.get('webhook-deliver')!.match({ min: 43, hour: 23, date: 1, month: 1, dow: 1 } as never)).toBe(true);
    expect(byTask.get('integration-prune')!.match({ min: 10, hour: 4, date: 1, month: 1, dow: 1 } as never)).toBe(true);
    expect(byTask.get('integration-prune')!.match({ min: 10, hour: 5, date: 1, month: 1, dow: 1 } as never)).toBe(false);
  });

  it('the clock sweep runs as a recorded system job', async () => {
    await ownerQuery(`select graphile_worker.add_job('clock-sweep')`);
    await t.runJobs();
    const [row] = await ownerQuery(`select status, area_code, requested_by_name from job where kind = 'clock-sweep'`);
    expect(row).toEqual({ status: 'DONE', area_code: null, requested_by_name: '系统(定时任务)' });
  });

  it('the outbox consumer calls the handlers and marks events consumed (no recipient with a mobile: no SMS); idle runs leave no record', async () => {
    await ownerQuery(
      `insert into outbox_event (id, type, aggregate_type, aggregate_id, area_code, payload) values
      (gen_random_uuid(), 'application.accepted', 'application', gen_random_uuid(), $1, '{"sms": {"template": "ACCEPTED", "params": {}}}'),
      (gen_random_uuid(), 'referral.signed', 'referral', gen_random_uuid(), $1, '{}')`,
      [AREAS.village1a],
    );
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    const events = await ownerQuery(`select type, consumed_at, delivery_status, published_at from outbox_event order by seq`);
    expect(events.map((e) => [e.type, e.delivery_status, e.published_at])).toEqual([
      ['application.accepted', 'NO_NOTIFICATION', null],
      ['referral.signed', 'NO_NOTIFICATION', null],
    ]);
    expect(events.every((e) => e.consumed_at)).toBe(true);
    const [run] = await ownerQuery(`select status, processed from job where kind = 'outbox-consume'`);
    expect(run).toEqual({ status: 'DONE', processed: 2 });
    const [log] = await ownerQuery(`select diff from audit_log where action = 'outbox.consumed'`);
    expect(log.diff.detail).toMatchObject({ events: 2, smsQueued: 0, noNotification: 2 });
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    expect((await ownerQuery(`select count(*)::int as n from job where kind = 'outbox-consume'`))[0].n).toBe(1);
  });
});

describe('ledger export job (台账导出)', () => {
  it('runs as the requester with progress; only the requester sees and downloads the file; both are logged', async () => {
    const town1 = await t.cookieFor('town1');
    const res = await t.gql(START_EXPORT, { f: {} }, { cookie: town1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.startHouseholdExport).toMatchObject({ kind: 'ledger-export', status: 'QUEUED', total: 0, title: '台账导出（2 户）' });
    const id = res.data!.startHouseholdExport.id;
    await t.runJobs();
    const [job] = (await t.gql(JOBS, { kind: 'ledger-export' }, { cookie: town1 })).data!.jobs.items;
    expect(job).toMatchObject({ id, status: 'DONE', total: 2, processed: 2, progress: 100, downloadUrl: `/api/jobs/${id}/file` });

    const file = await t.app.inject({ method: 'GET', url: job.downloadUrl, headers: { cookie: town1 } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = wb
      .getWorksheet('户籍台账')!
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(
      rows
        .slice(1)
        .map((r) => r[6])
        .sort(),
    ).toEqual(['甲一', '甲二', '乙一'].sort()); // town 1 only, one row per member
    expect(JSON.stringify(rows)).not.toMatch(/\d{17}[\dX]/); // no full ID number

    // Another user of the same town with export rights neither sees nor downloads it.
    const village = await t.cookieFor('village1a');
    expect((await t.gql(JOBS, { kind: 'ledger-export' }, { cookie: await t.cookieFor('officer') })).data!.jobs.total).toBe(0);
    const other = await t.app.inject({ method: 'GET', url: job.downloadUrl, headers: { cookie: await t.cookieFor('officer') } });
    expect(other.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: job.downloadUrl, headers: { cookie: village } })).statusCode).toBe(404);
    // 联席会议成员 may export other lists (finding.read), so the route lets it in; the ledger job is not theirs to see.
    expect((await t.app.inject({ method: 'GET', url: job.downloadUrl, headers: { cookie: await t.cookieFor('joint') } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: job.downloadUrl })).statusCode).toBe(401);
    const logs = await ownerQuery(
      `select action, actor_name from audit_log where action in ('household.exported', 'household.export_downloaded') order by pos`,
    );
    expect(logs).toEqual([
      { action: 'household.exported', actor_name: '测试town1' },
      { action: 'household.export_downloaded', actor_name: '测试town1' },
    ]);
  });

  it('refuses users without export rights and empty filters', async () => {
    const none = await t.gql(START_EXPORT, { f: {} }, { cookie: await t.cookieFor('joint') });
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
    const empty = await t.gql(START_EXPORT, { f: { keyword: '不存在的人' } }, { cookie: await t.cookieFor('town1') });
    expect(empty.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '没有符合筛选条件的家庭' });
  });
});
