import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeBenefitStatus, recordBenefit } from '../src/modules/household/benefit.service';
import { moveMember } from '../src/modules/household/membership.service';
import { createDepartment } from '../src/modules/department/department.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';
import { createUser } from '../src/modules/user/user.service';

/**
 * 重复救 at intake: a program the member (per-member programs) or the household (per-household
 * programs) already receives — 享受中 or 渐退 — or has pending is refused with the existing record
 * (DUPLICATE_ASSISTANCE), unless the window gives a reason, which the department sees on the
 * referral and the operation log keeps.
 */

let t: TestApp;
let hh: string;
let other: string;
let head: string;
let child1: string;
let child2: string;

const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id receiptNo referralIds } }`;

async function register(programs: Array<Record<string, unknown>>, householdId = hh, applicant = head, who = 'town1') {
  return t.gql(REGISTER, { i: { householdId, applicantPersonId: applicant, programs, authorizationSigned: true } }, { cookie: await t.cookieFor(who) });
}

const counts = () =>
  ownerQuery(
    `select (select count(*) from application)::int as a, (select count(*) from referral)::int as r, (select count(*) from outbox_event)::int as o, (select count(*) from benefit)::int as b`,
  );

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('dup-test', AREAS.district);
  const jiaoyu = await createDepartment(sys, { code: 'JIAOYU', name: '测试区教委', shortName: '教委' });
  await createUser(sys, {
    username: 'informant1',
    displayName: '信息员',
    areaCode: AREAS.village1a,
    roles: ['INFORMANT'],
    informantKind: 'SOCIAL_WORKER',
    password: PASSWORD,
  });
  await createUser(sys, {
    username: 'jiaoyu1',
    displayName: '教委经办',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: jiaoyu.id,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(t, AREAS.village1a, [
    member('重一', '19800101', 'HEAD'),
    member('重二', '20150301', 'SON'),
    member('重三', '20170301', 'DAUGHTER', 'F'),
  ]);
  other = await household(t, AREAS.village1a, [member('另一', '19820101', 'HEAD')]);
  const people = await ownerQuery(`select p.id, p.name from person p where p.household_id = $1`, [hh]);
  const id = (n: string) => people.find((p) => p.name === n)!.id;
  [head, child1, child2] = [id('重一'), id('重二'), id('重三')];
  await recordBenefit(sys, {
    householdId: hh,
    personId: child1,
    programCode: 'EDU',
    status: 'ACTIVE',
    monthlyAmountFen: 10000,
    startDate: '2026-09-01',
    source: 'DECISION',
    sourceRef: 'SJ20260901101000001',
  });
  await recordBenefit(sys, { householdId: hh, programCode: 'DIBAO', status: 'PHASE_OUT', monthlyAmountFen: 30000, startDate: '2026-03-01', source: 'ROSTER' });
});
afterAll(async () => t?.close());

describe('重复救 at intake', () => {
  it('a member who already receives 教育救助 (享受中): refused with the existing record, nothing written; another member may apply', async () => {
    const before = await counts();
    const res = await register([{ programCode: 'EDU', personId: child1 }]);
    expect(res.data).toBeNull();
    const e = res.errors![0];
    expect(e.extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    expect(e.message).toMatch(/重复救助：教育救助：重二 教育救助享受中（测试区教委，受理号 SJ20260901101000001）/);
    expect(e.message).toMatch(/请填写重复申请说明/);
    expect((e.extensions as any).duplicates).toEqual([
      {
        programCode: 'EDU',
        programName: '教育救助',
        personId: child1,
        existing: [
          expect.objectContaining({
            kind: 'BENEFIT',
            status: 'ACTIVE',
            statusName: '享受中',
            departmentName: '测试区教委',
            personName: '重二',
            startDate: '2026-09-01',
            monthlyAmountFen: 10000,
            inScope: true,
          }),
        ],
      },
    ]);
    expect(await counts()).toEqual(before);
    const sibling = await register([{ programCode: 'EDU', personId: child2 }]);
    expect(sibling.errors).toBeUndefined();
  });

  it('a household program in 渐退 counts as receiving; a stopped one does not', async () => {
    const res = await register([{ programCode: 'DIBAO' }]);
    expect(res.errors![0].extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    expect((res.errors![0].extensions as any).duplicates[0].existing[0]).toMatchObject({
      kind: 'BENEFIT',
      status: 'PHASE_OUT',
      statusName: '渐退',
      departmentName: '测试区民政局',
    });
    const [b] = await ownerQuery(`select id, version from benefit where household_id = $1 and program_code = 'DIBAO'`, [hh]);
    await changeBenefitStatus(t.system('dup-test', AREAS.district), b.id, 'STOPPED', '2026-11-30', b.version);
    const again = await register([{ programCode: 'DIBAO' }]);
    expect(again.errors).toBeUndefined();
  });

  it('a pending application (open referral) is a duplicate too, named by its receipt number; every duplicate of one request is listed at once', async () => {
    const first = await register([{ programCode: 'TEMP' }]);
    expect(first.errors).toBeUndefined();
    const res = await register([{ programCode: 'TEMP' }, { programCode: 'EDU', personId: child1 }, { programCode: 'ELDER', personId: head }]);
    expect(res.errors![0].extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    const dups = (res.errors![0].extensions as any).duplicates;
    expect(dups.map((d: any) => d.programCode)).toEqual(['TEMP', 'EDU']);
    expect(dups[0].existing[0]).toMatchObject({
      kind: 'REFERRAL',
      status: 'PENDING_SIGN',
      statusName: '待签收',
      receiptNo: first.data!.registerApplication.receiptNo,
    });
    expect(res.errors![0].message).toContain(`临时救助申请正在办理（待签收）`);
  });

  it('with a reason the window may register it; the department sees reason and existing record, the log keeps them, the shared view does not', async () => {
    const short = await register([{ programCode: 'EDU', personId: child1, duplicateReason: '重新' }]);
    expect(short.errors![0].extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    const reason = '升入初中，按新学段重新申请';
    const ok = await register([{ programCode: 'EDU', personId: child1, duplicateReason: reason }]);
    expect(ok.errors).toBeUndefined();
    const [refId] = ok.data!.registerApplication.referralIds;
    const Q = `query($id: ID!) { referral(id: $id) { referral { access duplicateReason duplicateOf { kind programName statusName departmentName receiptNo } } history { note } } }`;
    const dept = await t.gql(Q, { id: refId }, { cookie: await t.cookieFor('jiaoyu1') });
    expect(dept.data!.referral.referral).toMatchObject({
      access: 'FULL',
      duplicateReason: reason,
      duplicateOf: [{ kind: 'BENEFIT', programName: '教育救助', statusName: '享受中', departmentName: '测试区教委', receiptNo: 'SJ20260901101000001' }],
    });
    expect(dept.data!.referral.history[0].note).toContain(`窗口说明：${reason}`);
    const log = await ownerQuery(`select diff from audit_log where action = 'referral.duplicate_accepted' and entity_id = $1`, [refId]);
    expect(log[0].diff.detail).toMatchObject({ reason, programCode: 'EDU', personId: child1 });
    const joint = await t.gql(Q, { id: refId }, { cookie: await t.cookieFor('joint') });
    expect(joint.data!.referral.referral).toEqual({ access: 'SHARED', duplicateReason: null, duplicateOf: null });
  });

  it('a member who moved keeps the benefit in the former household: applying in the new one is a duplicate', async () => {
    await moveMember(t.system('dup-test', AREAS.district), child1, other, 'SON');
    const res = await register(
      [{ programCode: 'EDU', personId: child1 }],
      other,
      (await ownerQuery(`select head_person_id from household where id = $1`, [other]))[0].head_person_id,
    );
    expect(res.errors![0].extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    expect((res.errors![0].extensions as any).duplicates[0].existing.map((x: any) => x.kind)).toContain('BENEFIT');
  });

  it('confirming a pre-application checks the same way', async () => {
    const pre = await t.gql(
      `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`,
      {
        i: {
          contactName: '重一',
          address: '一镇甲村',
          areaCode: AREAS.village1a,
          programs: [{ programCode: 'EDU' }],
          description: '孩子上学困难',
        },
      },
      { cookie: await t.cookieFor('informant1') },
    );
    const res = await t.gql(
      `mutation($id: ID!, $i: ApplicationInput!) { confirmPreApplication(id: $id, input: $i) { receiptNo } }`,
      {
        id: pre.data!.submitPreApplication,
        i: { householdId: hh, applicantPersonId: head, programs: [{ programCode: 'EDU', personId: child2 }], authorizationSigned: true },
      },
      { cookie: await t.cookieFor('town1') },
    );
    expect(res.errors![0].extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    const status = await ownerQuery(`select status from application where id = $1`, [pre.data!.submitPreApplication]);
    expect(status[0].status).toBe('PENDING_CONFIRM');
  });
});
