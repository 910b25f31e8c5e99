import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdAddress } from '../src/modules/workflow/receipt.service';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';
import { pdfText } from './file-helpers';

/** 系统设置 (the 社会救助服务热线) and what the 受理回执 prints from it and from the area names. */

let t: TestApp;
const SETTINGS = `{ settings { key name value version updatedByName } }`;
const UPDATE = `mutation($k: SettingKey!, $v: String!, $n: Int!) { updateSetting(key: $k, value: $v, version: $n) { key value version updatedByName } }`;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => t?.close());

describe('householdAddress (受理回执 家庭住址)', () => {
  it('prints the place once, whether the clerk typed it into the detail address or not', () => {
    const guihua = { district: '和安区', town: '青石镇', village: '桂花村' };
    expect(householdAddress(guihua, '青石镇桂花村3组18号')).toBe('青石镇桂花村3组18号');
    expect(householdAddress(guihua, '桂花村3组18号')).toBe('青石镇桂花村3组18号');
    expect(householdAddress(guihua, '和安区青石镇桂花村 3组18号')).toBe('青石镇桂花村3组18号');
    expect(householdAddress(guihua, '3组 18 号')).toBe('青石镇桂花村3组 18 号');
    // a village named after its town: its name once
    expect(householdAddress({ district: '测试区', town: '一镇', village: '一镇甲村' }, '一镇甲村3组18号')).toBe('一镇甲村3组18号');
    expect(householdAddress({ district: '测试区', town: '一镇', village: '一镇甲村' }, '一镇3组18号')).toBe('一镇甲村3组18号');
  });
});

describe('系统设置', () => {
  it('the system administrator reads and sets the hotline; every change is in the operation log', async () => {
    const before = await t.gql(SETTINGS, {}, await as('sysadmin'));
    expect(before.errors).toBeUndefined();
    expect(before.data!.settings).toContainEqual({ key: 'ASSISTANCE_HOTLINE', name: '社会救助服务热线', value: null, version: 0, updatedByName: null });
    const set = await t.gql(UPDATE, { k: 'ASSISTANCE_HOTLINE', v: ' 12349 ', n: 0 }, await as('sysadmin'));
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateSetting).toMatchObject({ value: '12349', version: 1 });
    const again = await t.gql(UPDATE, { k: 'ASSISTANCE_HOTLINE', v: '023-61234567', n: 1 }, await as('sysadmin'));
    expect(again.data!.updateSetting).toMatchObject({ value: '023-61234567', version: 2 });
    const log = await ownerQuery(`select action, entity_id, diff from audit_log where action = 'setting.updated' order by pos`);
    expect(log.map((l) => l.entity_id)).toEqual(['ASSISTANCE_HOTLINE', 'ASSISTANCE_HOTLINE']);
    expect(JSON.stringify(log[1].diff)).toContain('12349');
    expect(JSON.stringify(log[1].diff)).toContain('023-61234567');
  });

  it('refuses a stale version, a value that is not a phone number, and everybody but the system administrator', async () => {
    const stale = await t.gql(UPDATE, { k: 'ASSISTANCE_HOTLINE', v: '12345', n: 1 }, await as('sysadmin'));
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const bad = await t.gql(UPDATE, { k: 'ASSISTANCE_HOTLINE', v: '请拨打民政局', n: 2 }, await as('sysadmin'));
    expect(bad.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'value' },
      message: expect.stringMatching(/社会救助服务热线格式不正确/),
    });
    for (const u of ['secadmin', 'town1', 'officer']) {
      expect((await t.gql(SETTINGS, {}, await as(u))).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(UPDATE, { k: 'ASSISTANCE_HOTLINE', v: '12345', n: 2 }, await as(u))).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const now = await ownerQuery(`select value, version from setting`);
    expect(now).toEqual([{ value: '023-61234567', version: 2 }]);
  });

  it('the receipt prints the configured hotline and the address once', async () => {
    const hh = await household(t, AREAS.village1a, [member('钱一', '19700101', 'HEAD')], '一镇甲村3组18号');
    const [head] = await ownerQuery<{ id: string }>(`select p.id from person p join membership m on m.person_id = p.id where m.household_id = $1`, [hh]);
    const reg = await t.gql(
      `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id } }`,
      {
        i: { householdId: hh, applicantPersonId: head.id, programs: [{ programCode: 'ELDER', personId: head.id }], authorizationSigned: true },
      },
      await as('town1'),
    );
    expect(reg.errors).toBeUndefined();
    const pdf = await t.app.inject({ method: 'GET', url: `/api/applications/${reg.data!.registerApplication.id}/receipt.pdf`, headers: await as('town1') });
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).text.replace(/\s+/g, '');
    expect(text).toContain('一镇甲村3组18号');
    expect(text).not.toContain('一镇甲村一镇甲村');
    expect(text).toContain('社会救助服务热线：023-61234567');
    expect(text).toContain('政务服务便民热线：12345');
    expect(text).not.toContain('待配置');
  });
});
