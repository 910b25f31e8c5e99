import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startServer } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { systemContext } from '../src/graphql/request-context';
import { verifyChainAt } from '../src/modules/audit/audit-verify';
import { createHousehold } from '../src/modules/household/household.service';
import { checkFieldKeys } from '../src/modules/field-keys/key-check';
import { rotateFieldKeys } from '../src/modules/field-keys/key-rotation';
import { SEALED_TABLES } from '../src/modules/field-keys/sealed-columns';
import { submitPreApplication } from '../src/modules/workflow/application.service';
import { FieldCrypto } from '../src/shared/field-crypto';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TEST_FIELD_KEY, TestApp, TOTP_SECRET } from './harness';
import { makeId } from './ledger-fixture';

const serverDir = path.join(__dirname, '..');
const run = promisify(execFile);

let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  t = await TestApp.open();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-keys-'));
});
afterAll(async () => {
  // Later files (and other starts on this database) use other keys: leave no registered key behind.
  await ownerQuery(`delete from field_key`);
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A system context whose runtime holds the given key ring (what a process configured with it would use). */
const sysWith = (fc: FieldCrypto) => systemContext(t.orm.em, { ...t.runtime, fieldCrypto: fc }, 'key-test');

/** Runs the real server entry point or CLI against the test database with the given key settings. */
function node(args: string[], keys: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: inject('ownerUrl'), DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false' };
  delete env.FIELD_ENCRYPTION_KEY;
  delete env.FIELD_ENCRYPTION_KEY_PREVIOUS;
  Object.assign(env, keys);
  return run(process.execPath, ['-r', './src/register.js', ...args], { cwd: serverDir, env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
}

const hex = (b: Buffer) => b.toString('hex');

describe('the field key must match the stored data (S5, item 14)', () => {
  beforeEach(async () => {
    await resetDatabase();
    await ownerQuery(`delete from field_key`);
    await seedFixture(t); // administrators' TOTP secrets are sealed with the test key
    const ctx = t.system('key-test', AREAS.district);
    await createHousehold(ctx, {
      areaCode: AREAS.village1a,
      address: '测试地址',
      residenceType: 'RURAL',
      members: [{ name: '钥甲', idNumber: makeId('19800101'), relation: 'HEAD', phone: '13812345678' }],
    });
  });

  const config = () => loadConfig({ NODE_ENV: 'test', DATABASE_URL: inject('ownerUrl'), DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false' });
  const start = (key: Buffer) => startServer(config(), () => {}, { NODE_ENV: 'test', FIELD_ENCRYPTION_KEY: hex(key) });

  it('refuses to start with another key, before and after the canary exists; the right key starts', async () => {
    const wrong = crypto.randomBytes(32);
    // No canary yet (data from before this check existed): the sealed data is sampled.
    await expect(start(wrong)).rejects.toThrow(/字段加密密钥与数据库中的数据不符.*无法解密/);
    expect(await ownerQuery(`select key_id from field_key`)).toEqual([]);
    const ok = await start(TEST_FIELD_KEY);
    await ok.close();
    expect(await ownerQuery(`select key_id, state from field_key`)).toEqual([{ key_id: new FieldCrypto(TEST_FIELD_KEY).current.id, state: 'ACTIVE' }]);
    expect(await ownerQuery(`select count(*)::int as n from audit_log where action = 'field_key.registered'`)).toEqual([{ n: 1 }]);
    // With the canary: refused by name of both keys.
    await expect(start(wrong)).rejects.toThrow(
      new RegExp(`由密钥 ${new FieldCrypto(TEST_FIELD_KEY).current.id} 加密，当前配置的 FIELD_ENCRYPTION_KEY 是密钥 ${new FieldCrypto(wrong).current.id}`),
    );
  });

  it('the server process and the CLI exit non-zero with a Chinese and English message', async () => {
    await checkFieldKeys(sysWith(new FieldCrypto(TEST_FIELD_KEY)));
    const wrong = hex(crypto.randomBytes(32));
    const server = await node(['src/main.ts'], { FIELD_ENCRYPTION_KEY: wrong });
    expect(server.code).toBe(1);
    expect(server.stderr).toMatch(/启动失败 \/ failed to start: 字段加密密钥与数据库中的数据不符/);
    expect(server.stderr).toMatch(/does not match the stored data/);
    const cli = await node(['src/cli/index.ts', 'keys:status'], { FIELD_ENCRYPTION_KEY: wrong });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/字段加密密钥与数据库中的数据不符/);
    const good = await node(['src/cli/index.ts', 'keys:status'], { FIELD_ENCRYPTION_KEY: hex(TEST_FIELD_KEY) });
    expect(good).toMatchObject({ code: 0, stdout: expect.stringMatching(/字段加密密钥相符/) });
  });

  it('every column that holds sealed values is known to the check and the rotation', async () => {
    const cols = await ownerQuery<{ c: string }>(
      `select table_name || '.' || column_name as c from information_schema.columns where table_schema = 'public' and column_name like '%\\_enc' order by 1`,
    );
    const known = SEALED_TABLES.flatMap((s) =>
      s.fields
        .map((f) => /^t\."(\w+)"$/.exec(f.read)?.[1])
        .filter(Boolean)
        .map((c) => `${s.table}.${c}`),
    ).sort();
    expect(cols.map((r) => r.c)).toEqual(known);
  });
});

describe('key rotation: interrupted, resumed, then the new key alone (S5, item 14)', () => {
  const NEW = crypto.randomBytes(32);
  const before = new FieldCrypto(TEST_FIELD_KEY);
  const during = new FieldCrypto(NEW, TEST_FIELD_KEY);
  const after = new FieldCrypto(NEW);
  const people: Array<{ id: string; phone: string; household: string }> = [];
  let tDuring: TestApp;

  const SEARCH = `query($f: HouseholdFilterInput) { households(filter: $f, pageSize: 100) { items { id } } }`;
  const CHECK = `query($n: String!) { checkIdNumber(idNumber: $n) { existing { householdId } } }`;
  const CREATE = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`;
  const found = async (app: TestApp, filter: Record<string, string>) => {
    const r = await app.gql(SEARCH, { f: filter }, { cookie: await app.cookieFor('town1') });
    expect(r.errors).toBeUndefined();
    return r.data!.households.items.map((h: { id: string }) => h.id);
  };
  const register = async (app: TestApp, idNumber: string) =>
    app.gql(
      CREATE,
      { i: { areaCode: AREAS.village1b, address: '乙村1号', residenceType: 'RURAL', members: [{ name: '重复', idNumber, relation: 'HEAD' }] } },
      { cookie: await app.cookieFor('village1b') },
    );
  const rotatedPersons = async () =>
    (await ownerQuery(`select count(*)::int as n from person where id_enc like $1`, [`${after.current.prefix}%`]))[0].n as number;

  beforeAll(async () => {
    await resetDatabase();
    await ownerQuery(`delete from field_key`);
    await seedFixture(t);
    await checkFieldKeys(sysWith(before));
    const ctx = t.system('key-test', AREAS.district);
    for (let i = 0; i < 6; i++) {
      const members = [0, 1].map((j) => ({
        name: `轮${'一二三四五六'[i]}${'甲乙'[j]}`,
        idNumber: makeId(`19${60 + i}0${j + 1}01`, j ? 'F' : 'M'),
        relation: j ? 'SPOUSE' : 'HEAD',
        phone: `1380000${i}${j}00`,
      }));
      const household = await createHousehold(ctx, {
        areaCode: i % 2 ? AREAS.village1a : AREAS.village1b,
        address: `地址${i}`,
        residenceType: 'RURAL',
        phone: `1391111000${i}`,
        members,
      });
      for (const m of members) people.push({ id: m.idNumber, phone: m.phone, household });
    }
    await submitPreApplication(t.system('key-test', AREAS.village1a), {
      areaCode: AREAS.village1a,
      contactName: '线索人',
      contactPhone: '13722223333',
      address: '甲村',
      description: '生活困难',
      programs: [{ programCode: 'DIBAO' }],
    });
    tDuring = await TestApp.open({}, during);
  });
  afterAll(async () => tDuring?.close());

  it('starts when the server runs with the new key and the old one as previous; either key alone is refused meanwhile', async () => {
    const status = await checkFieldKeys(sysWith(during));
    expect(status.rotation).toMatchObject({ fromKeyId: before.current.id, toKeyId: after.current.id });
    await expect(checkFieldKeys(sysWith(before))).rejects.toThrow(/已在密钥轮换中被密钥/);
    await expect(checkFieldKeys(sysWith(after))).rejects.toThrow(/轮换尚未完成.*FIELD_ENCRYPTION_KEY_PREVIOUS/);
    await expect(checkFieldKeys(sysWith(new FieldCrypto(crypto.randomBytes(32), NEW)))).rejects.toThrow(/上一次字段加密密钥轮换.*尚未完成/);
  });

  it('stops between batches; half-way, exact ID search and the duplicate check find everyone', async () => {
    let calls = 0;
    const r = await rotateFieldKeys(sysWith(during), { batchSize: 3, shouldStop: () => calls++ >= 2 });
    // Two batches of 3 persons, each with an ID and a phone.
    expect(r).toMatchObject({ idle: false, finished: false, batches: 2, resealed: 12 });
    expect(await rotatedPersons()).toBe(6);
    const [{ rotation }] = await ownerQuery(`select rotation from field_key where state = 'RETIRING'`);
    expect(rotation).toMatchObject({ batches: 2, resealed: 12, tables: { person: { done: false } } });
    for (const p of people) {
      expect(await found(tDuring, { idNumber: p.id })).toEqual([p.household]);
    }
    expect(await found(tDuring, { keyword: people[11].phone })).toEqual([people[11].household]);
    const stale = (await ownerQuery(`select id_bidx from person where id_enc not like $1`, [`${after.current.prefix}%`])).map((r) => r.id_bidx);
    const unrotated = people.find((p) => stale.includes(before.blindIndex(`id:${p.id}`)))!;
    const check = await tDuring.gql(CHECK, { n: unrotated.id }, { cookie: await tDuring.cookieFor('town1') });
    expect(check.data!.checkIdNumber.existing).toMatchObject({ householdId: unrotated.household });
    const dup = await register(tDuring, unrotated.id);
    expect(dup.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    // A registration meanwhile is sealed with the new key.
    const fresh = makeId('19990101');
    const res = await register(tDuring, fresh);
    expect(res.errors).toBeUndefined();
    const [row] = await ownerQuery(`select id_enc, id_bidx from person where household_id = $1`, [res.data!.createHousehold.id]);
    expect(row.id_enc.startsWith(after.current.prefix)).toBe(true);
    expect(row.id_bidx).toBe(after.blindIndex(`id:${fresh}`));
    people.push({ id: fresh, phone: '', household: res.data!.createHousehold.id });
  });

  it('a batch that fails writes nothing and leaves the progress where it was', async () => {
    const [{ rotation }] = await ownerQuery(`select rotation from field_key where state = 'RETIRING'`);
    const [victim] = await ownerQuery(`select id, id_enc from person where id > $1 and id_enc not like $2 order by id limit 1`, [
      rotation.tables.person.cursor,
      `${after.current.prefix}%`,
    ]);
    await ownerQuery(`update person set id_enc = $2 where id = $1`, [victim.id, `${victim.id_enc.slice(0, -6)}AAAAA=`]);
    const rotatedBefore = await rotatedPersons();
    await expect(rotateFieldKeys(sysWith(during), { batchSize: 3 })).rejects.toThrow(new RegExp(`person ${victim.id} 的加密值无法用新旧密钥解密`));
    expect(await rotatedPersons()).toBe(rotatedBefore);
    expect((await ownerQuery(`select rotation from field_key where state = 'RETIRING'`))[0].rotation).toEqual(rotation);
    await ownerQuery(`update person set id_enc = $2 where id = $1`, [victim.id, victim.id_enc]);
  });

  it('`pnpm cli keys:rotate` resumes after the last committed batch and finishes; each batch is logged as 系统', async () => {
    const out = await node(['src/cli/index.ts', 'keys:rotate', '--batch-size', '3'], {
      FIELD_ENCRYPTION_KEY: hex(NEW),
      FIELD_ENCRYPTION_KEY_PREVIOUS: hex(TEST_FIELD_KEY),
    });
    expect(out, out.stderr).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`密钥 ${before.current.id} → ${after.current.id} 轮换完成`)) });
    const keys = await ownerQuery(`select key_id, state, rotation from field_key order by created_at`);
    expect(keys.map((k) => [k.key_id, k.state])).toEqual([
      [before.current.id, 'RETIRED'],
      [after.current.id, 'ACTIVE'],
    ]);
    const { batches, resealed } = keys[0].rotation;
    // 12 IDs + 12 person phones + 6 household phones + 3 TOTP secrets + 1 informant phone (the person registered
    // during the rotation was sealed with the new key already).
    expect(resealed).toBe(12 + 12 + 6 + 3 + 1);
    const logged = await ownerQuery(`select action, actor_name, count(*)::int as n from audit_log where action like 'field_key.%' group by 1, 2 order by 1, 2`);
    expect(logged).toEqual([
      { action: 'field_key.registered', actor_name: '系统(key-test)', n: 1 },
      { action: 'field_key.rotation_batch', actor_name: '系统(key-rotation)', n: batches - 2 },
      { action: 'field_key.rotation_batch', actor_name: '系统(key-test)', n: 2 },
      { action: 'field_key.rotation_finished', actor_name: '系统(key-rotation)', n: 1 },
      { action: 'field_key.rotation_started', actor_name: '系统(key-test)', n: 1 },
    ]);
    expect(await verifyChainAt(inject('ownerUrl'))).toMatchObject({ ok: true });
  });

  it('with the new key alone every value decrypts, every index is rebuilt, and search and the duplicate check work', async () => {
    expect((await checkFieldKeys(sysWith(after))).rotation).toBeNull();
    const tAfter = await TestApp.open({}, after);
    try {
      const persons = await ownerQuery(`select id_enc, id_bidx, phone_enc, phone_bidx from person`);
      expect(persons).toHaveLength(13);
      const ids = persons.map((p) => after.decrypt(p.id_enc)).sort();
      expect(ids).toEqual(people.map((p) => p.id).sort());
      for (const p of persons) {
        const id = after.decrypt(p.id_enc);
        expect(p.id_bidx).toBe(after.blindIndex(`id:${id}`));
        if (p.phone_enc) expect(p.phone_bidx).toBe(after.blindIndex(`phone:${after.decrypt(p.phone_enc)}`));
      }
      for (const h of await ownerQuery(`select phone_enc, phone_bidx from household where phone_enc is not null`)) {
        expect(h.phone_bidx).toBe(after.blindIndex(`phone:${after.decrypt(h.phone_enc)}`));
      }
      const totp = await ownerQuery(`select totp_secret_enc as s from app_user where totp_secret_enc is not null`);
      expect(totp.map((u) => after.decrypt(u.s))).toEqual([TOTP_SECRET, TOTP_SECRET, TOTP_SECRET]);
      const [app] = await ownerQuery(`select contact->>'phoneEnc' as s from application`);
      expect(after.decrypt(app.s)).toBe('13722223333');
      // Nothing is left under the old key anywhere.
      expect(() => before.decrypt(persons[0].id_enc)).toThrow();
      for (const p of people) expect(await found(tAfter, { idNumber: p.id })).toEqual([p.household]);
      expect(await found(tAfter, { keyword: '13911110003' })).toEqual([people[6].household]);
      const dup = await register(tAfter, people[0].id);
      expect(dup.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(dup.errors![0].message).toMatch(/已登记在/);
    } finally {
      await tAfter.close();
    }
    // Running it again is harmless.
    expect(await rotateFieldKeys(sysWith(after))).toMatchObject({ idle: true, finished: true });
  });
});
