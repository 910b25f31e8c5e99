import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client } from 'pg';
import { catalogueInForce } from '../src/modules/program/catalogue.service';
import { createUser } from '../src/modules/user/user.service';
import { referralLimit } from '../src/modules/workflow/clock';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * Versioned edits of a program's materials, time limits and 公示 ("two unchanged", issue #4 item 4):
 * owner department only, from tomorrow at the earliest, append-only, audited; the catalogue dated
 * before the effective date keeps the old version; referrals get the limit in force when created.
 */

let t: TestApp;
let hh1: string;
let hh2: string;

/** First day of next month, from the China date. */
function nextMonth(): string {
  const [y, m] = todayCn().split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const PROGRAMS = `query($d: String) { programs(asOf: $d) { code materials steps publicity
  materialItems { name required when } stepItems { code name limitDays limitKind clockPaused } totalLimit { days kind extendableTo text }
  publicityRule { required days kind minors }
  versions { id effectiveFrom changes summary reason legalRef recordedBy department inForce } } }`;
const AMEND = `mutation($i: ProgramAmendmentInput!) { amendProgram(input: $i) { code materials steps totalLimit { days text } versions { effectiveFrom summary inForce } } }`;
const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id referralIds } }`;

const dibaoOf = (res: { data: any }) => res.data!.programs.find((p: { code: string }) => p.code === 'DIBAO');

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('program-versions-test', AREAS.district);
  const [renshe] = await ownerQuery<{ id: string }>(`select id from department where code = 'RENSHE'`);
  await createUser(sys, {
    username: 'renshe',
    displayName: '测试人社',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: renshe.id,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  hh1 = await household(t, AREAS.village1a, [member('吴一', '19700101', 'HEAD')]);
  hh2 = await household(t, AREAS.village1a, [member('吴二', '19710101', 'HEAD')]);
});
afterAll(async () => t?.close());

describe('program amendments (materials, time limits, 公示)', () => {
  const from = nextMonth();
  const input = (over: Record<string, unknown> = {}) => ({
    programCode: 'DIBAO',
    effectiveFrom: from,
    materials: [
      { name: '申请书（一表登记）', required: true },
      { name: '户口簿、居民身份证', required: true },
      { name: '家庭经济状况核对授权书（共同生活家庭成员签字）', required: true },
      { name: '个人承诺书', required: true },
      { name: '残疾人证', required: false, when: '有残疾成员时' },
    ],
    steps: [{ code: 'INVESTIGATE', days: 5, kind: 'WORKING' }],
    totalLimit: { days: 20, kind: 'WORKING', extendableTo: 30 },
    legalRef: '和安民发〔2026〕8号（演示）',
    reason: '精简证明材料，压缩办理时限',
    ...over,
  });

  it('the 民政 officer amends 低保 from next month: today shows the old version, next month the new one', async () => {
    const officer = await t.cookieFor('officer');
    const res = await t.gql(AMEND, { i: input() }, { cookie: officer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.amendProgram.materials).toContain('个人承诺书');
    expect(res.data!.amendProgram.totalLimit).toMatchObject({ days: 20, text: '20 个工作日（可延长至 30 个工作日）' });

    const town = await t.cookieFor('town1');
    const today = dibaoOf(await t.gql(PROGRAMS, { d: todayCn() }, { cookie: town }));
    expect(today.materials).not.toContain('个人承诺书');
    expect(today.materials).toContain('家庭收入情况说明（工资、经营、财产、转移收入）');
    expect(today.stepItems.find((s: { code: string }) => s.code === 'INVESTIGATE')).toMatchObject({ limitDays: 3, limitKind: 'WORKING' });
    expect(today.totalLimit).toMatchObject({ days: 30, extendableTo: 45 });
    expect(today.versions).toHaveLength(1);
    expect(today.versions[0]).toMatchObject({
      effectiveFrom: from,
      inForce: false,
      recordedBy: '测试officer',
      department: '测试区民政局',
      legalRef: '和安民发〔2026〕8号（演示）',
    });

    const later = dibaoOf(await t.gql(PROGRAMS, { d: from }, { cookie: town }));
    expect(later.materials).toEqual([
      '申请书（一表登记）',
      '户口簿、居民身份证',
      '家庭经济状况核对授权书（共同生活家庭成员签字）',
      '个人承诺书',
      '残疾人证（如有）（有残疾成员时）',
    ]);
    expect(later.materialItems[4]).toEqual({ name: '残疾人证', required: false, when: '有残疾成员时' });
    expect(later.stepItems.find((s: { code: string }) => s.code === 'INVESTIGATE')).toMatchObject({ limitDays: 5, limitKind: 'WORKING' });
    expect(later.steps.join('\n')).toMatch(/家庭经济状况调查（入户调查、信息核对）：5 个工作日/);
    expect(later.totalLimit).toEqual({ days: 20, kind: 'WORKING', extendableTo: 30, text: '20 个工作日（可延长至 30 个工作日）' });
    expect(later.versions[0].inForce).toBe(true);
    expect(later.versions[0].changes).toEqual(
      expect.arrayContaining(['新增材料：个人承诺书', '删除材料：疾病诊断证明', '家庭经济状况调查（入户调查、信息核对）时限：3 个工作日 → 5 个工作日']),
    );
    expect(later.versions[0].summary).toMatch(/办结时限：30 个工作日（可延长至 45 个工作日） → 20 个工作日/);
    // Other programs are untouched.
    const tekun = (await t.gql(PROGRAMS, { d: from }, { cookie: town })).data!.programs.find((p: { code: string }) => p.code === 'TEKUN');
    expect(tekun.versions).toEqual([]);

    const [log] = await ownerQuery(`select actor_name, entity_id, diff from audit_log where action = 'program.amended'`);
    expect(log.entity_id).toBe('DIBAO');
    expect(log.diff.detail.reason).toBe('精简证明材料，压缩办理时限');
    expect(JSON.stringify(log.diff.changes)).toContain(from);
    expect(JSON.stringify(log.diff.changes)).toMatch(/新增材料：个人承诺书/);
  });

  it('another department gets FORBIDDEN, windows have no right, today or the past is refused, bad values are explained', async () => {
    const other = await t.gql(AMEND, { i: input({ effectiveFrom: '2030-01-01' }) }, { cookie: await t.cookieFor('renshe') });
    expect(other.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(other.errors![0].message).toMatch(/只有测试区民政局可以修改该事项的材料与时限/);
    const town = await t.gql(AMEND, { i: input({ effectiveFrom: '2030-01-01' }) }, { cookie: await t.cookieFor('town1') });
    expect(town.errors![0].extensions!.code).toBe('FORBIDDEN');
    const officer = await t.cookieFor('officer');
    const today = await t.gql(AMEND, { i: input({ effectiveFrom: todayCn() }) }, { cookie: officer });
    expect(today.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'effectiveFrom' } });
    expect(today.errors![0].message).toMatch(/最早从明天起生效/);
    const badStep = await t.gql(
      AMEND,
      {
        i: input({
          effectiveFrom: '2030-01-01',
          materials: null,
          totalLimit: null,
          steps: [
            { code: 'NOPE', days: 3, kind: 'WORKING' },
            { code: 'APPROVE', days: 400, kind: 'WORKING' },
          ],
        }),
      },
      { cookie: officer },
    );
    expect(badStep.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badStep.errors![0].message).toMatch(/没有办理环节 NOPE/);
    expect(badStep.errors![0].message).toMatch(/1–365/);
    const emptyName = await t.gql(AMEND, { i: input({ effectiveFrom: '2030-01-01', materials: [{ name: ' ', required: true }] }) }, { cookie: officer });
    expect(emptyName.errors![0].message).toMatch(/第 1 项材料缺少名称/);
    const same = await t.gql(AMEND, { i: input({ materials: null, steps: null, totalLimit: null, publicity: { required: false } }) }, { cookie: officer });
    expect(same.errors![0].message).toMatch(/已有一次修改，不能改写/);
    const rows = await ownerQuery(`select count(*)::int as n from program_version`);
    expect(rows[0].n).toBe(1);
  });

  it('program_version is append-only for the application role', async () => {
    const c = new Client({ connectionString: inject('appUrl') });
    await c.connect();
    try {
      await expect(c.query(`update program_version set reason = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`delete from program_version`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`truncate program_version`)).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
    expect((await ownerQuery(`select count(*)::int as n from program_version`))[0].n).toBe(1);
  });

  it('referrals get the total limit in force on the day they are created', async () => {
    // The catalogue as of a date: the amendment's limit only from its effective date.
    const sys = t.system('program-versions-test', AREAS.district);
    const dibao = async (d?: string) => (await catalogueInForce(sys, d)).catalogue.programs.find((p) => p.code === 'DIBAO')!;
    expect(referralLimit(await dibao()).days).toBe(30);
    expect(referralLimit(await dibao(todayCn())).days).toBe(30);
    expect(referralLimit(await dibao(from))).toMatchObject({ days: 20, extendableTo: 30 });

    // Registered today: the limit in force today.
    const town = await t.cookieFor('town1');
    const register = async (householdId: string) => {
      const [head] = await ownerQuery<{ id: string }>(`select person_id as id from membership where household_id = $1`, [householdId]);
      const res = await t.gql(
        REGISTER,
        { i: { householdId, applicantPersonId: head.id, programs: [{ programCode: 'DIBAO' }], authorizationSigned: true } },
        { cookie: town },
      );
      expect(res.errors).toBeUndefined();
      const [r] = await ownerQuery<{ limit_days: number }>(`select limit_days from referral where id = $1`, [res.data!.registerApplication.referralIds[0]]);
      return r.limit_days;
    };
    expect(await register(hh1)).toBe(30);

    // The day an amendment takes effect (recorded directly with today's date: the API refuses today).
    const [dept] = await ownerQuery<{ id: string }>(`select id from department where code = 'MINZHENG'`);
    await ownerQuery(
      `insert into program_version (id, program_code, department_id, effective_from, amendment, legal_ref, reason, created_by_name, created_at)
       values ($1, 'DIBAO', $2, $3, $4::jsonb, '测试', '模拟生效日', '测试', now())`,
      [randomUUID(), dept.id, todayCn(), JSON.stringify({ totalLimit: { days: 25, kind: 'WORKING' } })],
    );
    expect(referralLimit(await dibao()).days).toBe(25);
    expect(await register(hh2)).toBe(25);
    // The referral registered earlier keeps its limit.
    const [first] = await ownerQuery<{ limit_days: number }>(`select r.limit_days from referral r where r.household_id = $1`, [hh1]);
    expect(first.limit_days).toBe(30);
  });
});
