import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCrypto } from '../src/shared/field-crypto';
import { RequestContext } from '../src/graphql/request-context';
import { exporterOf } from '../src/modules/exports/exporter';
import { exportListToFile } from '../src/modules/exports/export.service';
import '../src/modules/exports/lists';
import { neutralise } from '../src/modules/exports/xlsx-writer';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TEST_FIELD_KEY, TestApp } from './harness';
import { exportHelpers } from './support/export-helpers';
import { household, member } from './ledger-fixture';

/**
 * List exports (modules/exports, ADR 0031): every exporter writes the rows of its list page for the same
 * filter and reader, masked unless unmasked with the permission and a reason, refused without the
 * export permission, large ones as a job with progress, every export in the operation log, and text that
 * a spreadsheet would run as a formula neutralised. Files are read back with the roster import's reader.
 */
let t: TestApp;
const cookies: Record<string, string> = {};
const hh: Record<string, string> = {};
const head: Record<string, string> = {};
const ids: Record<string, string> = {};
const INJECTED = ['=HYPERLINK("http://example.invalid/x","点我")', '+1', '-2', '@SUM(A1:A2)', '\t=1+1'];

const { tmp, sheet, exportAs, column, list, lastLog, cleanup } = exportHelpers(() => t, cookies, 'exports-test');
const sorted = (xs: Array<string | null | undefined>) => xs.map((x) => x ?? '').sort();

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  for (const [key, area, name] of [
    ['a', AREAS.village1a, '张一'],
    ['b', AREAS.village1b, '李二'],
    ['c', AREAS.village2a, '王三'],
  ] as const) {
    hh[key] = await household(t, area, [member(name, '19700101', 'HEAD'), member(`${name}妻`, '19720101', 'SPOUSE', 'F')]);
    head[key] = (await ownerQuery(`select id from person where name = $1`, [name]))[0].id;
  }
  await ownerQuery(`update household set address = $1 where id = $2`, [INJECTED[0], hh.a]);

  const finding = (area: string, person: string, status: string, summary: string, note: string | null) =>
    ownerQuery(
      `insert into finding (id, rule_no, rule_code, rule_version, severity, status, subject_key, area_code, fingerprint, summary, evidence, due_date,
                            person_name, id_masked, task_note, created_at, updated_at)
       values ($1, 1, 'R', 1, 'HIGH', $2, $3, $4, $5, $6, '{}', current_date + 5, $7, '500199********0011', $8, now(), now())`,
      [randomUUID(), status, randomUUID(), area, randomUUID().slice(0, 32), summary, person, note],
    );
  await finding(AREAS.village1a, '张一', 'PENDING', INJECTED[1], INJECTED[2]);
  await finding(AREAS.village1b, '李二', 'CONFIRMED', INJECTED[3], INJECTED[4]);
  await finding(AREAS.village2a, '王三', 'PENDING', '普通依据', null);

  const visit = (h: string, area: string, status: string) =>
    ownerQuery(
      `insert into visit_task (id, rule_code, subject_key, household_id, area_code, summary, due_date, status) values ($1, 'DEATH', $2, $3, $4, '走访', current_date + 3, $5)`,
      [randomUUID(), randomUUID(), h, area, status],
    );
  await visit(hh.a, AREAS.village1a, 'OPEN');
  await visit(hh.b, AREAS.village1b, 'OPEN');
  await visit(hh.c, AREAS.village2a, 'OPEN');

  const fc = new FieldCrypto(TEST_FIELD_KEY);
  for (const [i, status] of ['DELIVERED', 'DEAD', 'DELIVERED'].entries()) {
    await ownerQuery(
      `insert into sms_message (id, idempotency_key, event_id, event_type, template_code, recipient_kind, phone_enc, phone_masked, content, area_code, status, next_attempt_at)
       values (gen_random_uuid(), $1, gen_random_uuid(), 'application.accepted', 'ACCEPTED', 'APPLICANT', $2, '139****0000', $3, $4, $5, now())`,
      [`exp-${i}`, fc.encrypt('13900000000'), i === 0 ? '=1+1 您的申请已受理' : '您的申请已受理', AREAS.village1a, status],
    );
  }
  for (const u of ['town1', 'village1a', 'village2a', 'officer', 'joint', 'sysadmin', 'auditadmin']) cookies[u] = await t.cookieFor(u);

  // Two accepted applications of town 1 with one 民政 referral each (rows as the workflow writes them; the workflow has its own tests).
  const [mz] = await ownerQuery(`select id from department where code = 'MINZHENG'`);
  for (const [key, area] of [
    ['a', AREAS.village1a],
    ['b', AREAS.village1b],
  ] as const) {
    ids[key] = randomUUID();
    await ownerQuery(
      `insert into application (id, household_id, area_code, channel, status, receipt_no, created_at, created_by_name) values ($1, $2, $3, 'WINDOW', 'ACCEPTED', $4, now(), '测试')`,
      [ids[key], hh[key], area, `SL-EXP-${key}`],
    );
    await ownerQuery(
      `insert into referral (id, application_id, household_id, area_code, program_code, department_id, clock_start, limit_days, sign_due, status)
       values ($1, $2, $3, $4, 'DIBAO', $5, current_date, 20, current_date + 2, 'PENDING_SIGN')`,
      [randomUUID(), ids[key], hh[key], area, mz.id],
    );
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
  cleanup();
});

describe('each export has the rows of its list page for the same filter', () => {
  it('户籍台账: members of the households the list shows, one row each, masked', async () => {
    const filter = { areaCode: AREAS.town1 };
    const { households } = await list(
      'town1',
      `query($f: HouseholdFilterInput) { households(filter: $f, pageSize: 100) { items { members { name idMasked } } } }`,
      { f: filter },
    );
    const members = households.items.flatMap((h: { members: Array<{ name: string; idMasked: string }> }) => h.members);
    const out = await exportAs('town1', 'households', filter);
    expect(out.status).toBe(200);
    expect(sorted(column(out.rows, '姓名'))).toEqual(sorted(members.map((m: { name: string }) => m.name)));
    expect(sorted(column(out.rows, '身份证号（脱敏）'))).toEqual(sorted(members.map((m: { idMasked: string }) => m.idMasked)));
    expect(JSON.stringify(out.rows)).not.toMatch(/\d{17}[\dX]/);
  });

  it('比对疑点: the findings of the filter, in the list’s order', async () => {
    for (const filter of [{}, { status: 'PENDING' }]) {
      const { findings } = await list('town1', `query($f: FindingFilterInput) { findings(filter: $f, pageSize: 100) { items { personName } } }`, { f: filter });
      const out = await exportAs('town1', 'findings', filter);
      expect(out.status).toBe(200);
      expect(column(out.rows, '姓名')).toEqual(findings.items.map((f: { personName: string }) => f.personName));
    }
    // Scope: a town's export holds its town only, a village its village.
    expect(sorted(column((await exportAs('town1', 'findings')).rows, '姓名'))).toEqual(['张一', '李二']);
    expect(column((await exportAs('village2a', 'findings')).rows, '姓名')).toEqual(['王三']);
  });

  it('转办单 and 申请: as the department and the window list them', async () => {
    const { referrals } = await list('officer', `{ referrals(pageSize: 100) { items { receiptNo } } }`);
    const refs = await exportAs('officer', 'referrals');
    expect(refs.status).toBe(200);
    expect(referrals.items).toHaveLength(2);
    expect(column(refs.rows, '受理号')).toEqual(referrals.items.map((r: { receiptNo: string }) => r.receiptNo));
    const { applications } = await list('town1', `query($f: ApplicationFilterInput) { applications(filter: $f, pageSize: 100) { items { receiptNo } } }`, {
      f: { keyword: '张一' },
    });
    const apps = await exportAs('town1', 'applications', { keyword: '张一' });
    expect(column(apps.rows, '受理号')).toEqual(applications.items.map((a: { receiptNo: string }) => a.receiptNo));
    expect(applications.items).toHaveLength(1);
    // Another town's window sees none of town 1's applications.
    expect((await exportAs('village2a', 'applications')).rows.slice(1)).toEqual([]);
  });

  it('走访任务, 短信记录 and 操作日志', async () => {
    const { visitTasks } = await list('town1', `{ visitTasks(pageSize: 100, status: OPEN) { items { headName } } }`);
    const visits = await exportAs('town1', 'visit-tasks', { status: 'OPEN' });
    expect(column(visits.rows, '户主')).toEqual(visitTasks.items.map((v: { headName: string }) => v.headName));
    expect(sorted(column(visits.rows, '户主'))).toEqual(['张一', '李二']);

    const { smsMessages } = await list('sysadmin', `{ smsMessages(pageSize: 100, status: DELIVERED) { items { content phoneMasked } } }`);
    const sms = await exportAs('sysadmin', 'sms-messages', { status: 'DELIVERED' });
    expect(column(sms.rows, '内容')).toEqual(smsMessages.items.map((m: { content: string }) => neutralise(m.content)));
    expect(column(sms.rows, '手机号（脱敏）')).toEqual(['139****0000', '139****0000']);

    const filter = { action: 'household.exported' };
    const { auditLogs } = await list('auditadmin', `query($f: AuditLogFilterInput) { auditLogs(filter: $f, pageSize: 100) { items { id actorName } } }`, {
      f: filter,
    });
    const logs = await exportAs('auditadmin', 'audit-logs', filter);
    expect(auditLogs.items.length).toBeGreaterThan(0);
    expect(column(logs.rows, '序号')).toEqual(auditLogs.items.map((r: { id: string }) => r.id));
    // The export logs itself once, not a search per page.
    expect((await lastLog('audit.exported'))!.diff.detail).toMatchObject({
      list: 'AUDIT_LOGS',
      rows: auditLogs.items.length,
      filter: { action: 'household.exported' },
    });
  });

  it('用户: the accounts the user list shows, for a town filter', async () => {
    const filter = { areaCode: AREAS.town1 };
    const { users } = await list('sysadmin', `query($a: String) { users(areaCode: $a, pageSize: 100) { items { username } } }`, { a: filter.areaCode });
    const out = await exportAs('sysadmin', 'users', filter);
    expect(column(out.rows, '用户名')).toEqual(users.items.map((u: { username: string }) => u.username));
    expect(sorted(column(out.rows, '用户名'))).toEqual(['norights', 'town1', 'village1a', 'village1b']);
    expect((await exportAs('town1', 'users')).status).toBe(403);
  });
});

describe('会商, 公示, 留言, 导入记录, 核查: each export has its list operation’s rows; refused without the list’s permission', () => {
  beforeAll(async () => {
    const [mz] = await ownerQuery(`select id from department where code = 'MINZHENG'`);
    // 个案会商: town 1's 甲村 case discussed (a meeting, a 民政 task), 乙村's pending, town 2's pending.
    const cases: Record<string, string> = {};
    for (const [key, area, status] of [
      ['a', AREAS.village1a, 'DISCUSSED'],
      ['b', AREAS.village1b, 'PENDING'],
      ['c', AREAS.village2a, 'PENDING'],
    ] as const) {
      cases[key] = randomUUID();
      await ownerQuery(
        `insert into consultation_case (id, household_id, level, area_code, reason, status, raised_by_name, raised_at) values ($1, $2, 'TOWN', $3, '因病致贫', $4, '测试', now())`,
        [cases[key], hh[key], area, status],
      );
    }
    const meeting = randomUUID();
    await ownerQuery(
      `insert into joint_meeting (id, level, area_code, meeting_date, place, recorder, recorded_by_name, recorded_at) values ($1, 'TOWN', $2, current_date, '会议室', '记录员', '测试', now())`,
      [meeting, AREAS.town1],
    );
    await ownerQuery(
      `insert into joint_meeting_case (id, meeting_id, case_id, area_code, meeting_date, decision) values (gen_random_uuid(), $1, $2, $3, current_date, '民政跟进')`,
      [meeting, cases.a, AREAS.village1a],
    );
    await ownerQuery(
      `insert into consultation_task (id, case_id, meeting_id, department_id, area_code, content, clock_start, limit_days, due_date, warn_date, created_at)
       values (gen_random_uuid(), $1, $2, $3, $4, '落实临时救助', current_date, 10, current_date + 14, current_date + 10, now())`,
      [cases.a, meeting, mz.id, AREAS.village1a],
    );
    // 公示: 甲村's entry up, 乙村's ended.
    for (const [key, status] of [
      ['a', 'ACTIVE'],
      ['b', 'ENDED'],
    ] as const) {
      const [ref] = await ownerQuery(`select id, area_code from referral where application_id = $1`, [ids[key]]);
      await ownerQuery(
        `insert into publicity_entry (id, referral_id, application_id, area_code, program_code, name_masked, area_name, household_size, amount_fen, starts_on, ends_on, status, taken_down_at)
         values (gen_random_uuid(), $1, $2, $3, 'DIBAO', $4, '一镇', 2, 60000, current_date, current_date + 7, $5, $6)`,
        [ref.id, ids[key], ref.area_code, `${key}**`, status, status === 'ACTIVE' ? null : new Date()],
      );
    }
    // 留言: town 1 pending and replied, town 2 pending.
    for (const [no, area, status] of [
      ['LYEXP1', AREAS.town1, 'PENDING'],
      ['LYEXP2', AREAS.town1, 'REPLIED'],
      ['LYEXP3', AREAS.town2, 'PENDING'],
    ] as const) {
      await ownerQuery(
        `insert into portal_message (id, message_no, category, area_code, title, content, writer_name, phone_enc, phone_bidx, phone_masked, public_wanted, status, due_date)
         values (gen_random_uuid(), $1, 'POLICY', $2, '咨询', '内容', '张三', 'x', $1, '138****0000', false, $3, current_date + 5)`,
        [no, area, status],
      );
    }
    // 导入记录: two batches of 民政 (the officer's department).
    for (const [dataset, file] of [
      ['roster', '低保名册.xlsx'],
      ['deaths', '死亡名单.xlsx'],
    ]) {
      await ownerQuery(
        `insert into import_batch (id, dataset, status, file_name, file_hash, department_id, area_code, rows, requested_by_name) values (gen_random_uuid(), $1, 'DONE', $2, $5, $3, $4, 10, '测试')`,
        [dataset, file, mz.id, AREAS.district, `hash-${dataset}`],
      );
    }
    // 核查: 甲村 and town 2's 甲村.
    for (const [key, area] of [
      ['a', AREAS.village1a],
      ['c', AREAS.village2a],
    ] as const) {
      const auth = randomUUID();
      await ownerQuery(
        `insert into household_authorisation (id, household_id, area_code, signed_on, valid_until, scope, recorded_by_name) values ($1, $2, $3, current_date, current_date + 180, '{DATA_MATCH}', '测试')`,
        [auth, hh[key], area],
      );
      await ownerQuery(
        `insert into verification (id, no, household_id, area_code, authorisation_id, status, due_date, started_by_name) values (gen_random_uuid(), $1, $2, $3, $4, 'OPEN', current_date + 10, '测试')`,
        [`HC-EXP-${key}`, hh[key], area, auth],
      );
    }
  });

  // op: the list page's query (its items' key field as `v`); filter: the same filter as the export's; expected: scope and filter applied.
  it.each([
    {
      slug: 'consultation-cases',
      user: 'town1',
      refused: 'sysadmin',
      op: `{ consultationCases(status: PENDING, pageSize: 100) { items { v: headName } } }`,
      filter: { status: 'PENDING' },
      header: '户主',
      expected: ['李二'],
      action: 'consultation.cases_exported',
    },
    {
      slug: 'consultation-tasks',
      user: 'officer',
      refused: 'sysadmin',
      op: `{ consultationTasks(status: OPEN, pageSize: 100) { items { v: content } } }`,
      filter: { status: 'OPEN' },
      header: '任务内容',
      expected: ['落实临时救助'],
      action: 'consultation.tasks_exported',
    },
    {
      slug: 'publicity-entries',
      user: 'town1',
      refused: 'sysadmin',
      op: `{ publicityEntries(status: ACTIVE, areaCode: "${AREAS.town1}", pageSize: 100) { items { v: nameMasked } } }`,
      filter: { status: 'ACTIVE', areaCode: AREAS.town1 },
      header: '姓名（公示）',
      expected: ['a**'],
      action: 'publicity.exported',
    },
    {
      slug: 'portal-messages',
      user: 'town1',
      refused: 'village1a',
      op: `{ portalMessages(status: PENDING, pageSize: 100) { items { v: messageNo } } }`,
      filter: { status: 'PENDING' },
      header: '留言编号',
      expected: ['LYEXP1'],
      action: 'portal.messages_exported',
    },
    {
      slug: 'import-batches',
      user: 'officer',
      refused: 'town1',
      op: `{ importBatches(filter: { dataset: ROSTER }, page: 1, pageSize: 100) { items { v: fileName } } }`,
      filter: { dataset: 'ROSTER' },
      header: '文件',
      expected: ['低保名册.xlsx'],
      action: 'import.batches_exported',
    },
    {
      slug: 'verifications',
      user: 'town1',
      refused: 'sysadmin',
      op: `{ verifications(filter: { status: OPEN }, page: 1, pageSize: 100) { items { v: no } } }`,
      filter: { status: 'OPEN' },
      header: '核查编号',
      expected: ['HC-EXP-a'],
      action: 'verification.exported',
    },
  ])('$slug', async ({ slug, user, refused, op, filter, header, expected, action }) => {
    const data = await list<Record<string, { items: Array<{ v: string }> }>>(user, op);
    const items = Object.values(data)[0].items.map((x) => x.v);
    expect(items).toEqual(expected);
    const out = await exportAs(user, slug, filter);
    expect(out.status).toBe(200);
    expect(column(out.rows, header)).toEqual(items);
    expect(JSON.stringify(out.rows)).not.toMatch(/1[3-9]\d{9}|\d{17}[\dX]/);
    expect((await lastLog(action))!.diff.detail).toMatchObject({ list: slug.toUpperCase().replace(/-/g, '_'), rows: items.length });
    expect((await exportAs(refused, slug, filter)).status).toBe(403);
  });
});

describe('formula injection', () => {
  it('cells starting with = + - @ (or a tab) are written as text with a leading quote and read back so', async () => {
    const ledger = await exportAs('village1a', 'households');
    expect(column(ledger.rows, '地址')).toContain(`'${INJECTED[0]}`);
    const findings = await exportAs('town1', 'findings');
    const cells = findings.rows.flat();
    for (const v of [INJECTED[1], INJECTED[2], INJECTED[3]]) expect(cells).toContain(`'${v}`);
    expect(cells).toContain(`'${INJECTED[4]}`);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(neutralise('普通文字')).toBe('普通文字');
    expect(neutralise(-2)).toBe(-2); // numbers are not formulas
  });
});

describe('masking, permission and the operation log', () => {
  it('masked by default; full ID numbers only with household.unmask and a reason, logged as such', async () => {
    const noReason = await exportAs('village1a', 'households', {}, '&unmask=1');
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toContain('说明理由');
    const full = await exportAs('village1a', 'households', {}, `&unmask=1&reason=${encodeURIComponent('低保年审核对身份')}`);
    expect(full.status).toBe(200);
    expect(full.rows[0]).toContain('身份证号');
    expect(column(full.rows, '身份证号').every((v) => /^\d{17}[\dX]$/.test(v))).toBe(true);
    expect((await lastLog('household.exported'))!.diff.detail).toMatchObject({ unmasked: true, reason: '低保年审核对身份', households: 1 });
    // A list without full identifiers refuses to unmask.
    expect((await exportAs('town1', 'findings', {}, '&unmask=1&reason=abcd')).status).toBe(400);
    // Every role with household.export also holds household.unmask today; an actor with the one and not the other exports masked only.
    const [u] = await ownerQuery(`select id from app_user where username = 'village1a'`);
    const exportOnly = new RequestContext({
      em: t.orm.em.fork(),
      requestId: 'exports-test',
      runtime: t.runtime,
      actor: {
        kind: 'user',
        id: u.id,
        name: '只能导出',
        username: 'village1a',
        roles: [],
        permissions: new Set(['household.read', 'household.export']),
        areaCode: AREAS.village1a,
      },
    });
    const file = path.join(tmp, 'export-only.xlsx');
    expect(await exportListToFile(exportOnly, exporterOf('HOUSEHOLDS')!, { filter: {} }, file)).toBe(1);
    await expect(exportListToFile(exportOnly, exporterOf('HOUSEHOLDS')!, { filter: {}, unmask: true, reason: '核对身份信息' }, file)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('refused without the list’s export permission; every export is logged with its list, filter and rows', async () => {
    const joint = await exportAs('joint', 'households');
    expect(joint.status).toBe(403);
    expect(joint.body.message).toMatch(/没有权限/);
    expect((await exportAs('town1', 'audit-logs')).status).toBe(403);
    expect((await exportAs('town1', 'sms-messages')).status).toBe(403);
    expect((await exportAs('town1', 'nothing')).status).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/files/exports/findings.xlsx' })).statusCode).toBe(401);
    const bad = await exportAs('town1', 'findings', { severity: 'HUGE' });
    expect(bad.status).toBe(400);

    await exportAs('town1', 'findings', { status: 'PENDING' });
    const log = await lastLog('finding.exported');
    expect(log).toMatchObject({ actor_name: '测试town1', diff: { detail: { list: 'FINDINGS', filter: { status: 'PENDING' }, rows: 1 } } });
    for (const action of ['household.exported', 'referral.exported', 'application.exported', 'discovery.visits_exported', 'sms.exported', 'audit.exported']) {
      expect(await lastLog(action), action).toBeDefined();
    }
  });
});

describe('large exports run as a job', () => {
  it('over the direct limit: USE_EXPORT_JOB, then a job with progress whose file downloads (requester only), logged', async () => {
    await ownerQuery(
      `insert into finding (id, rule_no, rule_code, rule_version, severity, status, subject_key, area_code, fingerprint, summary, evidence, due_date, person_name, created_at, updated_at)
       select gen_random_uuid(), 2, 'R', 1, 'LOW', 'RESOLVED', gen_random_uuid()::text, $1, md5(random()::text), '已消除', '{}', current_date, '批量' || g, now(), now()
       from generate_series(1, 2050) g`,
      [AREAS.village1a],
    );
    const direct = await exportAs('town1', 'findings', { status: 'RESOLVED' });
    expect(direct.status).toBe(400);
    expect(direct.body.error).toBe('USE_EXPORT_JOB');

    const started = await t.gql(
      `mutation($f: ExportFiltersInput) { startListExport(list: FINDINGS, filters: $f) { id kind title status } }`,
      { f: { findings: { status: 'RESOLVED' } } },
      { cookie: cookies.town1 },
    );
    expect(started.errors).toBeUndefined();
    const job = started.data!.startListExport;
    expect(job).toMatchObject({ kind: 'finding-export', title: '疑点导出（2050 条）', status: 'QUEUED' });
    expect((await lastLog('finding.exported'))!.diff.detail).toMatchObject({ list: 'FINDINGS', rows: 2050, jobId: job.id });

    await t.runJobs();
    const done = (await list('town1', `query($id: ID!) { job(id: $id) { status total processed progress downloadUrl } }`, { id: job.id })).job;
    expect(done).toMatchObject({ status: 'DONE', total: 2050, processed: 2050, progress: 100, downloadUrl: `/api/jobs/${job.id}/file` });
    const file = await t.app.inject({ method: 'GET', url: done.downloadUrl, headers: { cookie: cookies.town1 } });
    expect(file.statusCode).toBe(200);
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain('比对疑点-');
    const rows = await sheet(file.rawPayload);
    expect(rows).toHaveLength(2051);
    expect((await lastLog('export.downloaded'))!.diff.detail).toMatchObject({ list: 'FINDINGS', rows: 2050 });
    // Another user (with the same permission) cannot download it.
    expect((await t.app.inject({ method: 'GET', url: done.downloadUrl, headers: { cookie: cookies.village1a } })).statusCode).toBe(404);
    // Without the permission the job cannot be started.
    const refused = await t.gql(`mutation { startListExport(list: SMS_MESSAGES) { id } }`, {}, { cookie: cookies.town1 });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  }, 60_000);
});
