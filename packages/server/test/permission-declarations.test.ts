import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/graphql/schema';
import { PERMISSION_NAMES, Permission } from '../src/modules/auth/permissions';
import { ROLES, validateRoleSet } from '../src/modules/auth/roles';

/**
 * Every operation declares its permission; this snapshot makes any change to an
 * operation's rights show up in review (compare Twenty's endpoint-permission-declarations).
 */
let lines: string[] = [];
let undeclared: string[] = [];

beforeAll(async () => {
  await buildAppSchema();
  const storage = getMetadataStorage();
  const declared = (target: object, field: string) => storage.authorizedFields.find((a) => a.target === target && a.fieldName === field)?.roles;
  for (const [kind, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    for (const op of list) {
      const roles = declared(op.target, op.methodName);
      const name = `${kind}.${op.schemaName}`;
      if (!roles || roles.length === 0) undeclared.push(name);
      lines.push(`${name}: ${(roles ?? ['<none>']).join(' + ')}`);
    }
  }
  lines = [...new Set(lines)].sort();
  undeclared = [...new Set(undeclared)];
});

describe('permission declarations', () => {
  it('every query and mutation declares a permission', () => {
    expect(undeclared).toEqual([]);
  });

  it('only known permission names are declared', () => {
    const known = new Set<string>(Object.values(Permission));
    for (const l of lines) for (const p of l.split(': ')[1].split(' + ')) expect(known.has(p), `${l}`).toBe(true);
  });

  it('match the reviewed snapshot', async () => {
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/permission-declarations.txt');
  });

  it('public operations are only login, logout, me, the 公示 of the portal (masked notices, objections) its reference content (windows, hotline, policies, 常见问题), the self-check that stores nothing, the phone-verified online pre-application, 群众报告 and status lookup, the 留言 board with phone-verified writing and reply lookup, and the published 通知公告', () => {
    expect(lines.filter((l) => l.endsWith(': public'))).toEqual([
      'Mutation.login: public',
      'Mutation.logout: public',
      'Mutation.lookupCitizenApplication: public',
      'Mutation.lookupPortalMessage: public',
      'Mutation.sendPortalSmsCode: public',
      'Mutation.submitCitizenApplication: public',
      'Mutation.submitCitizenReport: public',
      'Mutation.submitPortalMessage: public',
      'Mutation.submitPublicityObjection: public',
      'Query.me: public',
      'Query.portalApplyTerms: public',
      'Query.portalCaptcha: public',
      'Query.portalFaqs: public',
      'Query.portalInfo: public',
      'Query.portalMessageBoard: public',
      'Query.portalNotice: public',
      'Query.portalNotices: public',
      'Query.portalProgram: public',
      'Query.portalPrograms: public',
      'Query.portalTowns: public',
      'Query.portalWindows: public',
      'Query.publicNoticeAreas: public',
      'Query.publicNotices: public',
      'Query.selfCheck: public',
    ]);
  });
});

describe('roles', () => {
  it('every role permission has a Chinese name', () => {
    for (const r of ROLES) for (const p of r.permissions) expect(PERMISSION_NAMES[p], `${r.code}:${p}`).toBeTruthy();
  });

  it('separates the three administrators (三权分立)', () => {
    const by = Object.fromEntries(ROLES.map((r) => [r.code, new Set(r.permissions)]));
    expect(by.SYS_ADMIN.has('audit.read')).toBe(false);
    expect(by.SYS_ADMIN.has('user.security')).toBe(false);
    expect(by.SEC_ADMIN.has('user.manage')).toBe(false);
    expect(by.SEC_ADMIN.has('audit.read')).toBe(false);
    expect(by.AUDIT_ADMIN.has('user.read')).toBe(false);
    expect(validateRoleSet(['SYS_ADMIN', 'AUDIT_ADMIN'])).toMatch(/三权分立/);
    expect(validateRoleSet(['SYS_ADMIN', 'TOWN_WINDOW'])).toMatch(/业务角色/);
    expect(validateRoleSet(['TOWN_WINDOW', 'JOINT_MEMBER'])).toBeNull();
  });
});
