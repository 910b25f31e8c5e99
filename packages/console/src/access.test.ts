import { describe, expect, it } from 'vitest';
import { buildAccess } from './access';
import { routes } from './routes';

describe('access', () => {
  it('grants only listed permissions, and anything-signed-in for undefined', () => {
    const access = buildAccess({ permissions: ['AREA_READ', 'AUDIT_READ'] });
    expect(access.can(undefined)).toBe(true);
    expect(access.can('AREA_READ')).toBe(true);
    expect(access.can('USER_MANAGE')).toBe(false);
  });

  it('a list of permissions means any of them', () => {
    const access = buildAccess({ permissions: ['JOB_SYSTEM'] });
    expect(access.can(['HOUSEHOLD_READ', 'JOB_SYSTEM'])).toBe(true);
    expect(access.can(['HOUSEHOLD_READ', 'PROGRAM_SIMULATE'])).toBe(false);
    expect(access.can([])).toBe(false);
    expect(buildAccess(null).can(['JOB_SYSTEM'])).toBe(false);
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
          "HOUSEHOLD_READ",
        ],
        [
          "/reports",
          "线索报送",
          "APPLICATION_PRE_SUBMIT",
        ],
        [
          "/applications/new",
          "受理登记",
          "APPLICATION_WRITE",
        ],
        [
          "/applications",
          "申请管理",
          "APPLICATION_READ",
        ],
        [
          "/applications/:id",
          "一件事详情",
          "APPLICATION_READ",
        ],
        [
          "/workbench",
          "部门工作台",
          "REFERRAL_HANDLE",
        ],
        [
          "/referrals/:id",
          "转办单详情",
          "APPLICATION_READ",
        ],
        [
          "/supervision",
          "督办看板",
          "APPLICATION_READ",
        ],
        [
          "/programs",
          "事项目录",
          null,
        ],
        [
          "/screening",
          "救助筛查",
          "HOUSEHOLD_READ",
        ],
        [
          "/reassessment",
          "复核任务",
          "HOUSEHOLD_READ",
        ],
        [
          "/simulation",
          "模拟测算",
          "PROGRAM_SIMULATE",
        ],
        [
          "/jobs",
          "后台任务",
          [
            "HOUSEHOLD_READ",
            "PROGRAM_SIMULATE",
            "HOUSEHOLD_EXPORT",
            "JOB_SYSTEM",
          ],
        ],
        [
          "/ledger/new",
          "一表登记",
          "HOUSEHOLD_WRITE",
        ],
        [
          "/ledger/:id",
          "家庭详情",
          "HOUSEHOLD_READ",
        ],
        [
          "/areas",
          "区划管理",
          "AREA_READ",
        ],
        [
          "/departments",
          "部门管理",
          "DEPARTMENT_READ",
        ],
        [
          "/users",
          "用户管理",
          "USER_READ",
        ],
        [
          "/calendar",
          "节假日日历",
          "CALENDAR_MANAGE",
        ],
        [
          "/settings",
          "系统设置",
          "SETTING_MANAGE",
        ],
        [
          "/api-tokens",
          "接口令牌",
          "API_TOKEN_MANAGE",
        ],
        [
          "/audit",
          "操作日志",
          "AUDIT_READ",
        ],
        [
          "/imports",
          "数据导入",
          "ROSTER_IMPORT",
        ],
        [
          "/identity-match",
          "身份比对",
          "IDENTITY_MATCH",
        ],
        [
          "/findings",
          "疑点复核",
          "FINDING_READ",
        ],
      ]
    `);
  });
});
