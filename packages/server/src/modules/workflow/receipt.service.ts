import { maskPersonName } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { areaSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { DEFAULT_HOTLINES, type ReceiptData } from '../files/receipt-pdf';
import { settingValue } from '../setting/setting.service';
import { SETTINGS } from '../setting/setting.definitions';
import { getApplication } from './workflow.query';

/**
 * 家庭住址 printed once: the household's place (镇街 + 村社 names; a village named after its town, e.g.
 * “青石镇桂花村”, only once) and the detail address without the area names a clerk typed into it again
 * (“青石镇桂花村3组18号” → “3组18号”; the district too). Area names come from the area table, so they
 * are right even when the detail address is only “3组 18 号”.
 */
export function householdAddress(areas: { district?: string | null; town?: string | null; village?: string | null }, detail: string): string {
  // longest first: a village named after its town (“一镇甲村”) goes before the town (“一镇”)
  const names = [areas.district, areas.town, areas.village].filter((n): n is string => !!n).sort((x, y) => y.length - x.length);
  let rest = (detail ?? '').trim();
  for (let cut = true; cut; ) {
    cut = false;
    for (const n of names) {
      if (rest.startsWith(n)) {
        rest = rest.slice(n.length).trimStart();
        cut = true;
      }
    }
  }
  const town = areas.town ?? '';
  const village = areas.village ?? '';
  const place = village.startsWith(town) ? village : town + village;
  return place + rest;
}

/** Everything the 受理回执 prints, masked, from the application as the actor may see it. Logged as a read. */
export async function receiptData(ctx: RequestContext, applicationId: string): Promise<ReceiptData> {
  const detail = await getApplication(ctx, applicationId);
  const a = detail.application;
  // The receipt is the applicant's document (name, ID, phone, address): FULL access only.
  if (a.access !== 'FULL') throw new AppError('FORBIDDEN', '您只能查看该户的共享信息，不能打印受理回执');
  if (!a.receiptNo || !a.acceptedAt) throw new AppError('INVALID_STATE', '预申请尚未受理，没有受理回执');
  const scope = areaSql(ctx, 'p.area_code');
  const [applicant, windowArea, place] = await scopedReadBatch(ctx, [
    {
      sql: `select p.name, p.id_masked as "idMasked", p.phone_masked as "phoneMasked" from person p where p.id = ? and ${scope.sql}`,
      params: [a.applicantPersonId, ...scope.params],
    },
    {
      sql: `select coalesce(t.name || w.name, w.name) as name from application x left join area w on w.code = x.window_area_code
             left join area t on t.code = left(x.window_area_code, 6) || '000000' and t.code <> w.code where x.id = ?`,
      params: [applicationId],
    },
    {
      sql: `select d.name as district, t.name as town, v.name as village from area v
             left join area t on t.code = left(v.code, 9) || '000' and t.code <> v.code
             left join area d on d.code = left(v.code, 6) || '000000' and d.code <> v.code where v.code = ?`,
      params: [a.areaCode],
    },
  ]);
  const hotline = await settingValue(ctx, 'ASSISTANCE_HOTLINE');
  const person = applicant[0] as { name: string; idMasked: string; phoneMasked: string | null } | undefined;
  await recordAudit(ctx, { action: 'application.receipt_printed', entityType: 'application', entityId: applicationId, detail: { receiptNo: a.receiptNo } });
  return {
    receiptNo: a.receiptNo,
    acceptedAt: a.acceptedAt,
    window: { areaName: (windowArea[0]?.name as string) ?? a.windowAreaName ?? '', windowName: '社会救助“一门受理”窗口' },
    handlerName: a.acceptedByName,
    applicant: {
      nameMasked: maskPersonName(person?.name ?? a.applicantName ?? ''),
      idMasked: person?.idMasked ?? '',
      phoneMasked: person?.phoneMasked ?? null,
    },
    address: householdAddress(
      (place[0] as { district: string | null; town: string | null; village: string | null } | undefined) ?? { village: a.areaName },
      a.address ?? '',
    ),
    hotlines: [...DEFAULT_HOTLINES, ...(hotline ? [{ name: SETTINGS.ASSISTANCE_HOTLINE.name, number: hotline }] : [])],
    programs: detail.referrals.map((r) => ({
      name: r.personName ? `${r.programName}（${maskPersonName(r.personName)}）` : r.programName,
      department: r.departmentName,
      workingDays: r.limitDays,
      dueDate: r.clock.dueDate,
    })),
    materialsReceived: detail.materials.filter((m) => m.provided).map((m) => m.name),
    materialsToSupplement: detail.materials.filter((m) => !m.provided && !m.coveredByReport).map((m) => ({ name: m.name, note: m.note })),
  };
}
