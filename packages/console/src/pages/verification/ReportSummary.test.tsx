import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { VerificationReportFieldsFragment } from '../../gql/graphql';
import { ReportSummary } from './ReportSummary';

const report: VerificationReportFieldsFragment = {
  id: '3f0c6f5e-0000-4000-8000-000000000001',
  no: 'HB202610100002',
  version: 2,
  householdId: '3f0c6f5e-0000-4000-8000-000000000002',
  verificationId: '3f0c6f5e-0000-4000-8000-000000000003',
  issuedAt: '2026-06-01T03:00:00.000Z',
  validUntil: '2026-12-01',
  valid: true,
  expired: false,
  superseded: false,
  conclusion: 'INELIGIBLE',
  conclusionName: '不符合救助条件',
  draftedByName: '王建国',
  approvedByName: '张丽',
  pdfUrl: '/api/verification-reports/3f0c6f5e-0000-4000-8000-000000000001.pdf',
};

const text = (r: VerificationReportFieldsFragment) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <ReportSummary report={r} />
    </MemoryRouter>,
  ).replace(/<[^>]+>/g, ' ');

describe('ReportSummary (核查报告 on a referral)', () => {
  it('shows number, version, validity and conclusion; a valid report is relied on (互认)', () => {
    const t = text(report);
    expect(t).toContain('HB202610100002');
    expect(t).toContain('第 2 版');
    expect(t).toContain('2026-12-01');
    expect(t).toContain('不符合救助条件');
    expect(t).toContain('各部门互认本报告');
    expect(t).not.toContain('报告已过期');
  });

  it('an expired report says 报告已过期 (in words, not only colour) and is not relied on', () => {
    const t = text({ ...report, valid: false, expired: true });
    expect(t).toContain('报告已过期');
    expect(t).toContain('不能作为办理依据');
    expect(t).not.toContain('各部门互认本报告');
  });

  it('a superseded report points to the newer version', () => {
    const t = text({ ...report, valid: false, superseded: true });
    expect(t).toContain('已有新版本');
    expect(t).not.toContain('报告已过期');
  });
});
