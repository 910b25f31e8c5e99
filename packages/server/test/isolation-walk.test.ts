import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, ROLES } from '../src/modules/auth/roles';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { createHousehold } from '../src/modules/household/household.service';
import {
  SHARED_APPLICATION_FIELDS,
  SHARED_HISTORY_FIELDS,
  SHARED_HOUSEHOLD_FIELDS,
  SHARED_PERSON_FIELDS,
  SHARED_REFERRAL_FIELDS,
  SHARED_REQUESTED_FIELDS,
} from '../src/modules/household/shared-view';
import { createUser } from '../src/modules/user/user.service';
import { multipart, pdfText, PNG } from './file-helpers';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp, USERS } from './harness';
import { makeId } from './ledger-fixture';
import { planWalk, type ArgSets } from './schema-walk';

/**
 * S1 — the generated isolation walk. Every Query field of the schema (with every nested field
 * reachable without arguments), the receipt PDF, the material downloads and the ledger export are
 * called as every fixture user — one per role. Three households (one per village) and an
 * informant's report carry marker strings: *shared* markers (head's name, receipt number) and
 * *detail* markers (address, phone, description, reasons, notes, materials, the report's contact).
 * Per user and record the expected access is NONE (outside the area, or no right to read
 * households or applications), SHARED or FULL (household/shared-view.ts), and the walk checks:
 *   NONE   → no marker of the record anywhere, and no area code outside the user's area;
 *   SHARED → a shared marker somewhere (the walk reached it), no detail marker anywhere, and every
 *            object answering `access: SHARED` carries only its type's shared fields;
 *   FULL   → a detail marker somewhere.
 * A new query with a required argument fails the walk until it gets arguments here.
 */

let t: TestApp;

interface Rec {
  key: string;
  area: string;
  /** Departments holding a benefit or referral in the household (FULL for their officers). */
  departments: string[];
  shared: string[];
  detail: string[];
  /** Its author sees it in full (an informant's own report). */
  author?: string;
}

const M = {
  addrA: '桂花路MKADDRA号',
  addrB: '桂花路MKADDRB号',
  addrC: '桂花路MKADDRC号',
  descA: 'MKDESCA家庭困难',
  descB: 'MKDESCB家庭困难',
  descC: 'MKDESCC家庭困难',
  reasonA: 'MKREASONA',
  reasonB: 'MKREASONB',
  reasonC: 'MKREASONC',
  materialA: 'MKMATERIALA户口簿',
  suppA: 'MKSUPPA请补充',
  suppAnswerA: 'MKSUPPANSWERA已补交',
  followA: 'MKFOLLOWA已电话告知',
  refuseB: 'MKREFUSEB不符合',
  contactP: 'MKCONTACTP',
  addrP: 'MKADDRP二组',
  descP: 'MKDESCP独居老人',
};
const HEADS = { A: '欧阳甲秀', B: '欧阳乙秀', C: '欧阳丙秀' };
const PHONES = { A: '13900000071', B: '13900000072', C: '13900000073', P: '13800009999' };
const masked = (p: string) => `${p.slice(0, 3)}****${p.slice(7)}`;

/** Fixture users plus the roles USERS lacks (town leader, informant, a second department). */
const EXTRA = {
  leader: { role: 'TOWN_LEADER', area: AREAS.town1, department: null },
  informant: { role: 'INFORMANT', area: AREAS.village1a, department: null },
  renshe: { role: 'DEPT_OFFICER', area: AREAS.district, department: 'RENSHE' },
} as const;

interface WalkUser {
  name: string;
  role: string | null;
  area: string;
  department: string | null;
}
const walkUsers: WalkUser[] = [
  ...Object.entries(USERS).map(([name, u]) => ({ name, role: u.role, area: u.area, department: 'department' in u ? u.department : null })),
  ...Object.entries(EXTRA).map(([name, u]) => ({ name, role: u.role, area: u.area, department: u.department })),
  { name: 'norights', role: null, area: AREAS.village1a, department: null },
];

const recs: Rec[] = [];
const ids = { households: [] as string[], applications: [] as string[], referrals: [] as string[], files: [] as string[], heads: [] as string[], jobId: '' };

const prefixOf = (code: string) => code.replace(/(000)+$/, '');
const within = (userArea: string, code: string) => code.startsWith(prefixOf(userArea));

function expected(u: WalkUser, r: Rec): 'NONE' | 'SHARED' | 'FULL' {
  if (r.author === u.name) return 'FULL';
  if (!within(u.area, r.area)) return 'NONE';
  const perms = permissionsOf(u.role ? [u.role] : []);
  if (!perms.has('household.read') && !perms.has('application.read')) return 'NONE';
  if (perms.has('household.detail')) return 'FULL';
  if (u.department && r.departments.includes(u.department)) return 'FULL';
  return 'SHARED';
}

/** Channels a permission legitimately reads beyond the shared view: the operation log's diffs (审计管理员). */
const EXEMPT: Record<string, string[]> = { 'audit.read': ['auditLogs'] };
/**
 * Public reference data that lists every town of the district on purpose (the portal's 受理窗口, modules/portal, and the
 * towns and villages of 在线申请's 所在地, modules/citizen — the same lists anonymous visitors read): a foreign area code
 * there is not a leak. Household markers are still checked in them.
 */
const AREA_LIST_CHANNELS = new Set(['portalWindows', 'serviceWindows', 'portalTowns']);

async function gqlAs(user: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await t.gql(query, variables, { cookie: await t.cookieFor(user) });
  if (res.errors) throw new Error(`${user}: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

async function upload(user: string): Promise<string> {
  const body = multipart('户口簿.png', PNG, 'image/png');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': body.contentType, cookie: await t.cookieFor(user), [CSRF_HEADER]: '1' },
    payload: body.payload,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function newHousehold(area: string, head: string, phone: string, address: string): Promise<{ id: string; head: string; spouse: string; headId: string }> {
  const headId = makeId('19700101', 'M');
  const id = await createHousehold(t.system('walk', AREAS.district), {
    areaCode: area,
    address,
    residenceType: 'RURAL',
    phone,
    members: [
      { name: head, idNumber: headId, relation: 'HEAD' },
      { name: `${head}妻`, idNumber: makeId('19720101', 'F'), relation: 'SPOUSE' },
    ],
  });
  const people = await ownerQuery<{ id: string; relation: string }>(`select person_id as id, relation from membership where household_id = $1`, [id]);
  return { id, headId, head: people.find((p) => p.relation === 'HEAD')!.id, spouse: people.find((p) => p.relation === 'SPOUSE')!.id };
}

const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id receiptNo referralIds } }`;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('walk', AREAS.district);
  const [renshe] = await ownerQuery(`select id from department where code = 'RENSHE'`);
  for (const [username, u] of Object.entries(EXTRA)) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: u.area,
      roles: [u.role],
      informantKind: u.role === 'INFORMANT' ? 'VOLUNTEER' : null,
      password: PASSWORD,
      departmentId: u.department ? renshe.id : null,
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);

  const A = await newHousehold(AREAS.village1a, HEADS.A, PHONES.A, M.addrA);
  const B = await newHousehold(AREAS.village1b, HEADS.B, PHONES.B, M.addrB);
  const C = await newHousehold(AREAS.village2a, HEADS.C, PHONES.C, M.addrC);
  ids.households.push(A.id, B.id, C.id);
  ids.heads.push(A.headId, B.headId, C.headId);

  // A: 低保 at the town window with an uploaded material; 民政 signs, asks for 补正; the window answers and follows up.
  const fileA = await upload('town1');
  ids.files.push(fileA);
  const regA = (
    await gqlAs('town1', REGISTER, {
      i: {
        householdId: A.id,
        applicantPersonId: A.head,
        programs: [{ programCode: 'DIBAO', reason: M.reasonA }],
        authorizationSigned: true,
        description: M.descA,
        materials: [{ name: M.materialA, provided: true, fileIds: [fileA] }],
      },
    })
  ).registerApplication;
  const [dibaoA] = regA.referralIds;
  await gqlAs('officer', `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { ok } }`, { r: [{ id: dibaoA, version: 1 }] });
  await gqlAs('officer', `mutation($r: ReferralRefInput!, $n: String!) { requestSupplement(ref: $r, note: $n) { id } }`, {
    r: { id: dibaoA, version: 2 },
    n: M.suppA,
  });
  await gqlAs('town1', `mutation($r: ReferralRefInput!, $n: String!) { provideSupplement(ref: $r, note: $n) { id } }`, {
    r: { id: dibaoA, version: 3 },
    n: M.suppAnswerA,
  });
  await gqlAs('town1', `mutation($id: ID!, $n: String!) { followUpReferral(id: $id, note: $n) }`, { id: dibaoA, n: M.followA });

  // B: 就业救助 for the spouse; 人社 signs and refuses with a reason.
  const regB = (
    await gqlAs('town1', REGISTER, {
      i: {
        householdId: B.id,
        applicantPersonId: B.head,
        programs: [{ programCode: 'EMPLOY', personId: B.spouse, reason: M.reasonB }],
        authorizationSigned: true,
        description: M.descB,
      },
    })
  ).registerApplication;
  const [employB] = regB.referralIds;
  await gqlAs('renshe', `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { ok } }`, { r: [{ id: employB, version: 1 }] });
  await gqlAs('renshe', `mutation($r: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $r, input: $i) { id } }`, {
    r: { id: employB, version: 2 },
    i: { approve: false, reason: M.refuseB },
  });

  // C: 低保 at the other town's village window.
  const regC = (
    await gqlAs('village2a', REGISTER, {
      i: {
        householdId: C.id,
        applicantPersonId: C.head,
        programs: [{ programCode: 'DIBAO', reason: M.reasonC }],
        authorizationSigned: true,
        description: M.descC,
      },
    })
  ).registerApplication;

  // P: an informant's report, no household yet.
  const pre = (
    await gqlAs('informant', `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`, {
      i: {
        contactName: M.contactP,
        contactPhone: PHONES.P,
        address: M.addrP,
        areaCode: AREAS.village1a,
        programs: [{ programCode: 'TEMP' }],
        description: M.descP,
        urgent: true,
      },
    })
  ).submitPreApplication;

  ids.applications.push(regA.id, regB.id, regC.id, pre);
  ids.referrals.push(...regA.referralIds, ...regB.referralIds, ...regC.referralIds);
  ids.jobId = (await gqlAs('officer', `mutation { startReassessment(programCode: "ELDER", areaCode: "${AREAS.village1a}") { id } }`)).startReassessment.id;

  recs.push(
    {
      key: 'A',
      area: AREAS.village1a,
      departments: ['MINZHENG'],
      shared: [HEADS.A, regA.receiptNo],
      detail: [M.addrA, masked(PHONES.A), M.descA, M.reasonA, M.materialA, M.suppA, M.suppAnswerA, M.followA],
    },
    {
      key: 'B',
      area: AREAS.village1b,
      departments: ['RENSHE'],
      shared: [HEADS.B, regB.receiptNo],
      detail: [M.addrB, masked(PHONES.B), M.descB, M.reasonB, M.refuseB],
    },
    { key: 'C', area: AREAS.village2a, departments: ['MINZHENG'], shared: [HEADS.C, regC.receiptNo], detail: [M.addrC, masked(PHONES.C), M.descC, M.reasonC] },
    { key: 'P', area: AREAS.village1a, departments: [], shared: [], detail: [M.contactP, M.addrP, masked(PHONES.P), M.descP], author: 'informant' },
  );
});
afterAll(async () => t?.close());

/** Argument values for Query fields with required arguments (every id of the fixture). */
function argSets(userIds: string[]): ArgSets {
  const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);
  return {
    application: ids.applications.map((id) => ({ id })),
    referral: ids.referrals.map((id) => ({ id })),
    household: ids.households.map((id) => ({ id })),
    screenHousehold: ids.households.map((householdId) => ({ householdId })),
    checkIdNumber: ids.heads.map((idNumber) => ({ idNumber })),
    area: Object.values(AREAS).map((code) => ({ code })),
    user: userIds.map((id) => ({ id })),
    userSessions: userIds.map((userId) => ({ userId })),
    reassessmentJob: [{ id: ids.jobId }],
    job: [{ id: ids.jobId }],
    reassessmentFindings: [{ jobId: ids.jobId }],
    // No job of this kind in the fixture: the query still runs (NOT_FOUND), so it is walked for errors.
    simulationJob: [{ id: randomUUID() }],
    finding: [{ id: randomUUID() }],
    // No verification in the fixture (统一核查 has its own scope tests, verification.test.ts): walked for errors.
    verification: [{ id: randomUUID() }],
    verificationReport: [{ id: randomUUID() }],
    // 个案会商 (modules/consultation): no case or meeting in the fixture (consultation.test.ts scopes them) — walked for errors.
    consultationCase: [{ id: randomUUID() }],
    jointMeeting: [{ id: randomUUID() }],
    importBatch: [{ id: randomUUID() }],
    // 回调地址 (modules/integration): all of the administrator's tokens, and an unknown token.
    webhookSubscriptions: [{}, { apiTokenId: randomUUID() }],
    // 短信 (modules/sms): no message in the fixture — walked for errors; the preview with a sample text.
    smsMessage: [{ id: randomUUID() }],
    previewSmsTemplate: [{ code: 'ACCEPTED', content: '您的【{programs}】申请已受理' }],
    // 公示 (modules/publicity): no entry in the fixture — walked for errors.
    publicityObjections: [{ entryId: randomUUID() }],
    // 政策查询 (modules/portal): public reference content, one program and an unknown code.
    portalProgram: [{ code: 'DIBAO' }, { code: 'NO_SUCH' }],
    // 通知公告 (modules/portal): district-wide public content — an unknown and a malformed id (null).
    portalNotice: [{ id: randomUUID() }, { id: 'no-such' }],
    // 协助完善台账 (modules/household): a name every fixture household's head has in part, and an address word.
    helpableHouseholds: [{ keyword: '户' }, { keyword: '村' }],
    calendarDays: [{ year: 2026 }],
    workingDayInfo: [{ from: '2026-12-01', to: '2026-12-31' }],
    // 统计看板 (modules/dashboard): the viewer's own area and one town's (another town's: NOT_FOUND).
    dashboard: [{}, { areaCode: AREAS.town1 }],
    // 线索响应 (督办看板): every town in scope, and one town's villages (another town's: NOT_FOUND).
    informantResponse: [
      { from: '2026-12-01', to: '2026-12-31' },
      { from: '2026-12-01', to: '2026-12-31', townCode: AREAS.town1 },
    ],
    previewParameterVersion: [{ programCode: 'DIBAO', parameterCode: 'DIBAO.standard.RURAL', effectiveFrom: tomorrow, value: { number: 70000 } }],
    simulateParameters: [{ changes: [{ parameterCode: 'DIBAO.standard.RURAL', value: { number: 70000 } }] }],
    selfCheck: [{ answers: { residenceType: 'RURAL', members: [{ relation: 'HEAD', age: 70 }], otherIncome: 0 } }],
    screenFacts: [{ facts: { residenceType: 'RURAL', members: [{ personId: 'a', relation: 'HEAD', birthDate: '1950-01-01', sex: 'M' }] } }],
    // Search: a shared-view reader must not find a case by its contact's name either.
    applications: [{}, { filter: { keyword: M.contactP } }],
    households: [{}, { filter: { keyword: HEADS.A } }],
  };
}

interface Seen {
  /** Every response body (JSON or extracted text) with where it came from. */
  texts: Array<{ channel: string; text: string }>;
  objects: Array<{ channel: string; value: unknown }>;
  errors: string[];
}

const seen = new Map<string, Seen>();

async function walk(u: WalkUser): Promise<Seen> {
  const s: Seen = { texts: [], objects: [], errors: [] };
  const userIds = (await ownerQuery<{ id: string }>(`select id from app_user where username in ('village1a', 'village2a', 'officer')`)).map((r) => r.id);
  const plan = await planWalk(argSets(userIds));
  expect(plan.missingArgs, 'Query fields with required arguments the walk has no values for — add them to argSets()').toEqual([]);
  const cookie = await t.cookieFor(u.name);
  for (const q of plan.queries) {
    const res = await t.gql(q.text, q.variables, { cookie });
    for (const e of res.errors ?? []) {
      const code = e.extensions?.code ?? '';
      if (!['FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE', 'BAD_USER_INPUT'].includes(code)) s.errors.push(`${q.field}: ${code} ${e.message}`);
    }
    if (res.data) {
      s.texts.push({ channel: q.field, text: JSON.stringify(res.data) });
      s.objects.push({ channel: q.field, value: res.data });
    }
  }
  for (const id of ids.applications) {
    const pdf = await t.app.inject({ method: 'GET', url: `/api/applications/${id}/receipt.pdf`, headers: { cookie } });
    if (pdf.statusCode === 200) s.texts.push({ channel: 'receipt.pdf', text: (await pdfText(pdf.rawPayload)).text });
    else expect([403, 404, 409], `receipt ${pdf.statusCode}`).toContain(pdf.statusCode);
  }
  for (const id of ids.files) {
    const f = await t.app.inject({ method: 'GET', url: `/api/files/${id}`, headers: { cookie } });
    // A material is detail of its case: a successful download counts as the record's detail.
    if (f.statusCode === 200) s.texts.push({ channel: 'files', text: M.materialA });
    else expect([403, 404]).toContain(f.statusCode);
  }
  const xlsx = await t.app.inject({ method: 'GET', url: '/files/households.xlsx', headers: { cookie } });
  if (xlsx.statusCode === 200) {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    s.texts.push({ channel: 'households.xlsx', text: JSON.stringify(wb.worksheets.map((w) => w.getSheetValues())) });
  } else expect([403]).toContain(xlsx.statusCode);
  return s;
}

/** Objects answering `access: SHARED` must carry only their type's shared fields (nested lists as well). */
const SHARED_FIELDS: Record<string, readonly string[]> = {
  Application: SHARED_APPLICATION_FIELDS,
  Referral: SHARED_REFERRAL_FIELDS,
  HouseholdSummary: SHARED_HOUSEHOLD_FIELDS,
  Household: SHARED_HOUSEHOLD_FIELDS,
};
const SHARED_NESTED: Record<string, readonly string[]> = {
  'Application.requested': SHARED_REQUESTED_FIELDS,
  'HouseholdSummary.members': SHARED_PERSON_FIELDS,
  'Household.members': SHARED_PERSON_FIELDS,
  'ApplicationDetail.history': SHARED_HISTORY_FIELDS,
  'ReferralDetail.history': SHARED_HISTORY_FIELDS,
  'ApplicationDetail.materials': [],
  'ReferralDetail.materials': [],
};

function sharedViolations(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) sharedViolations(v, `${path}[${i}]`, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const type = o.__typename as string | undefined;
  const detailParent =
    type === 'ApplicationDetail' ? (o.application as Record<string, unknown>) : type === 'ReferralDetail' ? (o.referral as Record<string, unknown>) : null;
  const shared = o.access === 'SHARED' || detailParent?.access === 'SHARED';
  if (shared && type) {
    const own = SHARED_FIELDS[type];
    for (const [k, v] of Object.entries(o)) {
      if (k === '__typename' || v === null || (Array.isArray(v) && v.length === 0)) continue;
      const nested = SHARED_NESTED[`${type}.${k}`];
      if (nested) {
        for (const item of Array.isArray(v) ? v : [v]) {
          for (const [ik, iv] of Object.entries(item as Record<string, unknown>)) {
            if (ik !== '__typename' && iv !== null && !nested.includes(ik)) out.push(`${path}.${k}.${ik}`);
          }
        }
      } else if (own && !own.includes(k)) out.push(`${path}.${k}`);
    }
  }
  for (const [k, v] of Object.entries(o)) sharedViolations(v, `${path}.${k}`, out);
}

describe('S1 generated walk: every query, nested field, receipt, material and export, as every role', () => {
  it('the fixture covers every role', () => {
    const covered = new Set(walkUsers.map((u) => u.role));
    expect(ROLES.map((r) => r.code).filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(walkUsers.map((u) => [u.name, u]))('%s sees only its area, the shared view where it is not involved, detail only where it is', async (_n, u) => {
    const s = await walk(u as WalkUser);
    seen.set((u as WalkUser).name, s);
    const user = u as WalkUser;
    expect(s.errors, 'unexpected errors while walking').toEqual([]);
    const perms = permissionsOf(user.role ? [user.role] : []);
    const exempt = new Set(
      Object.entries(EXEMPT)
        .filter(([p]) => perms.has(p))
        .flatMap(([, ch]) => ch),
    );
    const texts = s.texts.filter((x) => !exempt.has(x.channel));
    const where = (marker: string) => texts.filter((x) => x.text.includes(marker)).map((x) => x.channel);
    for (const r of recs) {
      const access = expected(user, r);
      const problems: string[] = [];
      if (access === 'NONE') {
        for (const m of [...r.shared, ...r.detail]) if (where(m).length) problems.push(`${m} in ${where(m).join(',')}`);
      }
      if (access === 'SHARED') {
        for (const m of r.detail) if (where(m).length) problems.push(`detail ${m} in ${where(m).join(',')}`);
        if (r.shared.length && !r.shared.some((m) => where(m).length)) problems.push('no shared marker reached (walk incomplete)');
      }
      if (access === 'FULL' && !r.detail.some((m) => where(m).length)) problems.push('no detail marker reached (walk incomplete)');
      expect(problems, `${user.name} × ${r.key} (${access})`).toEqual([]);
    }
    // Area codes outside the user's area appear nowhere.
    const foreign = Object.values(AREAS).filter((code) => !within(user.area, code) && !within(code, user.area));
    for (const code of foreign)
      expect(
        where(code).filter((c) => !AREA_LIST_CHANNELS.has(c)),
        `${user.name}: area ${code}`,
      ).toEqual([]);
    // Every object marked SHARED carries only shared fields.
    const violations: string[] = [];
    for (const o of s.objects) sharedViolations(o.value, o.channel, violations);
    expect(violations, `${user.name}: fields outside the shared view`).toEqual([]);
  });
});

describe('shared view of cases: the issue’s example and the search', () => {
  it('联席会议成员 gets the shared view of every application: no address, description, applicant, contact, reasons, materials', async () => {
    const list = await gqlAs(
      'joint',
      `{ applications(pageSize: 100) { total items { access receiptNo headName address description applicantName contact { name } requested { programName reason } } } }`,
    );
    expect(list.applications.total).toBe(4);
    for (const a of list.applications.items) {
      expect(a).toMatchObject({ access: 'SHARED', address: null, description: null, applicantName: null, contact: null });
      expect(a.requested.every((r: { reason: string | null }) => r.reason === null)).toBe(true);
    }
    expect(list.applications.items.map((a: { headName: string | null }) => a.headName)).toEqual(expect.arrayContaining([HEADS.A, HEADS.B, HEADS.C]));
    const one = await gqlAs(
      'joint',
      `query($id: ID!) { application(id: $id) { application { access address } materials { name } history { kind note } referrals { access reason screening { outcome } supplementNote } } }`,
      { id: ids.applications[0] },
    );
    expect(one.application.application).toEqual({ access: 'SHARED', address: null });
    expect(one.application.materials).toEqual([]);
    expect(one.application.history.every((h: { note: string | null }) => h.note === null)).toBe(true);
    expect(one.application.referrals[0]).toEqual({ access: 'SHARED', reason: null, screening: null, supplementNote: null });
    // The window sees all of it.
    const full = await gqlAs('town1', `query($id: ID!) { application(id: $id) { application { access address description } materials { name } } }`, {
      id: ids.applications[0],
    });
    expect(full.application.application).toEqual({ access: 'FULL', address: M.addrA, description: M.descA });
    expect(full.application.materials.map((m: { name: string }) => m.name)).toContain(M.materialA);
  });

  it('a shared-view reader cannot find a report by its contact’s name; the window can', async () => {
    const q = `query($k: String) { applications(filter: { keyword: $k }) { total } }`;
    expect((await gqlAs('joint', q, { k: M.contactP })).applications.total).toBe(0);
    expect((await gqlAs('leader', q, { k: M.contactP })).applications.total).toBe(0);
    expect((await gqlAs('village1a', q, { k: M.contactP })).applications.total).toBe(1);
  });

  it('the receipt PDF is printed only with full access', async () => {
    const url = `/api/applications/${ids.applications[0]}/receipt.pdf`;
    const shared = await t.app.inject({ method: 'GET', url, headers: { cookie: await t.cookieFor('joint') } });
    expect(shared.statusCode).toBe(403);
    expect(shared.json().message).toMatch(/共享信息/);
    const window = await t.app.inject({ method: 'GET', url, headers: { cookie: await t.cookieFor('village1a') } });
    expect(window.statusCode).toBe(200);
    expect((await pdfText(window.rawPayload)).text).toContain(M.addrA);
  });

  it('a material belongs to its case: the village window reads what the town window uploaded for it', async () => {
    const [file] = ids.files;
    expect((await ownerQuery(`select area_code from stored_file where id = $1`, [file]))[0].area_code).toBe(AREAS.village1a);
    for (const [who, status] of [
      ['village1a', 200],
      ['town1', 200],
      ['officer', 200],
      ['village1b', 404],
      ['renshe', 404],
      ['joint', 403],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/files/${file}`, headers: { cookie: await t.cookieFor(who) } });
      expect(res.statusCode, who).toBe(status);
    }
  });
});
