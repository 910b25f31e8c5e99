import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RequestContext } from '../../graphql/request-context';
import { systemContext, RequestContext as Ctx } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { ModuleWorker } from '../../shared/module-worker';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { permissionsOf } from '../auth/roles';
import { enqueueJob, getJob, type JobView } from '../jobs/jobs.service';
import { defineJob } from '../jobs/registry';
import { defineExporter, EXPORT_LIST_NAMES, exporterFrom, type ExportOptions, type ListExportDef, type ListExporter } from './exporter';

/**
 * One way to export a list (ADR 0031): check permission, filter and size before any byte is written, log
 * the export, then read the list page by page through its own query and stream the rows into exceljs on
 * the xlsx thread (P8). Small exports are made during the request (`GET /files/exports/:list.xlsx`),
 * large ones by the list's export job, downloaded from 后台任务 (`GET /api/jobs/:id/file`).
 */
const xlsxThread = new ModuleWorker(path.join(__dirname, 'xlsx-writer.ts'));

type Filter = Record<string, unknown>;
type Exporter = ListExporter<Filter>;

export interface ExportRequest {
  filter: Filter;
  /** Full identifiers (needs the exporter's unmask permission and a reason). */
  unmask?: boolean;
  reason?: string | null;
}

/** The checked request: what the export will contain and how it is logged. */
interface Checked {
  filter: Filter;
  total: number;
  options: ExportOptions;
  reason: string | null;
}

/** Checks permission, unmasking, filter and size before any byte is written; returns the item count. */
export async function checkListExport(ctx: RequestContext, e: Exporter, req: ExportRequest, max = e.max): Promise<Checked> {
  ctx.require(e.permission, e.permissionName);
  let reason: string | null = null;
  if (req.unmask) {
    if (!e.unmask) throw new AppError('BAD_USER_INPUT', `${EXPORT_LIST_NAMES[e.list]}只能脱敏导出`, { field: 'unmask' });
    ctx.require(e.unmask.permission, e.unmask.permissionName);
    reason = (req.reason ?? '').trim();
    if (reason.length < 4) throw new AppError('BAD_USER_INPUT', '导出完整身份信息须说明理由（至少 4 个字）', { field: 'reason' });
    if (reason.length > 200) throw new AppError('BAD_USER_INPUT', '理由不能超过 200 字', { field: 'reason' });
  }
  const filter = e.freeze ? e.freeze(req.filter) : req.filter;
  const total = await e.count(ctx, filter, Math.max(max, e.max) + 1);
  if (total > e.max) {
    throw new AppError('BAD_USER_INPUT', `导出范围过大（超过 ${e.max} ${e.unit}），请缩小筛选条件`);
  }
  if (total > max) {
    throw new AppError('BAD_USER_INPUT', `导出范围较大（超过 ${max} ${e.unit}），请使用后台导出，完成后在“后台任务”中下载`, { field: 'filter', useJob: true });
  }
  return { filter, total, options: { unmasked: !!req.unmask }, reason };
}

/** Logged before any byte is written, so an export interrupted midway is still on record. */
async function logExport(ctx: RequestContext, e: Exporter, c: Checked, jobId?: string): Promise<void> {
  await ctx.tx(() =>
    recordAudit(ctx, {
      action: e.audit.exported,
      entityType: e.audit.entityType,
      detail: {
        list: e.list,
        filter: { ...c.filter },
        [e.countKey]: c.total,
        ...(c.options.unmasked ? { unmasked: true, reason: c.reason } : {}),
        ...(jobId ? { jobId } : {}),
      },
    }),
  );
}

/** The file name of an export made today (or on the job's day). */
export const exportFileName = (e: Exporter, day: Date = new Date()) => `${EXPORT_LIST_NAMES[e.list]}-${day.toISOString().slice(0, 10)}.xlsx`;

/**
 * Writes the checked export to `filePath`; `onPage(items)` after each page (progress; return false to
 * stop — the file is removed). Returns the items written and the file size.
 */
async function writeListXlsx(
  ctx: RequestContext,
  e: Exporter,
  c: Checked,
  filePath: string,
  onPage?: (items: number) => Promise<boolean>,
): Promise<{ items: number; bytes: number }> {
  const id = randomUUID();
  await xlsxThread.call('openWorkbook', id, filePath, EXPORT_LIST_NAMES[e.list], e.columns(c.options));
  try {
    let items = 0;
    for (let page = 1; items < c.total; page++) {
      const p = await e.page(ctx, c.filter, page, c.options);
      items += p.items;
      await xlsxThread.call('appendRows', id, p.rows);
      if (onPage && !(await onPage(p.items))) {
        await xlsxThread.call('abortWorkbook', id);
        return { items, bytes: 0 };
      }
      if (p.items === 0) break;
    }
    const bytes = await xlsxThread.call<number>('closeWorkbook', id);
    return { items, bytes };
  } catch (err) {
    await xlsxThread.call('abortWorkbook', id).catch(() => undefined);
    throw err;
  }
}

/** Direct export of a small filter (≤ the exporter's `directMax`) to `filePath` (the route streams it). */
export async function exportListToFile(ctx: RequestContext, e: Exporter, req: ExportRequest, filePath: string): Promise<number> {
  const c = await checkListExport(ctx, e, req, e.directMax);
  await logExport(ctx, e, c);
  // Only reads from here on: a read replica may answer them (ADR 0033), the log row above is on the primary.
  return (await writeListXlsx(ctx.inTransaction ? ctx : ctx.forReplicaReads(), e, c, filePath)).items;
}

/** Where finished export files are kept (readable by their requester through `/api/jobs/:id/file`). */
export function exportFilePath(ctx: RequestContext, jobId: string): string {
  const dir = path.join(ctx.runtime.config.fileStorageDir, 'exports');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `${jobId}.xlsx`);
}

interface ExportPayload {
  filter: Filter;
  total: number;
  unmasked?: boolean;
  reason?: string | null;
  file?: { name: string; bytes: number };
}

/**
 * The requester as an actor again (roles, area and department as they are now): an export contains what
 * its requester may read, so it runs as that user, not as the system. A disabled user, or one who lost
 * the export permission (or the unmask permission of an unmasked export), fails the job.
 */
async function requesterContext(sys: RequestContext, jobId: string, e: Exporter, unmasked: boolean): Promise<RequestContext> {
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
    // The job only reads the lists (through their own query functions): a read replica may answer (ADR 0033).
    replicaReads: true,
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
  ctx.require(e.permission, e.permissionName);
  if (unmasked && e.unmask) ctx.require(e.unmask.permission, e.unmask.permissionName);
  return ctx;
}

const jobs = new Map<string, ReturnType<typeof defineJob<ExportPayload>>>();

/** Defines an exportable list (exporter.ts) and its export job. */
export function defineListExport<F, T>(def: ListExportDef<F, T>): ListExporter<F> {
  const exporter = defineExporter(exporterFrom(def));
  const e = exporter as unknown as Exporter;
  const job = defineJob<ExportPayload>({
    kind: e.jobKind,
    name: e.jobName,
    visibility: { permission: e.permission, scope: 'requester' },
    maxAttempts: 2,
    async run(run) {
      const { filter, total, unmasked = false, reason = null } = run.payload;
      const ctx = await requesterContext(run.ctx, run.id, e, unmasked);
      const sys = systemContext(run.ctx.em, run.ctx.runtime, e.jobKind);
      await sys.tx((em) => run.setTotal(em, total));
      const file = exportFilePath(ctx, run.id);
      let alive = true;
      const out = await writeListXlsx(ctx, e, { filter, total, options: { unmasked }, reason }, file, async (n) => {
        alive = await sys.tx((em) => run.commit(em, { processed: n }));
        return alive && !run.stopping;
      });
      if (!alive || run.stopping) return 'incomplete';
      await sys.tx((em) =>
        em.execute(`update job set payload = payload || ?::jsonb, total = ? where id = ?`, [
          JSON.stringify({ file: { name: exportFileName(e), bytes: out.bytes } }),
          out.items,
          run.id,
        ]),
      );
    },
  });
  jobs.set(e.jobKind, job);
  return exporter;
}

/** 后台导出: queues the list's export job for the filter (up to the exporter's `max`) as the caller; logged now. */
export async function startListExport(ctx: RequestContext, e: Exporter, req: ExportRequest): Promise<JobView> {
  // The job runs as its requester's staff account; integrator tokens use the direct download.
  if (ctx.actor.kind !== 'user') {
    throw new AppError('FORBIDDEN', `后台导出仅限工作人员账号，接口令牌请使用直接下载（不超过 ${e.directMax} ${e.unit}）`);
  }
  const c = await checkListExport(ctx, e, req);
  if (c.total === 0) throw new AppError('BAD_USER_INPUT', `没有符合筛选条件的${e.noun}`);
  const job = jobs.get(e.jobKind)!;
  const id = await ctx.tx(async (em) => {
    const jobId = await enqueueJob(ctx, em, job, {
      payload: { filter: c.filter, total: c.total, ...(c.options.unmasked ? { unmasked: true, reason: c.reason } : {}) },
      title: `${e.jobName}（${c.total} ${e.unit}）`,
    });
    await logExport(ctx, e, c, jobId);
    return jobId;
  });
  return getJob(ctx, id);
}
