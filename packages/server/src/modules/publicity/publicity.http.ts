import type { FastifyPluginAsync } from 'fastify';
import { sendError } from '../../shared/http-errors';
import type { FileRoutesOptions } from '../files/files.http';
import { renderNoticePdf } from './notice-pdf';
import { printableNotice } from './publicity.service';

/**
 * `GET /api/publicity/notice.pdf?areaCode=<village or town>` — the printable 社会救助对象公示 for the village board, with
 * full names: `publicity.print` (windows, department officers), the area in the reader's scope; logged
 * `publicity.notice_printed` (an unmasking export).
 */
export const publicityRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  scope.get<{ Querystring: { areaCode?: string } }>('/api/publicity/notice.pdf', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    if (!ctx.isAuthenticated) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: '请先登录' });
    if (ctx.actor.mustChangePassword) return reply.code(403).send({ error: 'PASSWORD_EXPIRED', message: '请先修改密码' });
    if (!ctx.can('publicity.print')) return reply.code(403).send({ error: 'FORBIDDEN', message: '您没有权限打印公示' });
    try {
      const areaCode = typeof request.query.areaCode === 'string' ? request.query.areaCode : '';
      const data = await printableNotice(ctx, areaCode);
      const pdf = await renderNoticePdf(data);
      return reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Disposition', `inline; filename="publicity-${areaCode}-${data.printedOn}.pdf"`)
        .header('Cache-Control', 'private, no-store')
        .send(pdf);
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
