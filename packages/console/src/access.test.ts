import { describe, expect, it } from 'vitest';
import { buildAccess } from './access';
import { routes } from './routes';

describe('access', () => {
  it('grants only listed permissions, and anything-signed-in for undefined', () => {
    const access = buildAccess({ permissions: ['area.read', 'audit.read'] });
    expect(access.can(undefined)).toBe(true);
    expect(access.can('area.read')).toBe(true);
    expect(access.can('user.manage')).toBe(false);
  });

  it('denies everything without a user', () => {
    expect(buildAccess(null).can(undefined)).toBe(false);
  });

  it('declares one access key per console route', () => {
    const table = routes.map((r) => [r.path, r.name, r.access ?? null]);
    expect(table).toMatchInlineSnapshot(`
      [
        [
          "/login",
          "登录",
          null,
        ],
        [
          "/",
          "工作台",
          null,
        ],
        [
          "/ledger",
          "户籍台账",
          "household.read",
        ],
        [
          "/programs",
          "事项目录",
          null,
        ],
        [
          "/ledger/new",
          "一表登记",
          "household.write",
        ],
        [
          "/ledger/:id",
          "家庭详情",
          "household.read",
        ],
        [
          "/areas",
          "区划管理",
          "area.read",
        ],
        [
          "/departments",
          "部门管理",
          "department.read",
        ],
        [
          "/users",
          "用户管理",
          "user.read",
        ],
        [
          "/api-tokens",
          "接口令牌",
          "apiToken.manage",
        ],
        [
          "/audit",
          "操作日志",
          "audit.read",
        ],
      ]
    `);
  });
});
