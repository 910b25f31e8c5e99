import type { FastifyPluginAsync } from 'fastify';
import fs from 'node:fs';
import { recordAudit } from '../audit/audit.service';
import { sendError } from '../../shared/http-errors';
import { refuse, type FileRoutesOptions } from '../files/files.http';
import { exporterOfJob, exportPermissions } from '../exports/exporter';
import { exportFileName, exportFilePath } from '../exports/export.service';
import { xlsxHeaders } from '../exports/exports.http';
import { getJob } from './jobs.service';

/** `GET /api/jobs/:id/file` — the file of a finished export job (modules/exports), for the user who started it. Logged. */
export const jobFileRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  scope.get<{ Params: { id: string } }>('/api/jobs/:id/file', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    const refused = refuse(ctx, reply, exportPermissions());
    if (refused) return refused;
    try {
      const job = await getJob(ctx, request.params.id); // visible to the requester only, else NOT_FOUND
      const e = exporterOfJob(job.kind);
      if (!e || !job.downloadUrl || !job.mine) return reply.code(404).send({ error: 'NOT_FOUND', message: '导出文件不存在或尚未完成' });
      ctx.require(e.permission, e.permissionName);
      const file = exportFilePath(ctx, job.id);
      if (!fs.existsSync(file)) return reply.code(410).send({ error: 'GONE', message: '导出文件已清理，请重新导出' });
      await ctx.tx(() =>
        recordAudit(ctx, { action: e.audit.downloaded, entityType: 'job', entityId: job.id, detail: { list: e.list, [e.countKey]: job.total } }),
      );
      return reply.headers(xlsxHeaders(exportFileName(e, job.createdAt))).send(fs.createReadStream(file));
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
