import ExcelJS from 'exceljs';
import { datasetDef } from './datasets';
import type { Dataset } from './records';

/**
 * Import templates. The xlsx has the header row only on its first sheet (named after the dataset;
 * whatever is on it is imported) and the 填写说明 with an example row on a second sheet. ID-number
 * and code columns are formatted as text so Excel keeps all 18 digits.
 */
export const INSTRUCTIONS_SHEET = '填写说明';

const GENERAL_NOTES = [
  '第一个工作表是导入的数据：第 1 行为表头，请勿修改列名；列的顺序可以调整，多余的列会被忽略。',
  '每行一条记录；空行会被跳过。日期可写成 2026-01-05、2026/1/5、2026年1月5日 或 20260105。',
  '金额单位为元（注册资本为万元），最多两位小数，可带千分位逗号。',
  '也可以导入 CSV 文件（UTF-8 或 GBK 编码，逗号分隔），表头与本模板相同。',
  '导入后可下载错误报告：出错的行、行号和错误说明，改正后只需重新导入这些行。',
];

/** exceljs 4.4 has sheet-level data validations (ranges) but does not declare them. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function templateXlsx(dataset: Dataset): Promise<Buffer> {
  const def = datasetDef(dataset);
  const wb = new ExcelJS.Workbook();
  wb.creator = '协救';
  const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = def.columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: c.text ? { numFmt: '@' } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center' };
  def.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.numFmt = '@';
    // Required columns stand out; the header text stays exactly the template header.
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFF2F2F2' } };
    cell.note = `${c.required ? '必填' : '选填'}：${c.hint}`;
    if (c.options) {
      const letter = ws.getColumn(i + 1).letter;
      // A drop-down as help only: synonyms typed by hand are accepted by the import.
      (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}100000`, {
        type: 'list',
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`"${c.options.join(',')}"`],
      });
    }
  });

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [
    { header: '列名', key: 'header', width: 18 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'hint', width: 60 },
    { header: '示例', key: 'example', width: 24, style: { numFmt: '@' } },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of def.columns) {
    const row = help.addRow({ header: c.header, required: c.required ? '必填' : '选填', hint: c.hint, example: c.example });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  help.addRow([]);
  help.addRow([`${def.name}：${def.description}`]).font = { bold: true };
  for (const note of GENERAL_NOTES) help.addRow([note]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The CSV template: UTF-8 with BOM (so Excel opens it correctly), the header line only. */
export function templateCsv(dataset: Dataset): string {
  const cells = datasetDef(dataset).columns.map((c) => (/[",\r\n]/.test(c.header) ? `"${c.header.replace(/"/g, '""')}"` : c.header));
  return `\uFEFF${cells.join(',')}\r\n`;
}
