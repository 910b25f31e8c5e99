import { setUserMobile } from '../modules/sms/sms.service';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_TOTP_SECRET } from '../config';
import { systemContext, type Runtime } from '../graphql/request-context';
import { createArea } from '../modules/area/area.service';
import { recordAudit } from '../modules/audit/audit.service';
import { ROLE_BY_CODE } from '../modules/auth/roles';
import { User } from '../modules/auth/user.entity';
import { createDepartment } from '../modules/department/department.service';
import { updateSetting } from '../modules/setting/setting.service';
import { createUser } from '../modules/user/user.service';
import { seedDemoFaqs, seedDemoNotices, seedDemoWindows } from './portal-demo';
import { DEMO_DEPARTMENTS, DEMO_DISTRICT, DEMO_TOWNS } from './demo-district';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  roleName: string;
  admin: boolean;
  areaCode: string;
  department?: string;
  /** Window staff receive 办理 SMS on their mobile (modules/sms); fictional numbers. */
  mobile?: string;
}

const account = (username: string, displayName: string, role: string, areaCode: string, department?: string, mobile?: string): DemoAccount => ({
  username,
  displayName,
  role,
  roleName: ROLE_BY_CODE.get(role)!.name,
  admin: ROLE_BY_CODE.get(role)!.admin,
  areaCode,
  department,
  mobile,
});

/** One demo account per role (README lists them; production refuses the demo password). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  account('cun01', '李秀英', 'VILLAGE_WINDOW', '500199101201', undefined, '13900001201'),
  account('zhen01', '王建国', 'TOWN_WINDOW', '500199101000', undefined, '13900001000'),
  account('minzheng01', '张丽', 'DEPT_OFFICER', '500199000000', 'MINZHENG'),
  account('renshe01', '黄伟', 'DEPT_OFFICER', '500199000000', 'RENSHE'),
  account('yibao01', '吴芳', 'DEPT_OFFICER', '500199000000', 'YIBAO'),
  account('zhujian01', '郑强', 'DEPT_OFFICER', '500199000000', 'ZHUJIAN'),
  account('jiaoyu01', '何敏', 'DEPT_OFFICER', '500199000000', 'JIAOYU'),
  account('zhenzhang01', '马卫东', 'TOWN_LEADER', '500199101000'),
  account('xinxi01', '刘志强', 'INFORMANT', '500199101202'),
  account('lianxi01', '陈静', 'JOINT_MEMBER', '500199000000'),
  account('sysadmin', '赵系统', 'SYS_ADMIN', '500199000000'),
  account('secadmin', '孙安全', 'SEC_ADMIN', '500199000000'),
  account('auditadmin', '周审计', 'AUDIT_ADMIN', '500199000000'),
];

export async function isDatabaseEmpty(orm: MikroORM): Promise<boolean> {
  const rows = (await orm.em.fork().execute(`select count(*)::int as n from app_user`)) as Array<{ n: number }>;
  return rows[0].n === 0;
}

/**
 * Seeds the demo district through the same services the console uses (so every row is
 * validated and in the operation log), under an explicit system context.
 */
export async function seedDemo(orm: MikroORM, runtime: Runtime): Promise<{ areas: number; departments: number; users: number }> {
  const root = systemContext(orm.em, runtime, 'seed-demo');
  const district = systemContext(orm.em, runtime, 'seed-demo', DEMO_DISTRICT.code);
  let areas = 0;
  // Only the district itself needs the unrestricted system scope; everything else is written
  // in the district's scope, so the district's audit administrator sees it in the log.
  await root.tx(() => createArea(root, { code: DEMO_DISTRICT.code, name: DEMO_DISTRICT.name, parentCode: null }));
  areas++;
  await district.tx(async () => {
    for (const t of DEMO_TOWNS) {
      await createArea(district, { code: t.code, name: t.name, parentCode: DEMO_DISTRICT.code });
      areas++;
      for (const v of t.villages) {
        await createArea(district, { code: v.code, name: v.name, parentCode: t.code });
        areas++;
      }
    }
  });
  const deptIds = new Map<string, string>();
  await district.tx(async () => {
    for (const d of DEMO_DEPARTMENTS) deptIds.set(d.code, (await createDepartment(district, d)).id);
  });
  const mobiles: Array<[string, string]> = [];
  await district.tx(async (em) => {
    for (const a of DEMO_ACCOUNTS) {
      const u = await createUser(district, {
        username: a.username,
        displayName: a.displayName,
        areaCode: a.areaCode,
        roles: [a.role],
        // The demo informant is the village's 民政社保员 (三级信息员).
        informantKind: a.role === 'INFORMANT' ? 'SOCIAL_WORKER' : null,
        departmentId: a.department ? deptIds.get(a.department) : null,
        password: runtime.config.demoPassword,
      });
      if (a.mobile) mobiles.push([u.id, a.mobile]);
      const entity = await em.findOneOrFail(User, { id: u.id });
      entity.mustChangePassword = false;
      if (a.admin) {
        entity.totpSecretEnc = runtime.fieldCrypto.encrypt(DEMO_TOTP_SECRET);
        entity.mfaEnabled = true;
      }
    }
    await em.flush();
    await recordAudit(district, {
      action: 'system.seeded',
      entityType: 'system',
      detail: { areas, departments: DEMO_DEPARTMENTS.length, users: DEMO_ACCOUNTS.length },
    });
  });
  for (const [id, mobile] of mobiles) await setUserMobile(district, id, mobile, false);
  // 系统设置: the demo's 社会救助服务热线 (民政服务热线 12349), printed on the 受理回执.
  await updateSetting(district, 'ASSISTANCE_HOTLINE', '12349', 0);
  // 门户「受理窗口」: addresses, hours and numbers of the district's and every town's window (演示数据, modules/portal).
  await seedDemoWindows(district);
  // 门户「常见问题」: general questions and answers (modules/portal).
  await seedDemoFaqs(district);
  // 门户「通知公告」: a 政策解读, a 工作动态 and the pinned hotline notice (modules/portal).
  await seedDemoNotices(district);
  return { areas, departments: DEMO_DEPARTMENTS.length, users: DEMO_ACCOUNTS.length };
}
