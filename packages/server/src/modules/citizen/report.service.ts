import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { createPreApplication } from '../workflow/application.service';
import { type CitizenApplicationReceipt, newQueryNo, placeName, portalVillage } from './apply.service';
import { consumeCode, maskMobile, normaliseMobile, verifyCode } from './code.service';

/**
 * 我要报告困难群众: anyone who knows of a person in hardship — a neighbour, a relative, a passer-by — tells the window
 * from the portal, with their own phone verified by an SMS code (purpose REPORT). The report is a 预申请 of channel
 * PUBLIC (群众报告) in the queue of the person's village window, like an informant's report (`createPreApplication`,
 * modules/workflow); the window calls on the person and converts the report into an application (choosing the
 * programs then) or closes it with a reason. The reporter gets a 查询号; with it and their phone, 进度查询 shows only
 * whether the window has acted (lookup.service.ts `reporterView`) — never what the person applied for or got.
 */
export interface CitizenReportInput {
  phone: string;
  code: string;
  /** Who reports (may stay empty: the verified phone is enough to call back). */
  reporterName?: string | null;
  /** 与当事人关系 (邻居、亲属 …), free text. */
  relation?: string | null;
  /** The person in hardship. */
  name: string;
  /** Their phone, when the reporter knows it. */
  personPhone?: string | null;
  areaCode: string;
  address: string;
  description: string;
  urgent?: boolean | null;
}

const bad = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
const chars = (s: string) => [...s].length;

export async function submitCitizenReport(ctx: RequestContext, input: CitizenReportInput): Promise<CitizenApplicationReceipt> {
  // The form is checked before the code: a typo does not cost a code attempt. The person's name, address and
  // situation are checked again by createPreApplication (the one core of every pre-application).
  const phone = normaliseMobile(input.phone);
  const personPhone = input.personPhone?.trim() ? normaliseMobile(input.personPhone, 'personPhone') : null;
  if (personPhone === phone) throw bad('personPhone', '困难群众的电话不能与您本人的手机号码相同；不知道可以不填');
  const reporterName = input.reporterName?.trim() || null;
  if (reporterName && chars(reporterName) > 50) throw bad('reporterName', '您的称呼不超过 50 字');
  const relation = input.relation?.trim() || null;
  if (relation && chars(relation) > 20) throw bad('relation', '与当事人的关系不超过 20 字');
  if (!input.name?.trim()) throw bad('name', '请填写困难群众的姓名（不知道全名可写姓氏，如“王大爷”）');
  if (!input.address?.trim()) throw bad('address', '请填写困难群众的住址或常在的地方');
  if (chars(input.address.trim()) > 200) throw bad('address', '住址不超过 200 字');
  if (!input.description?.trim()) throw bad('description', '请说明看到的困难情况');
  if (chars(input.description.trim()) > 1000) throw bad('description', '困难情况不超过 1000 字');
  const village = await portalVillage(ctx, input.areaCode);

  const verified = await verifyCode(ctx, phone, 'REPORT', input.code);
  const now = nowOf(ctx);
  const fc = ctx.runtime.fieldCrypto;
  return ctx.asSystem('群众报告困难群众', async (em, sys) => {
    await consumeCode(sys, em, verified);
    const queryNo = await newQueryNo(em, todayOf(ctx));
    await createPreApplication(
      sys,
      {
        contactName: input.name,
        contactPhone: personPhone,
        address: input.address,
        areaCode: input.areaCode,
        programs: [],
        description: input.description,
        urgent: !!input.urgent,
      },
      {
        channel: 'PUBLIC',
        queryNo,
        contact: {
          reporterName: reporterName?.slice(0, 50) ?? null,
          reporterRelation: relation,
          reporterPhoneMasked: maskMobile(phone),
          reporterPhoneEnc: fc.encrypt(phone),
          reportedAt: now.toISOString(),
        },
      },
    );
    return { queryNo, phoneMasked: maskMobile(phone), areaName: placeName(village.townName, village.name), submittedAt: now };
  });
}
