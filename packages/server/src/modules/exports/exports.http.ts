import type { FastifyPluginAsync } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coerceInput } from '../../graphql/input-validation';
import { badInput } from '../../shared/errors';
import { sendError } from '../../shared/http-errors';
import type { FileRoutesOptions } from '../files/files.http';
import { exporterOf, FILTER_FIELDS, type ExportList } from './exporter';
import { exportFileName, exportListToFile } from './export.service';
import './lists';

/** `visit-tasks` ↔ `VISIT_TASKS`: the list's name in the download URL. */
export const listSlug = (list: ExportList) => list.toLowerCase().replace(/_/g, '-');

/** Sends a finished export file (direct download or a job's file). */
export function xlsxHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Cache-Control': 'no-store',
  };
}

/**
 * Direct download of a small export (ADR 0031): `GET /files/exports/<list>.xlsx?filter=<the list's filter
 * as JSON>[&unmask=1&reason=…]` with the session cookie or a bearer token — `<list>` is `ExportList` in
 * lower case with dashes (`findings`, `visit-tasks`, …); `GET /files/households.xlsx` is the ledger's
 * older address. Checked before any byte is streamed; too large → 400 `USE_EXPORT_JOB` (the client then
 * calls `startListExport`).
 */
export const exportRoutes: FastifyPluginAsync<FileRoutesOptions & { schema: GraphQLSchema }> = async (scope, opts) => {
  const handle = async (list: ExportList, request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    const ctx = await opts.context(request, reply);
    if (!ctx.isAuthenticated) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: '请先登录' });
    if (ctx.actor.mustChangePassword) return reply.code(403).send({ error: 'PASSWORD_EXPIRED', message: '请先修改密码' });
    const e = exporterOf(list)!;
    const q = request.query as Record<string, unknown>;
    let filter: Record<string, unknown>;
    try {
      let raw: unknown = {};
      try {
        raw = typeof q.filter === 'string' && q.filter ? JSON.parse(q.filter) : {};
      } catch {
        throw badInput('筛选条件格式不正确', 'filter');
      }
      const field = FILTER_FIELDS[list];
      const all = coerceInput<Record<string, Record<string, unknown> | undefined>>(opts.schema, 'ExportFiltersInput', { [field]: raw }, '筛选条件');
      filter = { ...(all[field] ?? {}) };
    } catch (err) {
      return sendError(request, reply, err);
    }
    // Small filters: the file is made now (exceljs on its own thread, P8), then sent; larger → export job.
    const file = path.join(os.tmpdir(), `xiejiu-export-${randomUUID()}.xlsx`);
    try {
      await exportListToFile(ctx, e, { filter, unmask: q.unmask === '1' || q.unmask === 'true', reason: typeof q.reason === 'string' ? q.reason : null }, file);
    } catch (err) {
      fs.rmSync(file, { force: true });
      if ((err as { extensions?: { useJob?: boolean } }).extensions?.useJob === true) {
        return reply.code(400).send({ error: 'USE_EXPORT_JOB', message: (err as Error).message });
      }
      return sendError(request, reply, err);
    }
    const stream = fs.createReadStream(file);
    stream.on('close', () => fs.rmSync(file, { force: true }));
    return reply.headers(xlsxHeaders(exportFileName(e))).send(stream);
  };

  scope.get('/files/households.xlsx', (request, reply) => handle('HOUSEHOLDS', request, reply));
  scope.get<{ Params: { file: string } }>('/files/exports/:file', async (request, reply) => {
    const m = /^([a-z-]+)\.xlsx$/.exec(request.params.file);
    const list = m ? (Object.keys(FILTER_FIELDS) as ExportList[]).find((l) => listSlug(l) === m[1]) : undefined;
    if (!list) return reply.code(404).send({ error: 'NOT_FOUND', message: '没有这个可导出的列表' });
    return handle(list, request, reply);
  });
};
