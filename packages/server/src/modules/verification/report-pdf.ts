import { ModuleWorker } from '../../shared/module-worker';
import {
  A4,
  type Doc,
  drawTable,
  ensureSpace as ensurePageSpace,
  finishWithFooters,
  openChineseDocument,
  pdfFonts,
  printableText,
} from '../files/pdf-document';
import type { VerificationReportContent } from './report-content';

/**
 * The printable 家庭经济状况核查报告 (A4, the embedded Simplified Chinese font, files/pdf-document.ts): header, household and members (masked), income by category, assets, 疑点, the data
 * sources with their query and as-of times, the methods, per program the outcome, the conclusion and the
 * validity. Renders the frozen `content` as it is — the renderer never sees a full name or ID number.
 */
const PAGE = A4;
const MARGIN = { top: 50, bottom: 56, left: 50, right: 50 };
const W = PAGE.width - MARGIN.left - MARGIN.right;
const LINE = '#333333';
const SHADE = '#f2f2f2';
const PAD = 5;

const thread = new ModuleWorker(__filename);

export interface ReportPdfInput {
  content: VerificationReportContent;
  /** 报告已过期 / 已被新版本取代, printed under the title when set. */
  status: string | null;
}

export async function renderVerificationReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const bytes = await thread.call<Uint8Array>('renderVerificationReportPdfHere', input);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const yuanText = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '信息不足' : `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

const time = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const cn = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${cn.slice(0, 10)} ${cn.slice(11, 16)}`;
};

export async function renderVerificationReportPdfHere(input: ReportPdfInput): Promise<Buffer> {
  const [regular, bold] = pdfFonts();
  const p = (s: string) => printableText(s, regular, bold);
  const c = input.content;
  const pdf = openChineseDocument({ margins: MARGIN, title: `${c.header.title}（${c.header.reportNo}）`, subject: c.header.title });
  const { doc } = pdf;

  doc.font('B').fontSize(18).fillColor('#000').text(p(c.header.title), MARGIN.left, MARGIN.top, { width: W, align: 'center', characterSpacing: 2 });
  doc.moveDown(0.3);
  doc.font('R').fontSize(10).text(p(c.header.office), { width: W, align: 'center' });
  if (input.status) doc.font('B').fontSize(11).fillColor('#b00020').text(p(input.status), { width: W, align: 'center' }).fillColor('#000');
  doc.moveDown(0.5);
  rows(doc, p, [
    [
      ['报告编号', `${c.header.reportNo}（第 ${c.header.version} 版）`],
      ['核查编号', c.header.verificationNo],
    ],
    [
      ['出具时间', time(c.header.issuedAt)],
      ['有效期至', c.header.validUntil],
    ],
    [
      [
        '核对授权',
        c.header.authorisation
          ? `${c.header.authorisation.signedOn} 签署，有效期至 ${c.header.authorisation.validUntil}；授权查询：${c.header.authorisation.scopeNames.join('、')}`
          : '—',
      ],
    ],
    [['数据查询时间', time(c.header.queriedAt)]],
  ]);

  section(doc, p, '一、家庭基本情况');
  rows(doc, p, [
    [
      ['户主', c.household.headNameMasked],
      ['城乡类别', c.household.residenceTypeName],
    ],
    [['家庭住址', c.household.address]],
  ]);
  table(
    doc,
    p,
    [
      ['姓名', 70],
      ['身份证号', 130],
      ['与户主关系', 70],
      ['性别', 40],
      ['年龄', 40],
      ['备注', W - 350],
    ],
    c.members.map((m) => [m.nameMasked, m.idMasked, m.relationName, m.sex ?? '', m.age === null ? '' : String(m.age), m.notes.join('；')]),
  );

  section(doc, p, '二、家庭收入');
  const inc = c.income;
  table(
    doc,
    p,
    [
      ['收入类别', 200],
      ['金额（月）', 120],
      ['是否计入', W - 320],
    ],
    [
      ...inc.lines.map((l) => [l.name, yuanText(l.amountFen), l.counted ? '计入' : '不计入']),
      ...(inc.deductionFen ? [['就业成本扣减', `−${yuanText(inc.deductionFen)}`, '扣减']] : []),
    ],
  );
  rows(doc, p, [
    [
      ['收入月份', inc.month ?? '—'],
      ['计入家庭成员', inc.countedMembers === null ? '信息不足' : `${inc.countedMembers} 人`],
    ],
    [
      ['家庭月收入', yuanText(inc.monthlyIncomeFen)],
      ['家庭人均月收入', yuanText(inc.perCapitaIncomeFen)],
    ],
  ]);
  paragraph(doc, p, inc.explanation);

  section(doc, p, '三、家庭财产');
  const a = c.assets;
  rows(doc, p, [
    [
      ['金融资产', yuanText(a.financialAssetsFen)],
      ['人均金融资产', yuanText(a.financialAssetsPerCapitaFen)],
    ],
    [
      ['住房套数', a.homeCount === null ? '信息不足' : `${a.homeCount} 套${a.hasNonResidentialProperty ? '（另有非住宅房产）' : ''}`],
      ['非豁免机动车', a.nonExemptVehicles === null ? '信息不足' : `${a.nonExemptVehicles} 辆`],
    ],
    [['工商登记注册资本', yuanText(a.businessCapitalFen)]],
  ]);
  paragraph(doc, p, a.lines);

  section(doc, p, '四、信息比对（数据来源）');
  table(
    doc,
    p,
    [
      ['数据来源', 110],
      ['结果', 55],
      ['数据截至', 90],
      ['查询时间', 90],
      ['记录', W - 345],
    ],
    c.sources.map((s) => [s.name, s.statusName, time(s.asOf), time(s.queriedAt), s.rows.join('\n') || '—']),
  );

  section(doc, p, '五、比对疑点');
  paragraph(doc, p, c.findings.length ? c.findings.map((f) => `${f.ruleName}（${f.severity}，${f.statusName}）：${f.summary}`) : ['无']);

  section(doc, p, '六、核查方式与情况');
  paragraph(doc, p, c.methods.length ? c.methods.map((m) => `【${m.name}】${m.summary}（${m.recordedByName}，${time(m.recordedAt)}）`) : ['—']);

  section(doc, p, '七、救助事项评估');
  for (const prog of c.programs) {
    ensureSpace(doc, 30);
    doc
      .font('B')
      .fontSize(10.5)
      .text(
        p(`${prog.name}：${prog.outcomeName}${prog.estimatedMonthlyFen != null ? `（估算月发放 ${yuanText(prog.estimatedMonthlyFen)}）` : ''}`),
        MARGIN.left,
        doc.y,
        { width: W },
      );
    paragraph(doc, p, prog.lines.slice(0, 12));
  }

  section(doc, p, '八、核查结论');
  rows(doc, p, [
    [['核查结论', c.conclusion.name]],
    ...(c.conclusion.note ? [[['结论说明', c.conclusion.note] as [string, string]]] : []),
    [['系统建议', `${c.conclusion.proposedReason}`]],
    [
      ['起草人', c.draftedByName],
      ['复核人', c.approvedByName],
    ],
  ]);
  doc.moveDown(0.5);
  doc
    .font('R')
    .fontSize(9.5)
    .text(
      p(`本报告有效期至 ${c.header.validUntil}。有效期内，各部门办理社会救助事项时互认本报告，不再要求申请人提供本报告已覆盖的收入、财产和困难情况证明材料。`),
      MARGIN.left,
      doc.y,
      { width: W, lineGap: 2 },
    );

  return finishWithFooters(pdf, MARGIN, {
    fontSize: 8,
    fromBottom: 36,
    text: (page, pages) => p(`报告编号 ${c.header.reportNo}　第 ${page} 页 / 共 ${pages} 页　协救社会救助协同平台`),
  });
}

function ensureSpace(doc: Doc, h: number): void {
  ensurePageSpace(doc, MARGIN, h);
}

function section(doc: Doc, p: (s: string) => string, title: string): void {
  ensureSpace(doc, 44);
  doc.moveDown(0.5);
  const y = doc.y;
  doc.rect(MARGIN.left, y + 2, 3, 12).fill('#1f4e8c');
  doc
    .fillColor('#000')
    .font('B')
    .fontSize(11.5)
    .text(p(title), MARGIN.left + 9, y, { width: W - 9 });
  doc.y = y + 19;
  doc.x = MARGIN.left;
}

function paragraph(doc: Doc, p: (s: string) => string, lines: string[]): void {
  doc.font('R').fontSize(9.5);
  for (const l of lines) {
    const t = p(l);
    ensureSpace(doc, doc.heightOfString(t, { width: W, lineGap: 1.5 }) + 2);
    doc.text(t, MARGIN.left, doc.y, { width: W, lineGap: 1.5 });
  }
  doc.x = MARGIN.left;
}

/** Bordered label/value rows; one or two cells per row. */
function rows(doc: Doc, p: (s: string) => string, data: Array<Array<[string, string]>>): void {
  const labelW = 82;
  doc.fontSize(10);
  for (const row of data) {
    const cw = W / row.length;
    doc.font('R');
    const h = Math.max(21, ...row.map(([, v]) => doc.heightOfString(p(v) || ' ', { width: cw - labelW - 2 * PAD, lineGap: 1.5 }) + 2 * PAD));
    ensureSpace(doc, h);
    const y = doc.y;
    let x = MARGIN.left;
    for (const [label, value] of row) {
      doc.rect(x, y, labelW, h).fillAndStroke(SHADE, LINE);
      doc
        .rect(x + labelW, y, cw - labelW, h)
        .lineWidth(0.6)
        .stroke(LINE);
      doc
        .fillColor('#000')
        .font('B')
        .text(p(label), x + PAD, y + PAD, { width: labelW - 2 * PAD, align: 'center' });
      doc.font('R').text(p(value) || ' ', x + labelW + PAD, y + PAD, { width: cw - labelW - 2 * PAD, lineGap: 1.5 });
      x += cw;
    }
    doc.y = y + h;
  }
  doc.x = MARGIN.left;
}

function table(doc: Doc, p: (s: string) => string, cols: Array<[string, number]>, body: string[][]): void {
  drawTable(doc, cols, body, { p, margins: MARGIN, fontSize: 9.5, minRowHeight: 20, emptyRow: cols.map((_, i) => (i === 0 ? '无' : '')) });
}
