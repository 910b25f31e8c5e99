import type { FastifyPluginAsync } from 'fastify';
import { notFound } from '../../shared/errors';
import { sendError } from '../../shared/http-errors';
import { isUuid } from '../../shared/ids';
import { refuse, type FileRoutesOptions } from '../files/files.http';
import { renderReceiptPdf } from '../files/receipt-pdf';
import { receiptData } from './receipt.service';

/** `GET /api/applications/:id/receipt.pdf` — the printable 受理回执 (Chinese PDF) of an accepted application. */
export const receiptRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  scope.get<{ Params: { id: string } }>('/api/applications/:id/receipt.pdf', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    const refused = refuse(ctx, reply, ['application.read']);
    if (refused) return refused;
    try {
      if (!isUuid(request.params.id)) throw notFound('申请');
      const data = await receiptData(ctx, request.params.id);
      const pdf = await renderReceiptPdf(data);
      return reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Disposition', `inline; filename="receipt-${data.receiptNo}.pdf"`)
        .header('Cache-Control', 'private, no-store')
        .send(pdf);
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
