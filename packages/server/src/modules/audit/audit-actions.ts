/** Chinese names of operation-log actions (操作类型). */
export const ACTION_NAMES: Record<string, string> = {
  'auth.login': '登录成功',
  'auth.login_password_ok': '密码验证通过（待两步验证）',
  'auth.login_failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.mfa_failed': '动态验证码错误',
  'auth.mfa_enabled': '启用两步验证',
  'auth.logout': '退出登录',
  'auth.password_changed': '修改密码',
  'session.revoked': '撤销会话',
  'user.created': '新增用户',
  'user.updated': '修改用户',
  'user.roles_set': '分配角色',
  'user.unlocked': '解锁账号',
  'user.password_reset': '重置密码',
  'area.created': '新增区划',
  'area.updated': '修改区划',
  'area.deleted': '删除区划',
  'department.created': '新增部门',
  'department.updated': '修改部门',
  'api_token.created': '新建接口令牌',
  'api_token.revoked': '吊销接口令牌',
  'audit.searched': '查阅操作日志',
  'audit.verified': '校验日志链',
  'system.seeded': '初始化演示数据',
};

export const actionName = (action: string) => ACTION_NAMES[action] ?? action;
