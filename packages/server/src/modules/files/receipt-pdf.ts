import { todayCn } from '../../shared/dates';
import { ModuleWorker } from '../../shared/module-worker';
import { A4, type Doc, ensureSpace as ensurePageSpace, finishWithFooters, openChineseDocument, pdfFonts, printableStrings } from './pdf-document';

/**
 * The printable 受理回执 (acceptance receipt) of a one-window application, as an A4 PDF with an
 * embedded, subsetted Simplified Chinese font (Noto Sans Hans from the npm package
 * `@embedpdf/fonts-sc`, SIL OFL 1.1). Plain data in, bytes out: the caller fills `ReceiptData`
 * with values that are already masked (the renderer never sees a full name or ID number).
 */
export interface ReceiptData {
  /** 受理号, e.g. "XJ2026112900017". */
  receiptNo: string;
  /** 受理日期 (a Date is shown as its date in China, a string as given 'YYYY-MM-DD'). */
  acceptedAt: Date | string;
  /** 受理窗口: area name (e.g. "和安区青石镇") and window (e.g. "社会救助受理窗口"). */
  window: { areaName: string; windowName: string; phone?: string | null };
  /** 受理人 (staff member's name), printed next to the signature line when given. */
  handlerName?: string | null;
  /** Masked applicant: name (e.g. "李*英"), ID number (e.g. "500***********1234"), phone. */
  applicant: { nameMasked: string; idMasked: string; phoneMasked?: string | null };
  /** 家庭住址. */
  address: string;
  /** 申请事项 with owning department and the promised time limit. */
  programs: ReceiptProgram[];
  /** 已收材料 (names, with copies/pages when useful, e.g. "身份证复印件 1 份"). */
  materialsReceived: string[];
  /** 需补充材料; empty or absent → "无". */
  materialsToSupplement?: Array<{ name: string; note?: string | null }>;
  /** Deadline for the supplement (e.g. '2026-12-06'), printed with the list. */
  supplementBy?: Date | string | null;
  /** Hotlines in the notice; default: 12345 政务服务便民热线 (the workflow adds the configured 社会救助服务热线). */
  hotlines?: Array<{ name: string; number: string }>;
  /** Portal address where progress can be looked up with the receipt number. */
  portalUrl?: string | null;
}

export interface ReceiptProgram {
  /** 救助事项 (e.g. "最低生活保障"). */
  name: string;
  /** 主管部门 (e.g. "和安区民政局"). */
  department: string;
  /** 承诺办结时限, e.g. "30 个工作日内（预计 2026-12-31 前）"; or give workingDays/dueDate. */
  deadlineText?: string | null;
  workingDays?: number | null;
  dueDate?: Date | string | null;
}

export const RECEIPT_TITLE = '社会救助申请受理回执';

export const DEFAULT_HOTLINES = [{ name: '政务服务便民热线', number: '12345' }];

/** "30 个工作日内（预计 2026-12-31 前）" */
export function formatDeadline(p: Pick<ReceiptProgram, 'deadlineText' | 'workingDays' | 'dueDate'>): string {
  if (p.deadlineText) return p.deadlineText;
  const due = p.dueDate ? isoDate(p.dueDate) : null;
  if (p.workingDays && due) return `${p.workingDays} 个工作日内（预计 ${due} 前）`;
  if (p.workingDays) return `${p.workingDays} 个工作日内`;
  if (due) return `${due} 前`;
  return '按规定时限办理';
}

function isoDate(d: Date | string): string {
  return typeof d === 'string' ? d.slice(0, 10) : todayCn(d);
}

function cnDate(d: Date | string): string {
  const [y, m, day] = isoDate(d).split('-').map(Number);
  return `${y} 年 ${m} 月 ${day} 日`;
}

// ---- layout ---------------------------------------------------------------------------------

const PAGE = A4;
const MARGIN = { top: 56, bottom: 60, left: 56, right: 56 };
const CONTENT_W = PAGE.width - MARGIN.left - MARGIN.right;
const LINE = '#333333';
const SHADE = '#f2f2f2';
const PAD = 6;

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'center';
}

/** The PDF thread: pdfkit + fontkit take ~100 ms of CPU per receipt (more for the first), too long for the event loop (P8). */
const pdfThread = new ModuleWorker(__filename);

/** Renders the receipt on the PDF thread (fonts parsed once there). */
export async function renderReceiptPdf(data: ReceiptData): Promise<Buffer> {
  const bytes = await pdfThread.call<Uint8Array>('renderReceiptPdfHere', data);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Renders the receipt on the calling thread (the PDF thread calls this). Fonts are subsetted by pdfkit
 * (only the glyphs used are embedded), so a receipt is a few tens of kilobytes.
 */
export async function renderReceiptPdfHere(input: ReceiptData): Promise<Buffer> {
  const data = printableStrings(input, ...pdfFonts());
  const pdf = openChineseDocument({ margins: MARGIN, title: `${RECEIPT_TITLE}（${data.receiptNo}）`, subject: RECEIPT_TITLE });
  const { doc } = pdf;

  // Title and number
  doc.font('B').fontSize(20).fillColor('#000').text(RECEIPT_TITLE, MARGIN.left, MARGIN.top, { width: CONTENT_W, align: 'center', characterSpacing: 2 });
  doc.moveDown(0.6);
  const metaY = doc.y;
  doc.font('R').fontSize(10.5);
  doc.text(`受理号：`, MARGIN.left, metaY, { continued: true }).font('B').text(data.receiptNo);
  doc.font('R').text(`受理日期：${cnDate(data.acceptedAt)}`, MARGIN.left, metaY, { width: CONTENT_W, align: 'right' });
  doc.y = metaY + 22;

  // Applicant and window
  const labelW = 78;
  const half = CONTENT_W / 2;
  const windowText = `${data.window.areaName} ${data.window.windowName}${data.window.phone ? `（电话 ${data.window.phone}）` : ''}`;
  keyValueRows(
    doc,
    [
      [{ label: '受理窗口', value: windowText, width: CONTENT_W }],
      [
        { label: '申请人', value: data.applicant.nameMasked, width: half },
        { label: '身份证号', value: data.applicant.idMasked, width: half },
      ],
      ...(data.applicant.phoneMasked ? [[{ label: '联系电话', value: data.applicant.phoneMasked, width: CONTENT_W }]] : []),
      [{ label: '家庭住址', value: data.address, width: CONTENT_W }],
    ],
    labelW,
  );

  // Programs
  sectionTitle(doc, '申请事项');
  table(
    doc,
    [
      { header: '序号', width: 34, align: 'center' },
      { header: '救助事项', width: 150 },
      { header: '主管部门', width: 118 },
      { header: '承诺办结时限', width: CONTENT_W - 34 - 150 - 118 },
    ],
    data.programs.map((p, i) => [String(i + 1), p.name, p.department, formatDeadline(p)]),
  );

  // Materials
  sectionTitle(doc, '材料情况');
  const received = data.materialsReceived.length ? data.materialsReceived.map((m, i) => `${i + 1}. ${m}`).join('\n') : '无';
  const toSupplement = data.materialsToSupplement ?? [];
  const supplementText = toSupplement.length
    ? toSupplement.map((m, i) => `${i + 1}. ${m.name}${m.note ? `（${m.note}）` : ''}`).join('\n') +
      (data.supplementBy ? `\n请于 ${cnDate(data.supplementBy)} 前补齐，逾期未补齐的，将按规定处理。` : '')
    : '无';
  keyValueRows(doc, [[{ label: '已收材料', value: received, width: CONTENT_W }], [{ label: '需补充材料', value: supplementText, width: CONTENT_W }]], labelW);

  // Notice
  sectionTitle(doc, '温馨提示');
  const hotlines = (data.hotlines?.length ? data.hotlines : DEFAULT_HOTLINES).map((h) => `${h.name}：${h.number}`).join('；');
  const notices = [
    '您的申请已受理。办理过程中的受理、转办、补正、审核结果等进度将以短信通知申请人预留的手机号码，请保持电话畅通。',
    `凭受理号可${data.portalUrl ? `在便民服务平台（${data.portalUrl}）` : '在便民服务平台'}或到受理窗口查询办理进度。`,
    '如家庭人口、收入、财产等情况发生变化，请及时告知受理窗口；申请人应对所提供材料的真实性负责。',
    `咨询、投诉：${hotlines}。`,
  ];
  doc.font('R').fontSize(10);
  notices.forEach((n, i) => {
    ensureSpace(doc, doc.heightOfString(n, { width: CONTENT_W - 18, lineGap: 2 }) + 4);
    const y = doc.y;
    doc.text(`${i + 1}.`, MARGIN.left, y, { width: 16 });
    doc.text(n, MARGIN.left + 18, y, { width: CONTENT_W - 18, lineGap: 2 });
    doc.moveDown(0.3);
  });

  // Signatures
  ensureSpace(doc, 80);
  doc.moveDown(1);
  const sigY = doc.y;
  doc.font('R').fontSize(10.5);
  signature(doc, MARGIN.left, sigY, '申请人（签字）', null);
  signature(doc, MARGIN.left + half + 10, sigY, '受理人（签字）', data.handlerName ?? null);
  signature(doc, MARGIN.left, sigY + 40, '日期', null);
  doc.text('受理窗口（盖章）', MARGIN.left + half + 10, sigY + 40);

  // Footer on every page: the receipt number and page x / n
  return finishWithFooters(pdf, MARGIN, {
    fontSize: 8.5,
    fromBottom: 40,
    text: (page, pages) => `受理号 ${data.receiptNo}　第 ${page} 页 / 共 ${pages} 页　本回执由协救社会救助协同平台生成，请妥善保管`,
  });
}

function ensureSpace(doc: Doc, height: number): void {
  ensurePageSpace(doc, MARGIN, height);
}

function sectionTitle(doc: Doc, title: string): void {
  ensureSpace(doc, 48);
  doc.moveDown(0.6);
  const y = doc.y;
  doc.rect(MARGIN.left, y + 2, 3, 12).fill('#1f4e8c');
  doc
    .fillColor('#000')
    .font('B')
    .fontSize(12)
    .text(title, MARGIN.left + 9, y, { width: CONTENT_W - 9 });
  doc.y = y + 20;
}

/** Bordered rows of label/value cells; each row is as tall as its tallest cell. */
function keyValueRows(doc: Doc, rows: Array<Array<{ label: string; value: string; width: number }>>, labelW: number): void {
  doc.fontSize(10.5);
  for (const row of rows) {
    doc.font('R');
    const h = Math.max(23, ...row.map((c) => doc.heightOfString(c.value || ' ', { width: c.width - labelW - 2 * PAD, lineGap: 2 }) + 2 * PAD));
    ensureSpace(doc, h);
    const y = doc.y;
    let x = MARGIN.left;
    for (const c of row) {
      doc.rect(x, y, labelW, h).fillAndStroke(SHADE, LINE);
      doc
        .rect(x + labelW, y, c.width - labelW, h)
        .lineWidth(0.6)
        .stroke(LINE);
      doc
        .fillColor('#000')
        .font('B')
        .text(c.label, x + PAD, y + PAD, { width: labelW - 2 * PAD, align: 'center' });
      doc.font('R').text(c.value || ' ', x + labelW + PAD, y + PAD, { width: c.width - labelW - 2 * PAD, lineGap: 2 });
      x += c.width;
    }
    doc.y = y + h;
  }
  doc.x = MARGIN.left;
}

/** A bordered table with a shaded header row that repeats after a page break. */
function table(doc: Doc, columns: Column[], rows: string[][]): void {
  doc.fontSize(10);
  const header = () => {
    const h = 24;
    ensureSpace(doc, h + 24);
    const y = doc.y;
    let x = MARGIN.left;
    for (const c of columns) {
      doc.rect(x, y, c.width, h).lineWidth(0.6).fillAndStroke(SHADE, LINE);
      doc
        .fillColor('#000')
        .font('B')
        .text(c.header, x + PAD, y + 6, { width: c.width - 2 * PAD, align: 'center' });
      x += c.width;
    }
    doc.y = y + h;
  };
  header();
  if (!rows.length) rows = [['', '（无）', '', '']];
  for (const r of rows) {
    doc.font('R');
    const h = Math.max(23, ...columns.map((c, i) => doc.heightOfString(r[i] || ' ', { width: c.width - 2 * PAD, lineGap: 2 }) + 2 * PAD));
    if (doc.y + h > PAGE.height - MARGIN.bottom) {
      doc.addPage();
      doc.y = MARGIN.top;
      header();
      doc.font('R');
    }
    const y = doc.y;
    let x = MARGIN.left;
    columns.forEach((c, i) => {
      doc.rect(x, y, c.width, h).lineWidth(0.6).stroke(LINE);
      doc.fillColor('#000').text(r[i] || '', x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left', lineGap: 2 });
      x += c.width;
    });
    doc.y = y + h;
  }
  doc.x = MARGIN.left;
}

function signature(doc: Doc, x: number, y: number, label: string, value: string | null): void {
  doc.font('R').fontSize(10.5).fillColor('#000').text(`${label}：`, x, y, { lineBreak: false });
  const lx = x + doc.widthOfString(`${label}：`) + 2;
  doc
    .moveTo(lx, y + 14)
    .lineTo(lx + 130, y + 14)
    .lineWidth(0.6)
    .stroke(LINE);
  if (value) doc.text(value, lx + 6, y, { lineBreak: false });
}
