import type { RowErrorCode } from './records';

/** Chinese meaning of every row error code (error report, console, GraphQL enum ImportRowError). */
export const ROW_ERROR_NAMES: Record<RowErrorCode | 'HEAD_NOT_FOUND', string> = {
  MISSING_FIELD: '必填项为空',
  BAD_ID_FORMAT: '身份证号格式错误',
  BAD_CHECK_DIGIT: '身份证号校验位错误',
  BAD_BIRTH_DATE: '身份证号中的出生日期无效',
  BAD_NAME: '姓名不合规',
  UNKNOWN_PROGRAM: '未知的救助项目编码',
  NOT_OWN_PROGRAM: '不是本部门主管的救助项目',
  UNKNOWN_AREA: '区划代码不存在（须为村社一级 12 位代码）',
  OUT_OF_SCOPE: '区划不在导入人的管辖范围内',
  BAD_AMOUNT: '金额无效',
  BAD_DATE: '日期无效',
  BAD_CODE: '取值不在规定范围内',
  BAD_PHONE: '联系电话格式错误',
  TOO_LONG: '内容超过长度上限',
  HEAD_NOT_FOUND: '户主既不在文件中也未在台账中登记',
};

export const IMPORT_STATUS_NAMES = { QUEUED: '排队中', RUNNING: '导入中', DONE: '已完成', FAILED: '失败', CANCELLED: '已取消' } as const;
