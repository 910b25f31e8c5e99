import { ModuleWorker } from '../../shared/module-worker';
import { A4, type Doc, drawTable, ensureSpace, finishWithFooters, openChineseDocument, pdfFonts, printableText } from '../files/pdf-document';

/**
 * The printable 社会救助对象公示 for the village board (A4, the embedded Chinese font of files/pdf-document.ts):
 * the area, a table of the notices up now — full name (read from the ledger at print time), program, persons,
 * monthly amount (where the program publishes it), period — and how to object. Rendered on its own thread (P8).
 */
const MARGIN = { top: 56, bottom: 60, left: 50, right: 50 };
const W = A4.width - MARGIN.left - MARGIN.right;

const thread = new ModuleWorker(__filename);

export interface NoticePdfData {
  areaName: string;
  /** YYYY-MM-DD, the day printed. */
  printedOn: string;
  rows: Array<{ name: string; programName: string; householdSize: number; amountText: string; startsOn: string; endsOn: string; place: string }>;
  /** 异议联系方式: where and how to object. */
  contactLines: string[];
}

export async function renderNoticePdf(data: NoticePdfData): Promise<Buffer> {
  const bytes = await thread.call<Uint8Array>('renderNoticePdfHere', data);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function renderNoticePdfHere(data: NoticePdfData): Promise<Buffer> {
  const [regular, bold] = pdfFonts();
  const p = (s: string) => printableText(s, regular, bold);
  const pdf = openChineseDocument({ margins: MARGIN, title: `社会救助对象公示（${data.areaName}）`, subject: '社会救助对象公示' });
  const { doc } = pdf;
  doc.font('B').fontSize(20).fillColor('#000').text(p('社会救助对象公示'), MARGIN.left, MARGIN.top, { width: W, align: 'center', characterSpacing: 2 });
  doc.moveDown(0.4);
  doc
    .font('R')
    .fontSize(11)
    .text(p(`${data.areaName}　${data.printedOn} 打印`), { width: W, align: 'center' });
  doc.moveDown(0.8);
  doc
    .font('R')
    .fontSize(10.5)
    .text(
      p('经申请、入户调查和审核，下列家庭（人员）拟给予社会救助，现予公示。公示内容仅限姓名、保障人数、救助事项和金额，请勿拍照转发、挪作他用。'),
      MARGIN.left,
      doc.y,
      { width: W, lineGap: 2 },
    );
  doc.moveDown(0.6);
  table(
    doc,
    p,
    [
      ['序号', 34],
      ['姓名', 70],
      ['所在村（组）', 110],
      ['救助事项', 80],
      ['保障人数', 50],
      ['月救助金额', 70],
      ['公示期', W - 414],
    ],
    data.rows.map((r, i) => [String(i + 1), r.name, r.place, r.programName, `${r.householdSize} 人`, r.amountText, `${r.startsOn} 至 ${r.endsOn}`]),
  );
  doc.moveDown(0.8);
  ensureSpace(doc, MARGIN, 60);
  doc.font('B').fontSize(11).text(p('异议受理'), MARGIN.left, doc.y, { width: W });
  doc.moveDown(0.2);
  doc.font('R').fontSize(10.5);
  for (const line of data.contactLines) {
    const t = p(line);
    ensureSpace(doc, MARGIN, doc.heightOfString(t, { width: W, lineGap: 2 }) + 2);
    doc.text(t, MARGIN.left, doc.y, { width: W, lineGap: 2 });
  }
  doc.moveDown(1.5);
  ensureSpace(doc, MARGIN, 40);
  doc
    .font('R')
    .fontSize(11)
    .text(p(`${data.areaName}（盖章）`), MARGIN.left, doc.y, { width: W, align: 'right' });
  doc.text(p(`${data.printedOn}`), MARGIN.left, doc.y + 4, { width: W, align: 'right' });
  return finishWithFooters(pdf, MARGIN, {
    fontSize: 8,
    fromBottom: 36,
    text: (page, pages) => p(`社会救助对象公示　第 ${page} 页 / 共 ${pages} 页　公示期满后撤下`),
  });
}

function table(doc: Doc, p: (s: string) => string, cols: Array<[string, number]>, body: string[][]): void {
  drawTable(doc, cols, body, { p, margins: MARGIN, fontSize: 10, minRowHeight: 22, emptyRow: cols.map((_, i) => (i === 1 ? '本期无公示对象' : '')) });
}
