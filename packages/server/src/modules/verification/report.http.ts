import type { FastifyPluginAsync } from 'fastify';
import { notFound } from '../../shared/errors';
import { sendError } from '../../shared/http-errors';
import { isUuid } from '../../shared/ids';
import { recordAudit } from '../audit/audit.service';
import { refuse, type FileRoutesOptions } from '../files/files.http';
import type { VerificationReportContent } from './report-content';
import { renderVerificationReportPdf } from './report-pdf';
import { getVerificationReport } from './verification.query';

/**
 * `GET /api/verification-reports/:id.pdf` — the printable 核查报告 (Chinese PDF). Reading it needs
 * household.detail or household.detailInvolved and the report in the reader's scope (area + RLS detail:
 * windows of the area, departments with a benefit or referral in the household); logged
 * `verification.report_downloaded`.
 */
export const verificationReportRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  scope.get<{ Params: { file: string } }>('/api/verification-reports/:file', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    const refused = refuse(ctx, reply, ['household.detail', 'household.detailInvolved']);
    if (refused) return refused;
    try {
      const m = /^([0-9a-f-]{36})\.pdf$/i.exec(request.params.file);
      if (!m || !isUuid(m[1])) throw notFound('核查报告');
      const report = await getVerificationReport(ctx, m[1]);
      const status = report.superseded ? '本报告已被新版本取代' : report.expired ? '报告已过期' : null;
      const pdf = await renderVerificationReportPdf({ content: report.content as VerificationReportContent, status });
      await recordAudit(ctx, {
        action: 'verification.report_downloaded',
        entityType: 'verification_report',
        entityId: report.id,
        detail: { no: report.no, householdId: report.householdId },
      });
      return reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Disposition', `inline; filename="verification-report-${report.no}.pdf"`)
        .header('Cache-Control', 'private, no-store')
        .send(pdf);
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
