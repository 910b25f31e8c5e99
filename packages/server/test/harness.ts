import { SMS_TEMPLATE_DEFS } from '../src/modules/sms/templates';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { Client } from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig, type AppConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { systemContext, type Runtime } from '../src/graphql/request-context';
import { runDueJobs } from '../src/modules/jobs/jobs.runner';
import '../src/modules/jobs/kinds';
import { createArea } from '../src/modules/area/area.service';
import { invalidateWorkCalendar } from '../src/modules/calendar/calendar.service';
import { HOLIDAYS_CN_2026 } from '../src/seed/holidays-cn-2026';
import type { SessionCache } from '../src/modules/auth/session-cache';
import { Session } from '../src/modules/auth/session.entity';
import { newToken, SESSION_COOKIE, tokenHash } from '../src/modules/auth/session-token';
import { User } from '../src/modules/auth/user.entity';
import { createDepartment } from '../src/modules/department/department.service';
import { createUser } from '../src/modules/user/user.service';
import { FieldCrypto } from '../src/shared/field-crypto';

export const PASSWORD = 'Test@2026pw';
export const TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
/** The field-encryption master key of the test apps. */
export const TEST_FIELD_KEY = Buffer.alloc(32, 7);

/** Two towns, three villages, users of every level and a user with no rights (one row-security fixture for every scoping test; CONTRIBUTING.md, "Scoping: two walls"). */
/** A hang guard for a slow hook or test, scaled like vitest.config.mts's defaults by TEST_TIMEOUT_SCALE (.ci/run). */
export const hangGuard = (ms: number) => ms * Math.max(1, Number(process.env.TEST_TIMEOUT_SCALE) || 1);

export const AREAS = {
  district: '500199000000',
  town1: '500199101000',
  village1a: '500199101201',
  village1b: '500199101202',
  town2: '500199102000',
  village2a: '500199102201',
};

export const USERS = {
  sysadmin: { role: 'SYS_ADMIN', area: AREAS.district },
  secadmin: { role: 'SEC_ADMIN', area: AREAS.district },
  auditadmin: { role: 'AUDIT_ADMIN', area: AREAS.district },
  town1: { role: 'TOWN_WINDOW', area: AREAS.town1 },
  village1a: { role: 'VILLAGE_WINDOW', area: AREAS.village1a },
  village1b: { role: 'VILLAGE_WINDOW', area: AREAS.village1b },
  village2a: { role: 'VILLAGE_WINDOW', area: AREAS.village2a },
  officer: { role: 'DEPT_OFFICER', area: AREAS.district, department: 'MINZHENG' },
  joint: { role: 'JOINT_MEMBER', area: AREAS.district },
} as const;

export type UserKey = keyof typeof USERS | 'norights';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  headers: Record<string, unknown>;
}

export class TestApp {
  private constructor(
    readonly app: FastifyInstance,
    readonly orm: MikroORM,
    readonly runtime: Runtime,
    /** The app's cache of resolved sessions (null with `sessionCache: false`). */
    readonly sessionCache: SessionCache | null = null,
  ) {}

  /** `fieldCrypto`: the key ring of this app (default: the fixed test key TEST_FIELD_KEY). */
  static async open(overrides: Partial<AppConfig> = {}, fieldCrypto = new FieldCrypto(TEST_FIELD_KEY)): Promise<TestApp> {
    const orm = await openOrm({ url: inject('appUrl'), poolMax: 10 });
    // Rate limits off: the suites log in and fail logins many times from one address. The limits
    // have their own tests (test/rate-limit.test.ts), which pass `rateLimit` here.
    // GRAPHQL_JIT=1: every operation runs compiled from its first use, so the whole suite covers the jit path
    // (ADR 0022; graphql-js, the cold path, has its own test in jit-executor.test.ts).
    const config = { ...loadConfig({ NODE_ENV: 'test', RATE_LIMIT_ENABLED: 'false', GRAPHQL_JIT: '1' }), ...overrides };
    const runtime: Runtime = { config, fieldCrypto };
    const { app, sessionCache } = await buildApp(orm, runtime);
    await app.ready();
    return new TestApp(app, orm, runtime, sessionCache);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.orm.close(true);
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth: { cookie?: string; bearer?: string } = {},
  ): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
    const res = await this.app.inject({ method: 'POST', url: '/graphql', headers, payload: JSON.stringify({ query, variables }) });
    const body = res.json();
    return { status: res.statusCode, data: body.data ?? null, errors: body.errors, headers: res.headers };
  }

  /** A ready session for a fixture user, without going through login (login has its own tests). */
  async cookieFor(user: UserKey | (string & {})): Promise<string> {
    const em = this.orm.em.fork();
    const u = await em.findOneOrFail(User, { username: user });
    const token = newToken();
    em.create(Session, { id: tokenHash(token), user: u, expiresAt: new Date(Date.now() + 3_600_000), mfaPending: false });
    await em.flush();
    return `${SESSION_COOKIE}=${token}`;
  }

  /**
   * Runs every job that is due through graphile-worker (runOnce) and returns how many of our jobs changed
   * (status or progress). `stopping` simulates a shutdown request read between batches.
   */
  async runJobs(opts: { batchSize?: number; stopping?: () => boolean; only?: string[] } = {}): Promise<number> {
    const snapshot = async () =>
      new Map((await ownerQuery<{ id: string; s: string }>(`select id, status || ':' || processed as s from job`)).map((r) => [r.id, r.s]));
    const before = await snapshot();
    await runDueJobs(this.orm, this.runtime, { connectionString: inject('appUrl'), log: () => undefined, ...opts });
    const after = await snapshot();
    return [...after].filter(([id, s]) => before.get(id) !== s).length;
  }

  /** Makes every waiting graphile-worker job due now (retries in backoff, jobs handed back at shutdown). */
  async makeJobsDue(): Promise<void> {
    await ownerQuery(`update graphile_worker._private_jobs set run_at = now() where locked_at is null`);
  }

  system(reason = 'test', areaCode?: string) {
    return systemContext(this.orm.em, this.runtime, reason, areaCode);
  }
}

/**
 * The entity's optimistic lock (ADR 0015): the entity is read, another transaction commits a change
 * of the row (its version advances), then `change` is flushed — the versioned UPDATE matches no row.
 * `id` is the primary key's value. Returns what the flush threw (null if it did not).
 */
export async function flushAfterConcurrentCommit<T extends object>(t: TestApp, entity: EntityClass<T>, id: string, change: (e: T) => void): Promise<unknown> {
  return t.system('stale-version').tx(async (em) => {
    const meta = em.getMetadata().get(entity);
    const pk = meta.primaryKeys[0];
    const row = await em.findOneOrFail(entity, { [pk]: id } as FilterQuery<T>);
    await ownerQuery(`update "${meta.tableName}" set version = version + 1 where "${meta.properties[pk].fieldNames[0]}" = $1`, [id]);
    change(row);
    const err = await em.flush().then(
      () => null,
      (e: unknown) => e,
    );
    em.clear(); // the unit of work would try again at COMMIT
    return err;
  });
}

/** Owner connection (bypasses grants, not RLS: set app.area_prefix yourself). */
export async function ownerQuery<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: inject('ownerUrl') });
  await c.connect();
  try {
    await c.query(`select set_config('app.area_prefix', '*', false)`);
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export async function resetDatabase(): Promise<void> {
  await ownerQuery(
    `truncate consultation_task_extension, joint_meeting, webhook_delivery, webhook_subscription, integration_event, notification, sms_message, sms_log_outbox, portal_verification, portal_captcha_use, portal_message, portal_notice, sms_config, publicity_objection, publicity_entry, finding, crosscheck_run, crosscheck_recipient, import_batch, import_row_key, ref_death, ref_vehicle, ref_property, ref_business, ref_payroll, ref_medical, ref_status, ref_income, ref_hukou, ref_cadre, ref_unemployment, roster_conflict, outbox_event, extension_request, supervision_note, referral_event, referral, application_material, application, stored_file, reassessment_finding, reassessment, simulation, job, parameter_version, program_version, household_event, tier_history, benefit, person_asset, person_income, membership, person, household, user_session, api_token, admin_change_request, setting, service_window, program_plain_text, app_user, department, area, audit_log cascade`,
  );
  await ownerQuery(`update audit_head set pos = 0, hash = repeat('0', 64) where id = 1`);
  // The registered SMS templates as seeded (a test may edit them).
  await ownerQuery(`truncate sms_template`);
  for (const d of SMS_TEMPLATE_DEFS)
    await ownerQuery(
      `insert into sms_template (code, name, recipient_kind, event_type, content, allowed_variables, urgent) values ($1, $2, $3, $4, $5, $6, $7)`,
      [d.code, d.name, d.recipientKind, d.eventType ?? null, d.content, d.variables, d.urgent],
    );
  await ownerQuery(`truncate graphile_worker._private_jobs, graphile_worker._private_job_queues, graphile_worker._private_known_crontabs cascade`);
  // The working-day calendar exactly as its migration seeds it: the input fuzzer sets days as the system administrator
  // (today's date among them), and a holiday left behind moves every deadline of the files after it.
  await ownerQuery(`delete from calendar_day`);
  await ownerQuery(
    `insert into calendar_day ("date", kind, name, source, updated_by_name)
     select d, k, n, $1, '系统（初始数据）' from unnest($2::date[], $3::text[], $4::text[]) as x(d, k, n)`,
    [HOLIDAYS_CN_2026.source, HOLIDAYS_CN_2026.days.map((d) => d.date), HOLIDAYS_CN_2026.days.map((d) => d.kind), HOLIDAYS_CN_2026.days.map((d) => d.name)],
  );
  // The test files share one module graph (vitest.config.mts, isolate: false): no calendar cached by an earlier file.
  invalidateWorkCalendar();
}

export function cookieFrom(res: GqlResponse): string | undefined {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const c = list.find((s) => s.startsWith(`${SESSION_COOKIE}=`));
  return c ? c.split(';')[0] : undefined;
}

/** Seeds the fixture through the services (validated and logged like real data). */
export async function seedFixture(t: TestApp): Promise<void> {
  const root = t.system('fixture');
  const district = t.system('fixture', AREAS.district);
  await root.tx(() => createArea(root, { code: AREAS.district, name: '测试区', parentCode: null }));
  await district.tx(async () => {
    await createArea(district, { code: AREAS.town1, name: '一镇', parentCode: AREAS.district });
    await createArea(district, { code: AREAS.village1a, name: '一镇甲村', parentCode: AREAS.town1 });
    await createArea(district, { code: AREAS.village1b, name: '一镇乙村', parentCode: AREAS.town1 });
    await createArea(district, { code: AREAS.town2, name: '二镇', parentCode: AREAS.district });
    await createArea(district, { code: AREAS.village2a, name: '二镇甲村', parentCode: AREAS.town2 });
  });
  const depts = new Map<string, string>();
  for (const d of [
    { code: 'MINZHENG', name: '测试区民政局', shortName: '民政' },
    { code: 'RENSHE', name: '测试区人社局', shortName: '人社' },
  ]) {
    depts.set(d.code, (await createDepartment(district, d)).id);
  }
  for (const [username, spec] of Object.entries(USERS)) {
    await createUser(district, {
      username,
      displayName: `测试${username}`,
      areaCode: spec.area,
      roles: [spec.role],
      password: PASSWORD,
      departmentId: 'department' in spec ? depts.get(spec.department) : null,
    });
  }
  const em = t.orm.em.fork();
  // A user with no rights at all (roles cannot be empty through the service).
  em.create(User, {
    username: 'norights',
    displayName: '无权限',
    passwordHash: (await em.findOneOrFail(User, { username: 'town1' })).passwordHash,
    areaCode: AREAS.village1a,
    roles: [],
  });
  await em.flush();
  await em.nativeUpdate(User, {}, { mustChangePassword: false });
  for (const admin of ['sysadmin', 'secadmin', 'auditadmin']) {
    await em.nativeUpdate(User, { username: admin }, { totpSecretEnc: t.runtime.fieldCrypto.encrypt(TOTP_SECRET), mfaEnabled: true });
  }
}
