/** Statuses of an import batch (GraphQL enum ImportStatus). Row error names: ROW_ERROR_CODE_NAMES in records.ts. */
export const IMPORT_STATUS_NAMES = { QUEUED: '排队中', RUNNING: '导入中', DONE: '已完成', FAILED: '失败', CANCELLED: '已取消' } as const;
