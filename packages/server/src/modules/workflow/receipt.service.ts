import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { areaSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import type { ReceiptData } from '../files/receipt-pdf';
import { getApplication } from './workflow.query';

/** Masks a name for printed documents: 张三 → 张*, 欧阳小明 → 欧**明 (docs/domain.md, "Publication (公示) and masking"). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** Everything the 受理回执 prints, masked, from the application as the actor may see it. Logged as a read. */
export async function receiptData(ctx: RequestContext, applicationId: string): Promise<ReceiptData> {
  const detail = await getApplication(ctx, applicationId);
  const a = detail.application;
  // The receipt is the applicant's document (name, ID, phone, address): FULL access only.
  if (a.access !== 'FULL') throw new AppError('FORBIDDEN', '您只能查看该户的共享信息，不能打印受理回执');
  if (!a.receiptNo || !a.acceptedAt) throw new AppError('INVALID_STATE', '预申请尚未受理，没有受理回执');
  const scope = areaSql(ctx, 'p.area_code');
  const [applicant, windowArea] = await scopedReadBatch(ctx, [
    { sql: `select p.name, p.id_masked as "idMasked", p.phone_masked as "phoneMasked" from person p where p.id = ? and ${scope.sql}`, params: [a.applicantPersonId, ...scope.params] },
    { sql: `select coalesce(t.name || w.name, w.name) as name from application x left join area w on w.code = x.window_area_code
             left join area t on t.code = left(x.window_area_code, 6) || '000000' and t.code <> w.code where x.id = ?`, params: [applicationId] },
  ]);
  const person = applicant[0] as { name: string; idMasked: string; phoneMasked: string | null } | undefined;
  await recordAudit(ctx, { action: 'application.receipt_printed', entityType: 'application', entityId: applicationId, detail: { receiptNo: a.receiptNo } });
  return {
    receiptNo: a.receiptNo,
    acceptedAt: a.acceptedAt,
    window: { areaName: (windowArea[0]?.name as string) ?? a.windowAreaName ?? '', windowName: '社会救助“一门受理”窗口' },
    handlerName: a.acceptedByName,
    applicant: { nameMasked: maskName(person?.name ?? a.applicantName ?? ''), idMasked: person?.idMasked ?? '', phoneMasked: person?.phoneMasked ?? null },
    address: `${a.areaName ?? ''}${a.address ?? ''}`,
    programs: detail.referrals.map((r) => ({
      name: r.personName ? `${r.programName}（${maskName(r.personName)}）` : r.programName,
      department: r.departmentName,
      workingDays: r.limitDays,
      dueDate: r.clock.dueDate,
    })),
    materialsReceived: detail.materials.filter((m) => m.provided).map((m) => m.name),
    materialsToSupplement: detail.materials.filter((m) => !m.provided).map((m) => ({ name: m.name, note: m.note })),
  };
}
