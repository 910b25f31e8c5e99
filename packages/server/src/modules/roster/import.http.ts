import fs from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sendError } from '../../shared/http-errors';
import { recordAudit } from '../audit/audit.service';
import { CSRF_HEADER, type FileRoutesOptions } from '../files/files.http';
import { datasetDef } from './datasets';
import { errorReportPath, saveUploadStream, tooLarge } from './import-files';
import { canImport, getImportBatch, parseDataset, startImport } from './import.service';
import { templateCsv, templateXlsx } from './template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function refuseImport(ctx: RequestContext, reply: FastifyReply) {
  if (!ctx.isAuthenticated) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: '请先登录' });
  if (ctx.actor.mustChangePassword) return reply.code(403).send({ error: 'PASSWORD_EXPIRED', message: '请先修改密码' });
  if (!canImport(ctx)) return reply.code(403).send({ error: 'FORBIDDEN', message: '您没有权限导入名册和比对数据' });
  return null;
}

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * 数据导入 over HTTP (modules/roster/README.md):
 * - `POST /api/imports/:dataset` — multipart, one file part; streamed to disk (IMPORT_MAX_BYTES), then the
 *   batch and its job are created → `201 { batchId }`. Cookie sessions need the CSRF header.
 * - `GET /api/imports/templates/:dataset?format=xlsx|csv` — the empty template.
 * - `GET /api/imports/:id/errors.xlsx` — the batch's error report (logged).
 */
export const importRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  await scope.register(fastifyMultipart, { throwFileSizeLimit: true });

  scope.post<{ Params: { dataset: string } }>('/api/imports/:dataset', async (request, reply) => {
    const bearer = typeof request.headers.authorization === 'string' && request.headers.authorization.startsWith('Bearer ');
    if (!bearer && !request.headers[CSRF_HEADER]) {
      return reply.code(403).send({ error: 'CSRF_REJECTED', message: `请求缺少 ${CSRF_HEADER} 请求头，已按跨站请求伪造防护拒绝` });
    }
    const ctx = await opts.context(request, reply);
    const refused = refuseImport(ctx, reply);
    if (refused) return refused;
    const maxBytes = ctx.runtime.config.importMaxBytes;
    try {
      const dataset = parseDataset(request.params.dataset);
      if (!request.isMultipart()) throw new AppError('BAD_USER_INPUT', '请以 multipart/form-data 格式上传文件', { reason: 'FILE_MISSING' });
      const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5 } });
      if (!part) throw new AppError('BAD_USER_INPUT', '请选择要导入的文件', { reason: 'FILE_MISSING' });
      let upload: Awaited<ReturnType<typeof saveUploadStream>>;
      try {
        upload = await saveUploadStream(ctx.runtime, part.file, maxBytes);
        // The multipart reader stops at the limit and marks the part truncated (the stream just ends).
        if (part.file.truncated) {
          await fs.promises.rm(upload.path, { force: true });
          throw tooLarge(maxBytes);
        }
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
        throw e;
      }
      const batch = await startImport(ctx, { dataset, fileName: part.filename || datasetDef(dataset).name, upload });
      return reply.code(201).header('Cache-Control', 'no-store').send({ batchId: batch.id, dataset, fileName: batch.fileName, sha256: batch.fileHash });
    } catch (e) {
      return sendError(request, reply, e);
    }
  });

  scope.get<{ Params: { dataset: string }; Querystring: { format?: string } }>('/api/imports/templates/:dataset', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    const refused = refuseImport(ctx, reply);
    if (refused) return refused;
    try {
      const dataset = parseDataset(request.params.dataset);
      const def = datasetDef(dataset);
      if (request.query.format === 'csv') {
        return reply
          .header('Content-Type', 'text/csv; charset=utf-8')
          .header('Content-Disposition', attachment(`${def.name}模板.csv`))
          .send(templateCsv(dataset));
      }
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', attachment(`${def.name}模板.xlsx`))
        .send(await templateXlsx(dataset));
    } catch (e) {
      return sendError(request, reply, e);
    }
  });

  scope.get<{ Params: { id: string } }>('/api/imports/:id/errors.xlsx', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    const refused = refuseImport(ctx, reply);
    if (refused) return refused;
    try {
      const batch = await getImportBatch(ctx, request.params.id); // NOT_FOUND outside the actor's batches
      const file = errorReportPath(ctx.runtime, batch.id);
      if (!batch.hasErrorReport || !fs.existsSync(file)) return reply.code(404).send({ error: 'NOT_FOUND', message: '本批次没有错误报告' });
      await ctx.tx(() =>
        recordAudit(ctx, { action: 'import.error_report_downloaded', entityType: 'import_batch', entityId: batch.id, detail: { errors: batch.errors } }),
      );
      const def = datasetDef(parseDataset(batch.dataset));
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', attachment(`${def.name}-错误报告-${batch.id.slice(0, 8)}.xlsx`))
        .header('Cache-Control', 'private, no-store')
        .send(fs.createReadStream(file));
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
