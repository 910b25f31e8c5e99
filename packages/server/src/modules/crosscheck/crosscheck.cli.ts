import fs from 'node:fs';
import path from 'node:path';
import type { RequestContext } from '../../graphql/request-context';
import { decodeRows, int, isoDate, jsonObject, nullable, row, text } from '../../db/rows';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { appendRows, closeWorkbook, neutralise, openWorkbook } from '../exports/xlsx-writer';
import { FINDING_STATUSES } from './crosscheck.codes';
import { runCrosscheckRules } from './crosscheck.engine';
import { RULE_NAMES } from './rules';

/**
 * The CLI's cross-check commands (cli/index.ts): `crosscheck [--json]` runs every rule now as 系统 and,
 * with --json, prints `{"rules": {"1": {"found", "new", "resolved"}, …}, "ms"}` as the last line;
 * `findings:export --out <file.csv|file.xlsx> --reason <text>` writes every open (待复核) finding with the
 * full ID number (decrypted with the field key) and logs the export and its reason as 系统.
 */
export async function crosscheckCommand(ctx: RequestContext, opts: { json: boolean }, log: (m: string) => void): Promise<number> {
  const r = await runCrosscheckRules(ctx);
  for (const o of r.rules) {
    log(`规则 ${String(o.no).padStart(2)} ${RULE_NAMES[o.no]}：发现 ${o.found}，新增 ${o.new}，未变 ${o.unchanged}，消除 ${o.resolved}（${o.ms} ms）`);
  }
  log(`全面比对完成，用时 ${r.ms} ms / crosscheck done`);
  if (opts.json)
    log(JSON.stringify({ rules: Object.fromEntries(r.rules.map((o) => [String(o.no), { found: o.found, new: o.new, resolved: o.resolved }])), ms: r.ms }));
  return 0;
}

const COLUMNS = ['规则编号', '规则', '姓名', '身份证号', '区划代码', '状态', '依据', '截止日期'] as const;
const PAGE = 2000;

const exportRow = row({
  id: text,
  ruleNo: int,
  personName: nullable(text),
  idEnc: nullable(text),
  areaCode: text,
  status: text,
  summary: text,
  evidence: jsonObject,
  dueDate: isoDate,
});

function basis(summary: string, evidence: Record<string, unknown>): string {
  const lines = Array.isArray(evidence.lines) ? (evidence.lines as Array<{ label?: unknown; value?: unknown }>) : [];
  return [summary, ...lines.map((l) => `${String(l.label ?? '')}：${String(l.value ?? '—')}`)].join('；');
}

/** A CSV cell: formula-like text neutralised as in the xlsx files (exports/xlsx-writer.ts), then quoted when needed. */
const csvCell = (v: string | number) => {
  const s = String(neutralise(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes every open finding to a CSV (UTF-8 with BOM) or xlsx file (exceljs streaming writer); returns the count. */
export async function exportFindings(ctx: RequestContext, out: string, reason: string): Promise<number> {
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new AppError('BAD_USER_INPUT', '导出文件须为 .csv 或 .xlsx', { field: 'out' });
  const why = reason.trim();
  if ([...why].length < 4 || [...why].length > 200) throw new AppError('BAD_USER_INPUT', '导出理由须为 4–200 个字', { field: 'reason' });
  const crypto = ctx.runtime.fieldCrypto;
  const xlsxId = `findings-${process.pid}-${Date.now()}`;
  const csv = ext === '.csv' ? fs.createWriteStream(out, { mode: 0o600 }) : null;
  if (csv) csv.write(`\uFEFF${COLUMNS.join(',')}\r\n`);
  else
    await openWorkbook(
      xlsxId,
      out,
      '待复核疑点',
      COLUMNS.map((c, i) => ({ header: c, key: `c${i}`, width: [10, 22, 12, 22, 14, 10, 80, 12][i] })),
    );
  let count = 0;
  await ctx.asSystem('findings-export', async (em, sys) => {
    // Keyset pages: constant memory however many findings are open.
    let after = { ruleNo: 0, id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const rows = decodeRows(
        await sqlRows(
          em,
          `select f.id, f.rule_no as "ruleNo", f.person_name as "personName", p.id_enc as "idEnc", f.area_code as "areaCode", f.status,
                  f.summary, f.evidence, f.due_date::text as "dueDate"
             from finding f left join person p on p.id = f.person_id
            where f.is_current and f.status = 'PENDING' and (f.rule_no, f.id) > (?, ?::uuid)
            order by f.rule_no, f.id limit ?`,
          [after.ruleNo, after.id, PAGE],
        ),
        exportRow,
        'finding export',
      );
      if (!rows.length) break;
      const cells = rows.map((r) => [
        r.ruleNo,
        RULE_NAMES[r.ruleNo] ?? '',
        r.personName ?? '',
        r.idEnc ? crypto.decrypt(r.idEnc) : '',
        r.areaCode,
        FINDING_STATUSES[r.status as keyof typeof FINDING_STATUSES] ?? r.status,
        basis(r.summary, r.evidence),
        r.dueDate,
      ]);
      if (csv) csv.write(cells.map((c) => c.map(csvCell).join(',')).join('\r\n') + '\r\n');
      else
        await appendRows(
          xlsxId,
          cells.map((c) => Object.fromEntries(c.map((v, i) => [`c${i}`, v]))),
        );
      count += rows.length;
      const last = rows[rows.length - 1];
      after = { ruleNo: last.ruleNo, id: last.id };
    }
    await recordAudit(sys, {
      action: 'finding.exported',
      entityType: 'finding',
      detail: { reason: why, count, format: ext.slice(1), file: path.basename(out) },
    });
  });
  if (csv) await new Promise<void>((resolve, reject) => csv.end((e?: Error | null) => (e ? reject(e) : resolve())));
  else await closeWorkbook(xlsxId);
  return count;
}
