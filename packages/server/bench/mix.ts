import { areaPrefix } from '@xiejiu/rules';
import type { Client } from 'pg';
import type { Started } from '../src/bootstrap';
import { Session } from '../src/modules/auth/session.entity';
import { newToken, SESSION_COOKIE, tokenHash } from '../src/modules/auth/session-token';
import { User } from '../src/modules/auth/user.entity';
import type { FieldCrypto } from '../src/shared/field-crypto';
import { COMMON_SURNAMES } from '../src/seed/households';
import { Rng } from '../src/seed/households/prng';
import type { SearchFilter } from './queries';

/** One request body of a load phase: its kind, the role sending it and that role's session cookie. */
export type MixBody = { kind: string; role?: string; cookie?: string; body: string };

/** The kinds of household search P3 measures, each as every role (docs/benchmarks.md). */
export const SEARCH_KINDS = ['full name', 'bare surname', 'exact ID', 'area + tier'];

/** A demo account searching with its own scope: district-wide, one town, one village. */
export interface BenchUser {
  role: 'district' | 'town' | 'village';
  username: string;
  /** Scope prefix: 6, 9 or 12 digits. */
  prefix: string;
  cookie: string;
}

/** The demo accounts of the three scopes (src/seed/demo.ts); BENCH_USER replaces the district one. */
export const BENCH_ROLES: Array<{ role: BenchUser['role']; username: string }> = [
  { role: 'district', username: process.env.BENCH_USER ?? 'minzheng01' },
  { role: 'town', username: 'zhen01' },
  { role: 'village', username: 'cun01' },
];

/** A fresh session for a demo account (written as the login would), as a cookie header. */
export async function sessionCookie(started: Started, username: string): Promise<string> {
  const em = started.orm.em.fork();
  const user = await em.findOne(User, { username });
  if (!user) throw new Error(`演示账号 ${username} 不存在 / bench account ${username} not found`);
  const token = newToken();
  em.create(Session, { id: tokenHash(token), user, expiresAt: new Date(Date.now() + 6 * 3600_000), mfaPending: false });
  await em.flush();
  return `${SESSION_COOKIE}=${token}`;
}

export async function benchUsers(started: Started, owner: Client, roles = BENCH_ROLES): Promise<BenchUser[]> {
  const out: BenchUser[] = [];
  for (const r of roles) {
    const { rows } = await owner.query<{ area_code: string }>(`select area_code from app_user where username = $1`, [r.username]);
    if (!rows.length) throw new Error(`演示账号 ${r.username} 不存在 / bench account ${r.username} not found`);
    out.push({ ...r, prefix: areaPrefix(rows[0].area_code), cookie: await sessionCookie(started, r.username) });
  }
  return out;
}

/**
 * Search bodies per role, as a clerk of that scope searches (values sampled inside the role's own area, so
 * the searches find what a clerk would look for): full name of a real person, a bare common surname
 * (the broad worst case: the count stops at its cap), an exact ID number (blind index), an area of the
 * scope (town or village) with a tier. `perCell` bodies for each kind × role, in a seeded order.
 */
export async function searchBodies(owner: Client, fieldCrypto: FieldCrypto, query: string, users: BenchUser[], perCell = 250): Promise<MixBody[]> {
  const rng = new Rng(7);
  const bodies: MixBody[] = [];
  for (const u of users) {
    const persons = (
      await owner.query<{ name: string; id_enc: string }>(
        `select name, id_enc from person where area_code like $1 || '%' and household_id is not null order by random() limit $2`,
        [u.prefix, perCell],
      )
    ).rows;
    const areas = (
      await owner.query<{ code: string }>(`select code from area where level in (2, 3) and code like $1 || '%' order by code`, [u.prefix])
    ).rows.map((r) => r.code);
    if (!persons.length || !areas.length) throw new Error(`no persons or areas in ${u.prefix} to build the ${u.role} searches from`);
    const add = (kind: string, filter: SearchFilter) =>
      bodies.push({ kind, role: u.role, cookie: u.cookie, body: JSON.stringify({ query, variables: { filter, page: 1, pageSize: 20 } }) });
    for (let i = 0; i < perCell; i++) {
      const p = persons[i % persons.length];
      add('full name', { keyword: p.name });
      add('bare surname', { keyword: rng.pick(COMMON_SURNAMES.slice(0, 4)) });
      add('exact ID', { idNumber: fieldCrypto.decrypt(p.id_enc) });
      add('area + tier', { areaCode: rng.pick(areas), tier: rng.pick(['T1', 'T2', 'T3', 'T4']) });
    }
  }
  // Interleaved so that every stretch of a phase carries every kind and role.
  for (let i = bodies.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [bodies[i], bodies[j]] = [bodies[j], bodies[i]];
  }
  return bodies;
}
