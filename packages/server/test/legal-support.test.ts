import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayCn } from '../src/shared/dates';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { addMonths, validAuthorisation } from '../src/modules/household/authorisation.service';
import { setIncome } from '../src/modules/household/household.service';
import { legalSupportRows } from '../src/modules/household/legal-supporter.service';
import { multipart, PNG } from './file-helpers';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp, type UserKey } from './harness';
import { household, makeId, member } from './ledger-fixture';

/** 法定义务人 and 核对授权书 (ADR 0023, "Ledger gaps"): writes, scope, log, validity, and 特困 screening. */

let t: TestApp;
let storageDir: string;
let hh: string; // village 1a: an elderly woman alone (特困 candidate)
let elder: string;
let hh2: string; // village 1a: a son registered in the ledger
let son: string;
let sonId: string;
const cookies = new Map<UserKey, string>();

const ADD = `mutation($i: LegalSupporterInput!) { addLegalSupporter(input: $i) }`;
const UPDATE = `mutation($id: ID!, $i: LegalSupporterUpdateInput!, $v: Int!) { updateLegalSupporter(id: $id, input: $i, version: $v) }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeLegalSupporter(id: $id, version: $v) }`;
const NONE = `mutation($h: ID!, $c: Boolean) { setNoLegalSupporter(householdId: $h, confirmed: $c) }`;
const RECORD = `mutation($i: AuthorisationInput!) { recordAuthorisation(input: $i) { id status valid } }`;
const REVOKE = `mutation($id: ID!, $r: String!, $v: Int!) { revokeAuthorisation(id: $id, reason: $r, version: $v) }`;
const DETAIL = `query($id: ID!) { household(id: $id) { id access noLegalSupporterConfirmed
  legalSupporters { id personId personName name idMasked duty relation ability unableReason monthlyIncomeFen supporterPersonId supporterHouseholdId version }
  authorisations { id signedOn validUntil scope signerNames fileId status valid revokedReason version } } }`;
const SCREEN = `query($h: ID!) { screenHousehold(householdId: $h) { programCode outcome missingFacts } }`;

const as = (u: UserKey) => ({ cookie: cookies.get(u)! });
const logOf = (action: string) => ownerQuery(`select entity_id, diff from audit_log where action = $1 order by pos`, [action]);
const tekun = async (u: UserKey = 'village1a') => {
  const r = await t.gql(SCREEN, { h: hh }, as(u));
  expect(r.errors).toBeUndefined();
  return r.data!.screenHousehold.find((x: { programCode: string }) => x.programCode === 'TEKUN');
};

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-legal-'));
  await resetDatabase();
  t = await TestApp.open({ fileStorageDir: storageDir });
  await seedFixture(t);
  for (const u of ['village1a', 'village1b', 'village2a', 'town1', 'officer', 'joint'] as UserKey[]) cookies.set(u, await t.cookieFor(u));
  hh = await household(t, AREAS.village1a, [member('孙秀英', '19480305', 'HEAD', 'F', { labourCapacity: 'NONE' })]);
  sonId = makeId('19720810', 'M');
  hh2 = await household(t, AREAS.village1a, [{ name: '孙大伟', idNumber: sonId, relation: 'HEAD' }]);
  [{ id: elder }] = await ownerQuery(`select id from person where household_id = $1`, [hh]);
  [{ id: son }] = await ownerQuery(`select id from person where household_id = $1`, [hh2]);
  // A small pension: income is known, so only the legal supporters decide 特困.
  const prev = addMonths(todayCn(), -1).slice(0, 7);
  await setIncome(t.system('fixture', AREAS.district), { personId: elder, category: 'PENSION_BASIC', month: prev, amountFen: 18000 });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

describe('法定义务人', () => {
  it('特困 screening answers 信息不足 while nothing is recorded about legal supporters', async () => {
    const r = await tekun();
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts.join()).toContain('法定赡养、抚养、扶养义务人情况');
  });

  it('a bad ID number is refused with a clear Chinese message and code; nothing is written', async () => {
    const bad = `${sonId.slice(0, 17)}${sonId[17] === '1' ? '2' : '1'}`;
    const res = await t.gql(ADD, { i: { personId: elder, name: '孙大伟', idNumber: bad, duty: 'SUPPORT', relation: 'SON' } }, as('village1a'));
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/校验码|身份证/);
    expect((res.errors?.[0].extensions as Record<string, unknown> | undefined)?.field).toBe('idNumber');
    const unable = await t.gql(ADD, { i: { personId: elder, name: '孙大伟', duty: 'SUPPORT', relation: 'SON', ability: 'UNABLE' } }, as('village1a'));
    expect(unable.errors?.[0].message).toBe('无履行能力须选择具体情形');
    expect(await ownerQuery(`select 1 from legal_supporter`)).toHaveLength(0);
    expect(await logOf('legal_supporter.added')).toHaveLength(0);
  });

  it('a village window of another village cannot add one; the own village can, sealed and matched to the ledger', async () => {
    const input = { personId: elder, name: '孙大伟', idNumber: sonId, duty: 'SUPPORT', relation: 'SON', ability: 'ABLE', monthlyIncomeFen: 450000 };
    const other = await t.gql(ADD, { i: input }, as('village2a'));
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const sibling = await t.gql(ADD, { i: input }, as('village1b'));
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const dept = await t.gql(ADD, { i: input }, as('officer'));
    expect(dept.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await ownerQuery(`select 1 from legal_supporter`)).toHaveLength(0);

    const ok = await t.gql(ADD, { i: input }, as('village1a'));
    expect(ok.errors).toBeUndefined();
    const [row] = await ownerQuery(`select * from legal_supporter where id = $1`, [ok.data!.addLegalSupporter]);
    expect(row.id_enc).not.toContain(sonId);
    expect(row.id_masked).not.toBe(sonId);
    expect(row.id_masked.startsWith(sonId.slice(0, 3))).toBe(true);
    expect(t.runtime.fieldCrypto.decrypt(row.id_enc)).toBe(sonId);
    expect(row.supporter_person_id).toBe(son);
    expect(row.supporter_household_id).toBe(hh2);
    expect(row.area_code).toBe(AREAS.village1a);

    const again = await t.gql(ADD, { i: input }, as('village1a'));
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const log = await logOf('legal_supporter.added');
    expect(log).toHaveLength(1);
    expect(log[0].entity_id).toBe(hh);
    expect(JSON.stringify(log[0])).not.toContain(sonId);

    const detail = await t.gql(DETAIL, { id: hh }, as('village1a'));
    expect(detail.data!.household.legalSupporters).toMatchObject([
      { personId: elder, personName: '孙秀英', name: '孙大伟', duty: 'SUPPORT', relation: 'SON', ability: 'ABLE', monthlyIncomeFen: 450000, version: 1 },
    ]);
    // The shared view (no detail access) has no supporters.
    const joint = await t.gql(DETAIL, { id: hh }, as('joint'));
    expect(joint.data!.household.access).toBe('SHARED');
    expect(joint.data!.household.legalSupporters).toBeNull();
    expect(joint.data!.household.authorisations).toBeNull();

    // An able supporter: not 特困.
    expect((await tekun()).outcome).toBe('INELIGIBLE');
  });

  it('update with the version read; stale → CONFLICT; UNABLE with a reason makes 特困 decidable', async () => {
    const [{ id, version }] = (await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.legalSupporters;
    const other = await t.gql(UPDATE, { id, i: { ability: 'UNABLE', unableReason: 'INCAPACITATED' }, v: version }, as('village2a'));
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ok = await t.gql(UPDATE, { id, i: { ability: 'UNABLE', unableReason: 'INCAPACITATED', note: '常年卧病' }, v: version }, as('village1a'));
    expect(ok.errors).toBeUndefined();
    const stale = await t.gql(UPDATE, { id, i: { note: '再改' }, v: version }, as('village1a'));
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [s] = (await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.legalSupporters;
    expect(s).toMatchObject({ ability: 'UNABLE', unableReason: 'INCAPACITATED', version: version + 1 });
    const log = await logOf('legal_supporter.updated');
    expect(log).toHaveLength(1);
    expect(log[0].diff.changes.ability).toEqual({ before: 'ABLE', after: 'UNABLE' });

    expect((await tekun()).outcome).toBe('ELIGIBLE');
    expect(await legalSupportRows(t.system('t', AREAS.district), null, hh)).toEqual({
      supporters: [{ personId: elder, ability: 'UNABLE' }],
      noLegalSupporterConfirmed: null,
    });
  });

  it('remove; then 已核实无法定义务人 makes 特困 decidable again', async () => {
    const [{ id, version }] = (await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.legalSupporters;
    expect((await t.gql(REMOVE, { id, v: version }, as('village1b'))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ok = await t.gql(REMOVE, { id, v: version }, as('village1a'));
    expect(ok.errors).toBeUndefined();
    expect(await ownerQuery(`select 1 from legal_supporter`)).toHaveLength(0);
    expect(await logOf('legal_supporter.removed')).toHaveLength(1);
    expect((await tekun()).outcome).toBe('INSUFFICIENT');

    expect((await t.gql(NONE, { h: hh, c: true }, as('village2a'))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const none = await t.gql(NONE, { h: hh, c: true }, as('town1'));
    expect(none.errors).toBeUndefined();
    expect((await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.noLegalSupporterConfirmed).toBe(true);
    expect(await logOf('household.no_legal_supporter_set')).toHaveLength(1);
    expect((await tekun()).outcome).toBe('ELIGIBLE');
    const events = await ownerQuery(`select kind from household_event where household_id = $1 order by at`, [hh]);
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['legal_supporter.added', 'legal_supporter.updated', 'legal_supporter.removed', 'household.no_legal_supporter']),
    );
  });
});

describe('法定义务人 follow the member', () => {
  it('a member moved to another household takes their legal supporters along (household and area)', async () => {
    const from = await household(t, AREAS.village1a, [member('钱老汉', '19450101', 'HEAD'), member('钱老太', '19470202', 'SPOUSE', 'F')]);
    const to = await household(t, AREAS.village1b, [member('钱小军', '19750303', 'HEAD')]);
    const [{ id: wife }] = await ownerQuery(`select id from person where household_id = $1 and name = '钱老太'`, [from]);
    const sys = t.system('t', AREAS.district);
    const add = await t.gql(ADD, { i: { personId: wife, name: '钱小军', duty: 'SUPPORT', relation: 'SON', ability: 'ABLE' } }, as('town1'));
    expect(add.errors).toBeUndefined();
    const { moveMember } = await import('../src/modules/household/membership.service');
    await moveMember(sys, wife, to, 'MOTHER');
    const rows = await ownerQuery(`select household_id, area_code from legal_supporter where person_id = $1`, [wife]);
    expect(rows).toEqual([{ household_id: to, area_code: AREAS.village1b }]);
  });
});

describe('核对授权书', () => {
  let fileId: string;

  it('records an authorisation with its file; valid for VERIFICATION_AUTH_VALID_MONTHS (12) by default', async () => {
    const body = multipart('授权书.png', PNG);
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': body.contentType, cookie: cookies.get('village1a')!, [CSRF_HEADER]: '1' },
      payload: body.payload,
    });
    expect(up.statusCode).toBe(201);
    fileId = up.json().id;
    const signedOn = addMonths(todayCn(), -1);
    const input = { householdId: hh, signedOn, scope: ['HUKOU', 'VEHICLE', 'REAL_ESTATE'], signerPersonIds: [elder], fileId };
    expect((await t.gql(RECORD, { i: input }, as('village2a'))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noScope = await t.gql(RECORD, { i: { ...input, scope: [] } }, as('village1a'));
    expect(noScope.errors?.[0].message).toBe('请至少选择一项授权查询的数据来源');
    const stranger = await t.gql(RECORD, { i: { ...input, signerPersonIds: [son] } }, as('village1a'));
    expect(stranger.errors?.[0].message).toBe('签署人须是本户在册成员');
    // A file the window cannot use (uploaded by the town window): refused, nothing written (all or nothing).
    const townBody = multipart('镇街上传.png', PNG);
    const townUp = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': townBody.contentType, cookie: cookies.get('town1')!, [CSRF_HEADER]: '1' },
      payload: townBody.payload,
    });
    expect(townUp.statusCode).toBe(201);
    const foreign = await t.gql(RECORD, { i: { ...input, fileId: townUp.json().id } }, as('village1a'));
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await ownerQuery(`select 1 from household_authorisation`)).toHaveLength(0);
    expect(await ownerQuery(`select 1 from household_event where kind = 'authorisation.recorded'`)).toHaveLength(0);
    expect(await logOf('authorisation.recorded')).toHaveLength(0);

    const ok = await t.gql(RECORD, { i: input }, as('village1a'));
    expect(ok.errors).toBeUndefined();
    const id = ok.data!.recordAuthorisation.id;
    expect(ok.data!.recordAuthorisation).toMatchObject({ status: 'VALID', valid: true });
    const [a] = (await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.authorisations;
    expect(a).toMatchObject({
      id,
      signedOn,
      validUntil: addMonths(signedOn, 12),
      scope: ['HUKOU', 'VEHICLE', 'REAL_ESTATE'],
      signerNames: ['孙秀英'],
      fileId,
      status: 'VALID',
      valid: true,
    });
    const [f] = await ownerQuery(`select owner_type, owner_id, area_code from stored_file where id = $1`, [fileId]);
    expect(f).toEqual({ owner_type: 'household_authorisation', owner_id: id, area_code: AREAS.village1a });
    expect(await logOf('authorisation.recorded')).toHaveLength(1);

    const v = await validAuthorisation(t.system('t', AREAS.district), null, hh);
    expect(v).toEqual({ id, signedOn, validUntil: addMonths(signedOn, 12), scope: ['HUKOU', 'VEHICLE', 'REAL_ESTATE'] });
    // The other household has none.
    expect(await validAuthorisation(t.system('t', AREAS.district), null, hh2)).toBeNull();
  });

  it('an authorisation past its date is 已过期 and not valid', async () => {
    const [{ id }] = await ownerQuery(`select id from household_authorisation where household_id = $1`, [hh]);
    await ownerQuery(`update household_authorisation set signed_on = '2024-01-01', valid_until = '2025-01-01' where id = $1`, [id]);
    const [a] = (await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.authorisations;
    expect(a).toMatchObject({ status: 'EXPIRED', valid: false });
    expect(await validAuthorisation(t.system('t', AREAS.district), null, hh)).toBeNull();
    const expired = await t.gql(RECORD, { i: { householdId: hh, signedOn: '2024-01-01', scope: ['TAX'], signerPersonIds: [elder] } }, as('village1a'));
    expect(expired.errors?.[0].message).toContain('过期');
  });

  it('revoke with a reason: 已撤销, not valid, logged', async () => {
    const signedOn = todayCn();
    const rec = await t.gql(
      RECORD,
      { i: { householdId: hh, signedOn, validUntil: addMonths(signedOn, 6), scope: ['BANK'], signerPersonIds: [elder] } },
      as('village1a'),
    );
    expect(rec.errors).toBeUndefined();
    const id = rec.data!.recordAuthorisation.id;
    expect((await validAuthorisation(t.system('t', AREAS.district), null, hh))?.id).toBe(id);
    expect((await t.gql(REVOKE, { id, r: '', v: 1 }, as('village1a'))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(REVOKE, { id, r: '家庭撤回授权', v: 1 }, as('village2a'))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(REVOKE, { id, r: '家庭撤回授权', v: 0 }, as('village1a'))).errors?.[0].extensions?.code).toBe('CONFLICT');
    const ok = await t.gql(REVOKE, { id, r: '家庭撤回授权', v: 1 }, as('village1a'));
    expect(ok.errors).toBeUndefined();
    const list = (await t.gql(DETAIL, { id: hh }, as('village1a'))).data!.household.authorisations;
    expect(list.find((a: { id: string }) => a.id === id)).toMatchObject({ status: 'REVOKED', valid: false, revokedReason: '家庭撤回授权' });
    expect(await validAuthorisation(t.system('t', AREAS.district), null, hh)).toBeNull();
    const log = await logOf('authorisation.revoked');
    expect(log).toHaveLength(1);
    expect(log[0].diff.detail.reason).toBe('家庭撤回授权');
  });

  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-06', 12)).toBe('2027-12-06');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
});
