import { Permission, type PermissionCode } from './permissions';

/**
 * What an integrator token (对接系统) may do: a closed set of scopes, each a fixed list of
 * permissions. A token carries scopes, never permissions; its actor's permissions are derived
 * from this table on every request, so nothing outside it can reach a token. Configuration and
 * administration (users, roles, tokens, areas, departments, calendar, programs, the operation
 * log), writing the ledger or applications, unmasking and the file export are in no scope.
 * ADR 0011.
 */
export enum ApiTokenScope {
  LEDGER_SHARED_READ = 'LEDGER_SHARED_READ',
  LEDGER_DETAIL_READ = 'LEDGER_DETAIL_READ',
  REFERRAL_HANDLE = 'REFERRAL_HANDLE',
  BENEFIT_MANAGE = 'BENEFIT_MANAGE',
  REFERENCE_DATA_PUSH = 'REFERENCE_DATA_PUSH',
  IDENTITY_MATCH = 'IDENTITY_MATCH',
  EVENTS_READ = 'EVENTS_READ',
}

export interface TokenScopeDef {
  scope: ApiTokenScope;
  name: string;
  description: string;
  permissions: PermissionCode[];
  /** The token must carry a department (the scope acts for that department). */
  needsDepartment: boolean;
}

const DIRECTORY: PermissionCode[] = [Permission.AreaRead, Permission.DepartmentRead];

export const TOKEN_SCOPES: TokenScopeDef[] = [
  {
    scope: ApiTokenScope.LEDGER_SHARED_READ,
    name: '读取共享台账',
    description: '在授权区划内检索家庭，读取共享信息（姓名、脱敏身份证号、层级、各部门救助）以及区划、部门目录；收入、财产、住址、电话等详细信息不可见。',
    permissions: [...DIRECTORY, Permission.HouseholdRead],
    needsDepartment: false,
  },
  {
    scope: ApiTokenScope.LEDGER_DETAIL_READ,
    name: '读取本部门经办家庭详情',
    description: '包含“读取共享台账”；另可读取令牌所属部门有救助记录或转办单的家庭的详细信息（收入、财产、健康等），其他家庭仍只见共享信息。须指定所属部门。',
    permissions: [...DIRECTORY, Permission.HouseholdRead, Permission.HouseholdDetailInvolved],
    needsDepartment: true,
  },
  {
    scope: ApiTokenScope.REFERRAL_HANDLE,
    name: '办理本部门转办单',
    description:
      '查看并办理转给令牌所属部门的转办单：签收、要求补正、发起核查、作出决定、完成公示、转办、退回、申请延期、答复督办，下载其申请材料；只能看到本部门的转办单及含有本部门转办单的申请。须指定所属部门。',
    permissions: [...DIRECTORY, Permission.ApplicationRead, Permission.ReferralHandle],
    needsDepartment: true,
  },
  {
    scope: ApiTokenScope.BENEFIT_MANAGE,
    name: '维护本部门救助记录',
    description: '为令牌所属部门主管的救助事项记录救助、变更救助状态（两不变：其他部门的事项不能维护）。须指定所属部门。',
    permissions: [...DIRECTORY, Permission.BenefitManage],
    needsDepartment: true,
  },
  {
    scope: ApiTokenScope.REFERENCE_DATA_PUSH,
    name: '推送参考数据',
    description:
      '通过 POST /api/imports/<数据集> 推送救助名册和比对数据（死亡、车辆、不动产、工商等），与部门经办人员的数据导入相同的校验与合并；推送救助名册须指定所属部门。不能读取台账。',
    permissions: [Permission.ReferencePush],
    needsDepartment: false,
  },
  {
    scope: ApiTokenScope.IDENTITY_MATCH,
    name: '身份比对',
    description:
      '由部门系统提交身份证号，查询其中谁是平台中的社会救助、优抚等对象（只返回身份，不含收入、财产、健康等信息；每次记入操作日志）。须指定所属部门。',
    permissions: [...DIRECTORY, Permission.IdentityMatch],
    needsDepartment: true,
  },
  {
    scope: ApiTokenScope.EVENTS_READ,
    name: '订阅变更事件',
    description:
      '读取变更事件（events 查询）并接收回调通知（由安全管理员登记回调地址）：只含令牌其他权限范围可查看的对象——“办理本部门转办单”：本部门转办单的派发、签收、决定等；“维护本部门救助记录”或“读取共享台账”：本部门救助记录的新增、变更和名册导入；“维护本部门救助记录”：本部门救助记录的新比对疑点（只有数量）。',
    permissions: [...DIRECTORY, Permission.EventRead],
    needsDepartment: false,
  },
];

export const SCOPE_BY_CODE = new Map<string, TokenScopeDef>(TOKEN_SCOPES.map((s) => [s.scope, s]));

/** The permissions a token's scopes grant; unknown scope names grant nothing (fail closed). */
export function permissionsOfScopes(scopes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of scopes) for (const p of SCOPE_BY_CODE.get(s)?.permissions ?? []) out.add(p);
  return out;
}
