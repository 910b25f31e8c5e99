import type { FastifyPluginAsync } from 'fastify';
import fs from 'node:fs';
import { recordAudit } from '../audit/audit.service';
import { sendError } from '../../shared/http-errors';
import { refuse, type FileRoutesOptions } from '../files/files.http';
import { exportFilePath } from '../household/household.export';
import { getJob } from './jobs.service';

/** `GET /api/jobs/:id/file` — the file of a finished export job, for the user who started it. Logged. */
export const jobFileRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  scope.get<{ Params: { id: string } }>('/api/jobs/:id/file', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    const refused = refuse(ctx, reply, ['household.export']);
    if (refused) return refused;
    try {
      const job = await getJob(ctx, request.params.id); // visible to the requester only, else NOT_FOUND
      if (!job.downloadUrl || !job.mine) return reply.code(404).send({ error: 'NOT_FOUND', message: '导出文件不存在或尚未完成' });
      const file = exportFilePath(ctx, job.id);
      if (!fs.existsSync(file)) return reply.code(410).send({ error: 'GONE', message: '导出文件已清理，请重新导出' });
      await ctx.tx(() => recordAudit(ctx, { action: 'household.export_downloaded', entityType: 'job', entityId: job.id, detail: { households: job.total } }));
      const name = encodeURIComponent(`户籍台账-${job.createdAt.toISOString().slice(0, 10)}.xlsx`);
      return reply
        .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename*=UTF-8''${name}`)
        .header('Cache-Control', 'no-store')
        .send(fs.createReadStream(file));
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
