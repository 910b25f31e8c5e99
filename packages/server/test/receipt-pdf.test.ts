import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/modules/files/content-check';
import { pdfText } from './file-helpers';
import { formatDeadline, RECEIPT_TITLE, renderReceiptPdf, type ReceiptData } from '../src/modules/files/receipt-pdf';

const SAMPLE_RECEIPT: ReceiptData = {
  receiptNo: 'XJ2026112900017',
  acceptedAt: '2026-11-29',
  window: { areaName: '和安区青石镇', windowName: '社会救助受理窗口', phone: '023-6000 1234' },
  handlerName: '王建国',
  applicant: { nameMasked: '李*英', idMasked: '500***********1234', phoneMasked: '138****5678' },
  address: '和安区青石镇桂花村 3 组 27 号',
  programs: [
    { name: '最低生活保障', department: '和安区民政局', workingDays: 30, dueDate: '2026-12-31' },
    { name: '医疗救助', department: '和安区医疗保障局', deadlineText: '20 个工作日内（预计 2026-12-28 前）' },
  ],
  materialsReceived: ['社会救助申请书 1 份', '户口簿复印件 1 份'],
  materialsToSupplement: [{ name: '子女在读证明', note: '学校出具并加盖公章' }],
  supplementBy: '2026-12-06',
};

describe('receipt PDF (受理回执)', () => {
  it('renders a one-page Chinese receipt with an embedded subset font', async () => {
    const pdf = await renderReceiptPdf(SAMPLE_RECEIPT);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Subsetted: the full font files are ~8 MB each.
    expect(pdf.length).toBeLessThan(400_000);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile3/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    const { pages, text } = await pdfText(pdf);
    const flat = text.replace(/\s+/g, '');
    expect(pages).toBe(1);
    expect(flat).toContain(RECEIPT_TITLE);
    expect(flat).toContain('受理号：XJ2026112900017');
    expect(flat).toContain('2026年11月29日');
    expect(flat).toContain('李*英');
    expect(flat).toContain('500***********1234');
    expect(flat).toContain('和安区民政局');
    expect(flat).toContain('30个工作日内（预计2026-12-31前）');
    expect(flat).toContain('子女在读证明');
    expect(flat).toContain('12345');
    expect(flat).toContain('申请人（签字）');
  });

  it('breaks long program lists over pages and repeats the page footer', async () => {
    const programs = Array.from({ length: 40 }, (_, i) => ({ name: `临时救助事项${i + 1}`, department: '和安区民政局', workingDays: 10 }));
    const pdf = await renderReceiptPdf({ ...SAMPLE_RECEIPT, programs, materialsToSupplement: [], acceptedAt: new Date('2026-11-29T17:00:00Z') });
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('临时救助事项40');
    expect(flat).toContain(`第${pages}页/共${pages}页`);
    // A Date is shown as the civil date in China (17:00 UTC is the next morning there).
    expect(flat).toContain('2026年11月30日');
  });

  it('is accepted by the upload checks (no active content)', async () => {
    expect(await checkContent(await renderReceiptPdf(SAMPLE_RECEIPT), { maxBytes: 10 * 1024 * 1024, imageMaxPixels: 40_000_000, imageMaxSide: 10_000 })).toBe(
      'application/pdf',
    );
  });

  it('formats deadlines', () => {
    expect(formatDeadline({ workingDays: 30, dueDate: '2026-12-31' })).toBe('30 个工作日内（预计 2026-12-31 前）');
    expect(formatDeadline({ workingDays: 5 })).toBe('5 个工作日内');
    expect(formatDeadline({ deadlineText: '当场办结' })).toBe('当场办结');
    expect(formatDeadline({})).toBe('按规定时限办理');
  });
});
