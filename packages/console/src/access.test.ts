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

  it('a list of permissions means any of them', () => {
    const access = buildAccess({ permissions: ['job.system'] });
    expect(access.can(['household.read', 'job.system'])).toBe(true);
    expect(access.can(['household.read', 'program.simulate'])).toBe(false);
    expect(access.can([])).toBe(false);
    expect(buildAccess(null).can(['job.system'])).toBe(false);
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
          "/reports",
          "线索报送",
          "application.preSubmit",
        ],
        [
          "/applications/new",
          "受理登记",
          "application.write",
        ],
        [
          "/applications",
          "申请管理",
          "application.read",
        ],
        [
          "/applications/:id",
          "一件事详情",
          "application.read",
        ],
        [
          "/workbench",
          "部门工作台",
          "referral.handle",
        ],
        [
          "/referrals/:id",
          "转办单详情",
          "application.read",
        ],
        [
          "/supervision",
          "督办看板",
          "application.read",
        ],
        [
          "/programs",
          "事项目录",
          null,
        ],
        [
          "/screening",
          "救助筛查",
          "household.read",
        ],
        [
          "/reassessment",
          "复核任务",
          "household.read",
        ],
        [
          "/simulation",
          "模拟测算",
          "program.simulate",
        ],
        [
          "/jobs",
          "后台任务",
          [
            "household.read",
            "program.simulate",
            "household.export",
            "job.system",
          ],
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
          "/calendar",
          "节假日日历",
          "calendar.manage",
        ],
        [
          "/settings",
          "系统设置",
          "setting.manage",
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
