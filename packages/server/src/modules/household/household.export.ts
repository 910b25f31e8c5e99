import fs from 'node:fs';
import path from 'node:path';
import type { RequestContext } from '../../graphql/request-context';
import { systemContext, RequestContext as Ctx } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { permissionsOf } from '../auth/roles';
import { enqueueJob, getJob, type JobView } from '../jobs/jobs.service';
import { defineJob } from '../jobs/registry';
import { countHouseholds, type HouseholdFilter } from './household.query';
import { writeLedgerXlsx } from './ledger-xlsx';

/** Most households one export may contain. */
export const EXPORT_MAX_HOUSEHOLDS = 20_000;
/** Up to this many the file is made during the request (`GET /files/households.xlsx`); above, an export job. */
export const EXPORT_DIRECT_MAX = 2_000;

/** Checks permission, filter and size before any byte is written; returns the household count. */
export async function checkExport(ctx: RequestContext, filter: HouseholdFilter, max = EXPORT_MAX_HOUSEHOLDS): Promise<number> {
  ctx.require('household.export', '导出台账');
  const total = await countHouseholds(ctx, filter, Math.max(max, EXPORT_MAX_HOUSEHOLDS) + 1);
  if (total > EXPORT_MAX_HOUSEHOLDS) {
    throw new AppError('BAD_USER_INPUT', `导出范围过大（超过 ${EXPORT_MAX_HOUSEHOLDS} 户），请缩小筛选条件`);
  }
  if (total > max) {
    throw new AppError('BAD_USER_INPUT', `导出范围较大（超过 ${max} 户），请使用后台导出，完成后在“后台任务”中下载`, { field: 'filter', useJob: true });
  }
  return total;
}

/** Logged before any byte is written, so an export interrupted midway is still on record. */
async function logExport(ctx: RequestContext, filter: HouseholdFilter, households: number, jobId?: string): Promise<void> {
  await ctx.tx(() =>
    recordAudit(ctx, { action: 'household.exported', entityType: 'household', detail: { filter: { ...filter }, households, ...(jobId ? { jobId } : {}) } }),
  );
}

/** Direct export of a small filter (≤ EXPORT_DIRECT_MAX households) to `filePath` (the route streams it). */
export async function exportHouseholdsToFile(ctx: RequestContext, filter: HouseholdFilter, filePath: string): Promise<number> {
  const total = await checkExport(ctx, filter, EXPORT_DIRECT_MAX);
  await logExport(ctx, filter, total);
  return (await writeLedgerXlsx(ctx, filter, total, filePath)).households;
}

/** Where finished export files are kept (readable by their requester through `/api/jobs/:id/file`). */
export function exportFilePath(ctx: RequestContext, jobId: string): string {
  const dir = path.join(ctx.runtime.config.fileStorageDir, 'exports');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `${jobId}.xlsx`);
}

interface ExportPayload {
  filter: HouseholdFilter;
  total: number;
  file?: { name: string; bytes: number };
}

/**
 * The requester as an actor again (roles, area and department as they are now): an export contains what
 * its requester may read, so it runs as that user, not as the system. A disabled user, or one who lost
 * `household.export`, fails the job.
 */
async function requesterContext(sys: RequestContext, jobId: string): Promise<RequestContext> {
  const [u] = await sys.tx((em) =>
    sqlRows<{ id: string; username: string; displayName: string; roles: string[]; areaCode: string; departmentId: string | null; disabled: boolean }>(
      em,
      `select u.id, u.username, u.display_name as "displayName", u.roles, u.area_code as "areaCode", u.department_id as "departmentId", u.disabled
       from job j join app_user u on u.id = j.requested_by where j.id = ?`,
      [jobId],
    ),
  );
  if (!u || u.disabled) throw new AppError('FORBIDDEN', '发起导出的账号已停用，导出已停止');
  const ctx = new Ctx({
    em: sys.em.fork(),
    requestId: `job-${jobId}`,
    runtime: sys.runtime,
    actor: {
      kind: 'user',
      id: u.id,
      name: u.displayName,
      username: u.username,
      roles: u.roles,
      permissions: permissionsOf(u.roles),
      areaCode: u.areaCode,
      departmentId: u.departmentId,
    },
  });
  ctx.require('household.export', '导出台账');
  return ctx;
}

export const ledgerExportJob = defineJob<ExportPayload>({
  kind: 'ledger-export',
  name: '台账导出',
  visibility: { permission: 'household.export', scope: 'requester' },
  maxAttempts: 2,
  async run(run) {
    const ctx = await requesterContext(run.ctx, run.id);
    const sys = systemContext(run.ctx.em, run.ctx.runtime, 'ledger-export');
    const { filter, total } = run.payload;
    await sys.tx((em) => run.setTotal(em, total));
    const file = exportFilePath(ctx, run.id);
    let alive = true;
    const out = await writeLedgerXlsx(ctx, filter, total, file, async (n) => {
      alive = await sys.tx((em) => run.commit(em, { processed: n }));
      return alive && !run.stopping;
    });
    if (!alive || run.stopping) return 'incomplete';
    const name = `户籍台账-${new Date().toISOString().slice(0, 10)}.xlsx`;
    await sys.tx((em) =>
      em.execute(`update job set payload = payload || ?::jsonb, total = ? where id = ?`, [
        JSON.stringify({ file: { name, bytes: out.bytes } }),
        out.households,
        run.id,
      ]),
    );
  },
});

/** 后台导出: queues an export of the filter (up to EXPORT_MAX_HOUSEHOLDS) as the caller; logged now. */
export async function startHouseholdExport(ctx: RequestContext, filter: HouseholdFilter): Promise<JobView> {
  // The job runs as its requester's staff account; integrator tokens use the direct download.
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', '后台导出仅限工作人员账号，接口令牌请使用直接下载（不超过 2000 户）');
  const total = await checkExport(ctx, filter);
  if (total === 0) throw new AppError('BAD_USER_INPUT', '没有符合筛选条件的家庭');
  const id = await ctx.tx(async (em) => {
    const jobId = await enqueueJob(ctx, em, ledgerExportJob, { payload: { filter, total }, title: `台账导出（${total} 户）` });
    await logExport(ctx, filter, total, jobId);
    return jobId;
  });
  return getJob(ctx, id);
}
