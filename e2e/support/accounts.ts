/**
 * Demo accounts seeded by the server on an empty database (docs/api-contract.md).
 * Everyone shares one demo password; administrators also need a TOTP code from the demo secret.
 */
export const DEMO_PASSWORD = 'Xiejiu@2026';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export type RoleCode =
  | 'VILLAGE_WINDOW'
  | 'TOWN_WINDOW'
  | 'DEPT_OFFICER'
  | 'INFORMANT'
  | 'TOWN_LEADER'
  | 'JOINT_MEMBER'
  | 'SYS_ADMIN'
  | 'SEC_ADMIN'
  | 'AUDIT_ADMIN';

export interface DemoAccount {
  username: string;
  role: RoleCode;
  /** 角色名称 as the contract names it. */
  roleName: string;
  /** Base32 TOTP secret for accounts that must pass the second factor. */
  totpSecret?: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'cun01', role: 'VILLAGE_WINDOW', roleName: '村社窗口人员' },
  { username: 'zhen01', role: 'TOWN_WINDOW', roleName: '镇街窗口人员' },
  { username: 'minzheng01', role: 'DEPT_OFFICER', roleName: '部门经办人员' },
  { username: 'renshe01', role: 'DEPT_OFFICER', roleName: '部门经办人员' },
  { username: 'yibao01', role: 'DEPT_OFFICER', roleName: '部门经办人员' },
  { username: 'zhujian01', role: 'DEPT_OFFICER', roleName: '部门经办人员' },
  { username: 'jiaoyu01', role: 'DEPT_OFFICER', roleName: '部门经办人员' },
  { username: 'zhenzhang01', role: 'TOWN_LEADER', roleName: '镇街分管负责人' },
  { username: 'xinxi01', role: 'INFORMANT', roleName: '信息员' },
  { username: 'lianxi01', role: 'JOINT_MEMBER', roleName: '联席会议成员' },
  { username: 'sysadmin', role: 'SYS_ADMIN', roleName: '系统管理员', totpSecret: DEMO_TOTP_SECRET },
  { username: 'secadmin', role: 'SEC_ADMIN', roleName: '安全管理员', totpSecret: DEMO_TOTP_SECRET },
  { username: 'auditadmin', role: 'AUDIT_ADMIN', roleName: '审计管理员', totpSecret: DEMO_TOTP_SECRET },
];

export function demoAccount(username: string): DemoAccount {
  const account = demoAccounts.find((a) => a.username === username);
  if (!account) throw new Error(`unknown demo account: ${username}`);
  return account;
}
