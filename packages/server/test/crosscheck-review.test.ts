import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crosscheckCommand, exportFindings } from '../src/modules/crosscheck/crosscheck.cli';
import { runCrosscheckRules } from '../src/modules/crosscheck/crosscheck.engine';
import { createUser } from '../src/modules/user/user.service';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { clearReferenceData, daysFrom, personal, recipient, ref } from './crosscheck-fixture';

/**
 * Review of findings through GraphQL: who sees which findings (area, department), who may decide them,
 * the all-or-nothing batch, the owning department's task, stats, catalogue, to-dos, the job, the CLI.
 *
 *   甲一 village1a, 乙二 village1b, 丙三 village1a, 丁四 village2a (town 2): 低保 + a car (rule 3, 民政)
 *   戊五 village1a: 就业救助 (人社) and a death record (rule 1, 人社's benefit)
 */
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const benefits: Record<string, string> = {};
const today = todayCn();

const LIST = `query($f: FindingFilterInput) { findings(filter: $f, pageSize: 100) { total items { id personName ruleNo status programCode departmentName areaCode townName overdue version evidence { label value } } } }`;
const REVIEW = `mutation($i: ReviewFindingsInput!) { reviewFindings(input: $i) { id status reason reviewerName taskStatus } }`;
const TASK = `mutation($id: ID!, $o: FindingTaskOutcome!, $n: String!) { completeFindingTask(id: $id, outcome: $o, note: $n) { id taskStatus taskOutcome taskDoneByName } }`;

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
const as = async (user: string, query: string, vars: Record<string, unknown> = {}) => t.gql(query, vars, { cookie: cookies[user] });
const listNames = async (user: string, f: Record<string, unknown> = {}) =>
  ((await as(user, LIST, { f })).data!.findings.items as Array<{ personName: string }>).map((i) => i.personName).sort();

beforeAll(async () => {
  await resetDatabase();
  await clearReferenceData();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('crosscheck-test', AREAS.district);
  const [renshe] = await ownerQuery(`select id from department where code = 'RENSHE'`);
  await createUser(sys, {
    username: 'renshe1',
    displayName: '人社经办',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: renshe.id,
  });
  await ownerQuery(`update app_user set must_change_password = false where username = 'renshe1'`);
  for (const [name, area] of [
    ['甲一', AREAS.village1a],
    ['乙二', AREAS.village1b],
    ['丙三', AREAS.village1a],
    ['丁四', AREAS.village2a],
  ]) {
    const r = await recipient(t, name, { area });
    benefits[name] = r.benefit!;
    await ref('ref_vehicle', name, { plate: `渝A${name.charCodeAt(0)}`, vehicle_type: '小型轿车', registered_on: null });
  }
  const e = await recipient(t, '戊五', { dibao: null });
  benefits.戊五 = await personal(t, e.household, e.person, 'EMPLOY', 20000);
  await ref('ref_death', '戊五', { death_date: daysFrom(`${today.slice(0, 7)}-01`, -20), source: '卫健' });
  await runCrosscheckRules(t.system('crosscheck-test'), { only: [1, 3] });
  for (const f of await ownerQuery(`select id, person_name from finding`)) ids[f.person_name] = f.id;
  for (const u of ['town1', 'village1a', 'village2a', 'officer', 'renshe1', 'joint', 'sysadmin']) cookies[u] = await t.cookieFor(u);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('who sees which findings', () => {
  it('a town window sees its town, a village its village, another town nothing of them', async () => {
    expect(await listNames('town1')).toEqual(['丙三', '乙二', '戊五', '甲一'].sort());
    expect(await listNames('village1a')).toEqual(['丙三', '戊五', '甲一'].sort());
    expect(await listNames('village2a')).toEqual(['丁四']);
    const other = await as('town1', `query($id: ID!) { finding(id: $id) { id } }`, { id: ids.丁四 });
    expect(code(other)).toBe('NOT_FOUND');
    expect(other.errors![0].message).toContain('不在您的管辖范围内');
  });

  it('a department officer sees only findings about benefits its department owns', async () => {
    expect(await listNames('officer')).toEqual(['丙三', '丁四', '乙二', '甲一'].sort());
    expect(await listNames('renshe1')).toEqual(['戊五']);
    expect(code(await as('officer', `query($id: ID!) { finding(id: $id) { id } }`, { id: ids.戊五 }))).toBe('NOT_FOUND');
  });

  it('filters by rule, area, status and name; the detail renders evidence and sources in Chinese', async () => {
    expect(await listNames('town1', { ruleNo: 1 })).toEqual(['戊五']);
    expect(await listNames('town1', { areaCode: AREAS.village1b })).toEqual(['乙二']);
    expect(await listNames('town1', { keyword: '甲' })).toEqual(['甲一']);
    expect(await listNames('town1', { status: 'CONFIRMED' })).toEqual([]);
    const d = await as(
      'town1',
      `query($id: ID!) { finding(id: $id) { ruleName severity programName departmentName idMasked dueDate evidence { label value } sources { datasetName batchId line } history { id } } }`,
      { id: ids.戊五 },
    );
    expect(d.data!.finding).toMatchObject({ ruleName: '死亡人员仍享受救助', severity: 'HIGH', programName: '就业救助', departmentName: '测试区人社局' });
    expect(d.data!.finding.evidence).toContainEqual({ label: '死亡信息来源', value: '卫健' });
    expect(d.data!.finding.sources[0].datasetName).toBe('死亡信息');
    expect(d.data!.finding.history).toEqual([]);
  });

  it('an account without finding.read is refused', async () => {
    expect(code(await as('sysadmin', LIST))).toBe('FORBIDDEN');
  });
});

describe('review', () => {
  it('only the town window reviews: a village window is refused', async () => {
    const r = await as('village1a', REVIEW, { i: { ids: [ids.甲一], decision: 'CONFIRMED' } });
    expect(code(r)).toBe('FORBIDDEN');
  });

  it('dismissing needs a reason; findings of another town are not found', async () => {
    const r = await as('town1', REVIEW, { i: { ids: [ids.甲一], decision: 'DISMISSED' } });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain('排除理由');
    expect(code(await as('town1', REVIEW, { i: { ids: [ids.丁四], decision: 'CONFIRMED' } }))).toBe('NOT_FOUND');
  });

  it('confirms; a batch containing a finding already decided is refused whole (CONFLICT)', async () => {
    const ok = await as('town1', REVIEW, { i: { ids: [ids.甲一], decision: 'CONFIRMED', reason: '入户核实有车' } });
    expect(ok.data!.reviewFindings[0]).toMatchObject({ status: 'CONFIRMED', taskStatus: 'PENDING', reviewerName: '测试town1' });
    const bad = await as('town1', REVIEW, { i: { ids: [ids.乙二, ids.甲一], decision: 'DISMISSED', reason: '车辆已报废' } });
    expect(code(bad)).toBe('CONFLICT');
    expect(bad.errors![0].message).toContain('本批均未保存');
    const [b] = await ownerQuery(`select status from finding where id = $1`, [ids.乙二]);
    expect(b.status).toBe('PENDING');
    const both = await as('town1', REVIEW, { i: { ids: [ids.乙二, ids.丙三], decision: 'DISMISSED', reason: '车辆已报废注销' } });
    expect(both.data!.reviewFindings.map((f: { status: string }) => f.status)).toEqual(['DISMISSED', 'DISMISSED']);
    const logs = await ownerQuery(`select actor_name, diff from audit_log where action = 'finding.reviewed' order by pos`);
    expect(logs).toHaveLength(3);
    expect(logs[2].diff.changes.reason.after).toBe('车辆已报废注销');
  });

  it('a stale version (a change committed in between) fails with CONFLICT', async () => {
    const { Finding } = await import('../src/modules/crosscheck/finding.entity');
    const { flushAfterConcurrentCommit } = await import('./harness');
    const err = await flushAfterConcurrentCommit(t, Finding, ids.戊五, (f) => {
      f.status = 'CONFIRMED';
    });
    expect((err as Error).name).toBe('OptimisticLockError');
  });
});

describe('the owning department’s task', () => {
  it('only the owning department completes it; 停止发放 stops the benefit through the benefits module', async () => {
    expect(code(await as('town1', TASK, { id: ids.甲一, o: 'STOPPED', n: '已停发低保' }))).toBe('FORBIDDEN');
    const other = await as('renshe1', TASK, { id: ids.甲一, o: 'STOPPED', n: '已停发低保' });
    expect(code(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toContain('两不变');
    const done = await as('officer', TASK, { id: ids.甲一, o: 'STOPPED', n: '已停发低保' });
    expect(done.data!.completeFindingTask).toMatchObject({ taskStatus: 'DONE', taskOutcome: 'STOPPED' });
    const [b] = await ownerQuery(`select status, end_date::text as end from benefit where id = $1`, [benefits.甲一]);
    expect(b).toEqual({ status: 'STOPPED', end: today });
    expect(code(await as('officer', TASK, { id: ids.甲一, o: 'KEPT', n: '再次处理' }))).toBe('INVALID_STATE');
    expect(code(await as('officer', TASK, { id: ids.丁四, o: 'KEPT', n: '尚未复核' }))).toBe('INVALID_STATE');
    const [log] = await ownerQuery(`select diff from audit_log where action = 'finding.task_completed'`);
    expect(log.diff.changes.taskOutcome.after).toBe('STOPPED');
    expect((await ownerQuery(`select 1 from audit_log where action = 'benefit.status_changed'`)).length).toBe(1);
  });
});

describe('stats, catalogue, to-dos, supervision, job', () => {
  it('counts by status, rule and town in the caller’s area', async () => {
    const r = await as(
      'town1',
      `{ findingStats { total { pending confirmed dismissed tasksPending } byRule { ruleNo ruleName pending } byTown { areaCode areaName pending dismissed } } }`,
    );
    expect(r.data!.findingStats.total).toEqual({ pending: 1, confirmed: 1, dismissed: 2, tasksPending: 0 });
    expect(r.data!.findingStats.byRule).toContainEqual({ ruleNo: 1, ruleName: '死亡人员仍享受救助', pending: 1 });
    expect(r.data!.findingStats.byTown).toEqual([{ areaCode: AREAS.town1, areaName: '一镇', pending: 1, dismissed: 2 }]);
  });

  it('lists the 15 rules with parameters and rule 16 reserved', async () => {
    const r = await as('joint', `{ crosscheckRules { no name severity version effectiveFrom implemented parameters { label value } } }`);
    const rules = r.data!.crosscheckRules;
    expect(rules.map((x: { no: number }) => x.no)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(rules[15]).toMatchObject({ name: '疑似漏救', implemented: false });
    expect(rules[2].parameters[0]).toEqual({ label: '不计的车辆类型', value: '摩托车、残疾人机动轮椅车、电动自行车、三轮、低速' });
    expect(rules[4].parameters[0].value).toBe('100000.00 元');
  });

  it('shows 待复核疑点 to the town window, 待处理疑点任务 to the department, overdue findings on the supervision board', async () => {
    await ownerQuery(`update finding set due_date = $1 where id = $2`, [daysFrom(today, -1), ids.戊五]);
    const town = await as('town1', `{ myTodos { findingsToReview findingTasks } supervisionBoard { overdueFindings } }`);
    expect(town.data).toEqual({ myTodos: { findingsToReview: 1, findingTasks: null }, supervisionBoard: { overdueFindings: 1 } });
    const village = await as('village1a', `{ myTodos { findingsToReview } }`);
    expect(village.data!.myTodos.findingsToReview).toBeNull();
    await as('town1', REVIEW, { i: { ids: [ids.丁四], decision: 'CONFIRMED' } }); // not in town1: refused
    const officer = await as('officer', `{ myTodos { findingTasks } }`);
    expect(officer.data!.myTodos.findingTasks).toBe(0);
    const renshe = await as('renshe1', `{ myTodos { findingTasks } }`);
    expect(renshe.data!.myTodos.findingTasks).toBe(0);
    const overdue = await as('town1', LIST, { f: { overdue: true } });
    expect(overdue.data!.findings.items.map((i: { personName: string }) => i.personName)).toEqual(['戊五']);
  });

  it('runCrosscheck queues the 全面比对 job (town window only), which runs every rule and then the discovery rules, with progress', async () => {
    expect(code(await as('village1a', `mutation { runCrosscheck }`))).toBe('FORBIDDEN');
    const r = await as('town1', `mutation { runCrosscheck }`);
    const jobId = r.data!.runCrosscheck;
    const again = await as('town1', `mutation { runCrosscheck }`);
    expect(again.data!.runCrosscheck).toBe(jobId);
    await t.runJobs();
    const [job] = await ownerQuery(`select status, total, processed, kind from job where id = $1`, [jobId]);
    // 15 cross-check rules and one step for the discovery rules (modules/discovery).
    expect(job).toEqual({ status: 'DONE', total: 16, processed: 16, kind: 'crosscheck' });
    expect(await ownerQuery(`select 1 from audit_log where action = 'discovery.run'`)).toHaveLength(1);
    expect((await ownerQuery(`select count(distinct rule_no)::int as n from crosscheck_run where job_id = $1`, [jobId]))[0].n).toBe(15);
    const j = await as('town1', `query($id: ID!) { job(id: $id) { kindName status } }`, { id: jobId });
    expect(j.data!.job).toEqual({ kindName: '全面比对', status: 'DONE' });
  });
});

describe('CLI', () => {
  it('crosscheck --json prints the counts per rule number as its last line', async () => {
    const lines: string[] = [];
    const rc = await crosscheckCommand(t.system('cli-crosscheck'), { json: true }, (m) => lines.push(m));
    expect(rc).toBe(0);
    const out = JSON.parse(lines[lines.length - 1]);
    expect(Object.keys(out.rules)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    for (const v of Object.values(out.rules)) expect(Object.keys(v as object).sort()).toEqual(['found', 'new', 'resolved']);
    // 甲一's 低保 was stopped by the department: no longer found, its CONFIRMED finding stays.
    expect(out.rules['3']).toEqual({ found: 3, new: 0, resolved: 0 });
    expect(typeof out.ms).toBe('number');
  });

  it('findings:export writes every open finding with the full ID number and logs the reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'findings-'));
    const csv = path.join(dir, 'f.csv');
    const n = await exportFindings(t.system('cli-findings-export'), csv, '年度核查报送');
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('规则编号,规则,姓名,身份证号,区划代码,状态,依据,截止日期');
    expect(rows).toHaveLength(n + 1);
    const [p] = await ownerQuery(`select id_enc from person where name = '戊五'`);
    const full = t.runtime.fieldCrypto.decrypt(p.id_enc);
    expect(rows.find((r) => r.includes('戊五'))).toContain(full);
    expect(rows.find((r) => r.includes('戊五'))).toContain('待复核');
    const xlsx = path.join(dir, 'f.xlsx');
    expect(await exportFindings(t.system('cli-findings-export'), xlsx, '年度核查报送')).toBe(n);
    expect(fs.statSync(xlsx).size).toBeGreaterThan(1000);
    const logs = await ownerQuery(`select actor_name, diff from audit_log where action = 'finding.exported'`);
    expect(logs).toHaveLength(2);
    expect(logs[0].actor_name).toBe('系统(findings-export)');
    expect(logs[0].diff.detail.reason).toBe('年度核查报送');
    await expect(exportFindings(t.system('x'), path.join(dir, 'f.txt'), '年度核查报送')).rejects.toThrow('.csv');
  });
});
