import { label, RESIDENCE_TYPES } from '@xiejiu/rules';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { RequestContext } from '../../graphql/request-context';
import { ModuleWorker } from '../../shared/module-worker';
import { searchHouseholds, type HouseholdFilter } from './household.query';
import type { XlsxColumn } from './xlsx-writer';

/**
 * The ledger export as an xlsx file: households of the filter as the actor may see them (one row per
 * member, identifiers masked, detail columns empty where the actor only has the shared view), read here
 * page by page and written by exceljs on the xlsx thread. Used by the direct download (small filters)
 * and by the export job (household.export-job.ts).
 */
const PAGE = 100;
const xlsxThread = new ModuleWorker(path.join(__dirname, 'xlsx-writer.ts'));

const COLUMNS: XlsxColumn[] = [
  { header: '村（社区）', key: 'area', width: 14 },
  { header: '组', key: 'group', width: 6 },
  { header: '地址', key: 'address', width: 28 },
  { header: '城乡', key: 'residence', width: 6 },
  { header: '层级', key: 'tier', width: 14 },
  { header: '救助事项', key: 'programs', width: 30 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '与户主关系', key: 'relation', width: 10 },
  { header: '身份证号（脱敏）', key: 'idMasked', width: 22 },
  { header: '性别', key: 'sex', width: 6 },
  { header: '年龄', key: 'age', width: 6 },
];

/**
 * Writes `total` households of `filter` to `filePath`; `onPage(households)` after each page (progress;
 * return false to stop — the file is removed). Returns the number of households written and the size.
 */
export async function writeLedgerXlsx(
  ctx: RequestContext,
  filter: HouseholdFilter,
  total: number,
  filePath: string,
  onPage?: (households: number) => Promise<boolean>,
): Promise<{ households: number; bytes: number }> {
  const id = randomUUID();
  await xlsxThread.call('openWorkbook', id, filePath, '户籍台账', COLUMNS);
  try {
    let households = 0;
    for (let page = 1; (page - 1) * PAGE < total; page++) {
      const { items } = await searchHouseholds(ctx, filter, { page, pageSize: PAGE });
      const rows: Array<Record<string, unknown>> = [];
      for (const h of items) {
        const programs = [...new Set(h.benefits.filter((b) => b.status === 'ACTIVE' || b.status === 'PHASE_OUT').map((b) => b.programName))].join('、');
        for (const m of h.members) {
          rows.push({
            area: h.areaName,
            group: h.groupNo,
            address: h.address,
            residence: label(RESIDENCE_TYPES, h.residenceType),
            tier: h.tierName ?? '',
            programs,
            name: m.name,
            relation: m.relationName,
            idMasked: m.idMasked,
            sex: m.sex === 'M' ? '男' : '女',
            age: m.age,
          });
        }
      }
      households += items.length;
      await xlsxThread.call('appendRows', id, rows);
      if (onPage && !(await onPage(items.length))) {
        await xlsxThread.call('abortWorkbook', id);
        return { households, bytes: 0 };
      }
      if (items.length < PAGE) break;
    }
    const bytes = await xlsxThread.call<number>('closeWorkbook', id);
    return { households, bytes };
  } catch (e) {
    await xlsxThread.call('abortWorkbook', id).catch(() => undefined);
    throw e;
  }
}
