import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { label, RESIDENCE_TYPES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/audit.service';
import { countHouseholds, searchHouseholds, type HouseholdFilter } from './household.query';

/** Most households one synchronous export may contain (larger sets belong to a background job). */
export const EXPORT_MAX_HOUSEHOLDS = 20_000;
const PAGE = 100;

/**
 * Streams the current filter of the ledger as xlsx, one row per member, identifiers masked and
 * detail columns empty where the caller only has the shared view. The export is logged.
 */
/** Checks permission, filter and size before any byte of the file is sent; returns the household count. */
export async function checkExport(ctx: RequestContext, filter: HouseholdFilter): Promise<number> {
  ctx.require('household.export', '导出台账');
  const total = await countHouseholds(ctx, filter, EXPORT_MAX_HOUSEHOLDS + 1);
  if (total > EXPORT_MAX_HOUSEHOLDS) {
    throw new AppError('BAD_USER_INPUT', `导出范围过大（超过 ${EXPORT_MAX_HOUSEHOLDS} 户），请缩小筛选条件`);
  }
  return total;
}

export async function exportHouseholds(ctx: RequestContext, filter: HouseholdFilter, out: Writable): Promise<number> {
  const total = await checkExport(ctx, filter);
  // Logged before the first byte leaves, so an export interrupted midway is still on record.
  await recordAudit(ctx, { action: 'household.exported', entityType: 'household', detail: { filter: { ...filter }, households: total } });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet('户籍台账');
  ws.columns = [
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
  ws.getRow(1).font = { bold: true };
  let households = 0;
  for (let page = 1; (page - 1) * PAGE < total; page++) {
    const { items } = await searchHouseholds(ctx, filter, { page, pageSize: PAGE });
    for (const h of items) {
      households++;
      const programs = [...new Set(h.benefits.filter((b) => b.status === 'ACTIVE' || b.status === 'PHASE_OUT').map((b) => b.programName))].join('、');
      for (const m of h.members) {
        ws.addRow({
          area: h.areaName, group: h.groupNo, address: h.address, residence: label(RESIDENCE_TYPES, h.residenceType),
          tier: h.tierName ?? '', programs, name: m.name, relation: m.relationName, idMasked: m.idMasked,
          sex: m.sex === 'M' ? '男' : '女', age: m.age,
        }).commit();
      }
    }
  }
  ws.commit();
  await wb.commit();
  return households;
}
