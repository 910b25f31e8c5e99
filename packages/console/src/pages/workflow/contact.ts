/**
 * What a 预申请 says about the person (informant's report, the portal's online pre-application, or a 群众报告 of someone
 * in hardship with who reported it), in one line.
 */
export interface PreApplicationContactLike {
  channel: string;
  queryNo?: string | null;
  createdByName?: string | null;
  contact?: {
    name: string;
    address: string;
    phoneMasked?: string | null;
    idMasked?: string | null;
    householdSize?: number | null;
    consentAt?: string | null;
    reporterName?: string | null;
    reporterRelation?: string | null;
    reporterPhoneMasked?: string | null;
  } | null;
}

/** 「联系人：张三，住址，139****5678，身份证 110***002X，家庭 3 人（本人网上提交，查询号 YS…，已同意核对）」 */
export function contactLine(a: PreApplicationContactLike): string {
  const c = a.contact;
  if (!c) return '';
  const parts = [c.name, c.address, c.phoneMasked, c.idMasked && `身份证 ${c.idMasked}`, c.householdSize && `家庭 ${c.householdSize} 人`].filter(Boolean);
  const reporter = [c.reporterName ?? '未留称呼', c.reporterRelation, c.reporterPhoneMasked].filter(Boolean).join('，');
  const origin =
    a.channel === 'PORTAL'
      ? `本人网上提交${a.queryNo ? `，查询号 ${a.queryNo}` : ''}${c.consentAt ? '，已同意核对家庭经济状况' : ''}`
      : a.channel === 'PUBLIC'
        ? `群众报告：${reporter}${a.queryNo ? `，查询号 ${a.queryNo}` : ''}`
        : `${a.createdByName ?? ''}报送`;
  return `联系人：${parts.join('，')}（${origin}）`;
}
