import type { RequestContext } from '../graphql/request-context';
import { saveFaq, type FaqInput } from '../modules/portal/faq.service';
import { PortalNotice } from '../modules/portal/notice.entity';
import { saveNotice, type NoticeInput } from '../modules/portal/notice.service';
import { updateServiceWindow, type ServiceWindowInput } from '../modules/portal/window.service';
import { DEMO_DISTRICT, DEMO_TOWNS } from './demo-district';

const DEMO_NOTE = '演示数据：地址、时间和电话均为虚构';
const WEEKDAYS = '工作日 9:00–12:00，14:00–17:30';

/**
 * 受理窗口 of the demo district (门户「受理窗口」), by area code — 演示数据: made-up addresses, hours and numbers for the
 * fictional 和安区 and its towns, each marked as demo in its note. The names stay the default
 * 「<镇街>便民服务中心 社会救助窗口」 except the district's.
 */
export const DEMO_WINDOWS: Record<string, ServiceWindowInput> = {
  [DEMO_DISTRICT.code]: {
    name: '和安区政务服务中心 社会救助综合窗口',
    address: '和安区滨江路 100 号 政务服务中心一楼 B 区 8 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000100',
    mapText: '乘 3 路、12 路公交到“政务服务中心”站下车，向东步行约 100 米；中心正门有无障碍坡道。',
  },
  '500199001000': {
    address: '城南街道南坪路 32 号 便民服务中心一楼 2 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000101',
    mapText: '公交“城南街道”站下车即到。',
  },
  '500199002000': {
    address: '城北街道滨江大道 6 号 街道办事处一楼',
    hours: WEEKDAYS,
    phone: '023-61000102',
    mapText: '轨道交通 1 号线“城北”站 2 号出口，步行约 300 米。',
  },
  '500199003000': {
    address: '东湖街道湖滨路 25 号 社区服务中心一楼',
    hours: WEEKDAYS,
    phone: '023-61000103',
  },
  '500199101000': {
    address: '青石镇人民路 18 号 便民服务中心一楼 3 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000111',
    mapText: '镇政府对面，青石镇汽车站往北步行约 200 米。',
  },
  '500199102000': {
    address: '白鹤镇新街 102 号 便民服务中心二楼',
    hours: '工作日 8:30–12:00，14:00–17:00；逢场天上午照常受理',
    phone: '023-61000112',
  },
  '500199103000': {
    address: '龙泉镇龙泉大道 56 号 镇政府便民服务中心一楼',
    hours: WEEKDAYS,
    phone: '023-61000113',
  },
  '500199104000': {
    address: '石桥镇桥头街 9 号 便民服务中心一楼 1 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000114',
  },
  '500199201000': {
    address: '云岭乡场镇中街 3 号 乡便民服务中心',
    hours: '工作日 9:00–12:00，14:00–17:00；赶场日上午照常受理',
    phone: '023-61000121',
    mapText: '乡场镇客运招呼站下车，沿中街步行约 150 米。',
  },
};

/** Enters the demo windows through the service (validated and logged like the console's edits). */
export async function seedDemoWindows(district: RequestContext): Promise<number> {
  const codes = [DEMO_DISTRICT.code, ...DEMO_TOWNS.map((t) => t.code)].filter((c) => DEMO_WINDOWS[c]);
  for (const code of codes) await updateServiceWindow(district, code, { ...DEMO_WINDOWS[code], note: DEMO_NOTE }, 0);
  return codes.length;
}

/**
 * 常见问题 of the demo district: general answers (no district-specific figures — amounts, limits and materials are on
 * each program's 政策查询 page, from the catalogue in force).
 */
export const DEMO_FAQS: FaqInput[] = [
  {
    question: '申请社会救助要去哪里办？',
    answer:
      '到户籍所在地或经常居住地的镇街便民服务中心社会救助窗口申请，一个窗口就能受理低保、特困、临时救助以及医疗、教育、住房、就业等救助事项，不用一个部门一个部门地跑。行动不便的，可以请村（社区）工作人员帮助代办。各窗口的地址和办公时间见“受理窗口”。',
  },
  {
    question: '需要自己去开收入、存款这些证明吗？',
    answer:
      '一般不需要。您签署授权书后，由民政部门通过居民家庭经济状况核对平台核对收入、存款、车辆、房产等情况，窗口不会让您到处开证明。确实需要您提供的材料，窗口会一次性告知。',
  },
  {
    question: '低保和临时救助可以同时申请吗？',
    answer:
      '可以。家里遭遇突发困难、基本生活难以维持的，可以在申请低保的同时申请临时救助。情况紧急的（如突发重病、火灾），可以走绿色通道，先行救助，手续随后补齐。',
    programCode: 'TEMP',
  },
  {
    question: '低保申请后多久有结果？',
    answer: '办结时限见“政策查询”中该事项的“多久办结”，按工作日计算，节假日不计入。办理进度可以向受理窗口询问，受理、转办、批准等环节都会短信告知。',
    programCode: 'DIBAO',
  },
  {
    question: '对审核结果有异议怎么办？',
    answer:
      '公示期间，任何人都可以在门户“公示”栏目或向村（社区）、镇街提出异议，镇街会调查核实。对不予批准的决定不服的，可以按书面告知书写明的期限申请行政复议或提起行政诉讼。',
  },
  {
    question: '我的个人信息会被公开吗？',
    answer:
      '不会公开您的身份证号、电话和详细住址。公示只显示脱敏后的姓名（如 张*明）、所在村社、救助事项和金额，公示期满即撤下。工作人员查看您的信息都有记录，可以追溯。',
  },
  {
    question: '家里情况有变化要告诉谁？',
    answer: '家庭人口、收入、财产或就业情况发生变化的，请及时告诉村（社区）或镇街窗口，救助金额会按规定调整。如实告知可以避免多领后被追回。',
  },
];

/** Enters the demo questions through the service (validated and logged like the console's edits). */
export async function seedDemoFaqs(district: RequestContext): Promise<number> {
  for (const [i, f] of DEMO_FAQS.entries()) await saveFaq(district, null, { ...f, sortOrder: (i + 1) * 10 }, 0);
  return DEMO_FAQS.length;
}

/**
 * 通知公告 of the demo district (门户首页「通知公告」, `/gonggao`): a 政策解读, a 工作动态 and the pinned 通知 of the hotline
 * and window hours — 演示数据, without district figures (the standards in force are on 政策查询, from the catalogue).
 */
export const DEMO_NOTICES: NoticeInput[] = [
  {
    title: '关于 2027 年城乡低保标准调整的通知',
    category: 'POLICY',
    body: [
      '各镇（街道）、各有关部门：',
      '根据市里关于调整城乡居民最低生活保障标准的部署，我区自 2027 年 1 月 1 日起调整城乡低保标准，城市和农村标准同步提高。',
      '一、已纳入低保的家庭不需要重新申请，补差金额由系统按新标准重新计算，从 2027 年 1 月起按月发放。',
      '二、家庭人均收入低于新标准、财产符合规定的家庭，可以到镇（街道）便民服务中心社会救助窗口申请。',
      '三、调整后的具体标准和计算方法，以门户“政策查询”中“最低生活保障”的说明为准。',
      '如有疑问，请拨打社会救助服务热线咨询。',
      '（演示数据）',
    ].join('\n'),
    published: true,
  },
  {
    title: '我区开展冬季困难群众走访慰问工作',
    category: 'WORK',
    body: [
      '入冬以来，区民政局会同各镇（街道）组织村（社区）干部、社会救助协理员，对低保、特困、低保边缘家庭和临时遇困群众开展冬季走访慰问。',
      '走访重点了解困难群众的取暖、饮食、就医情况，对发现的新困难及时告知可以申请的救助，对符合条件的当场帮助提出申请。',
      '群众发现身边有生活困难、需要帮助的人，可以告诉村（社区）或拨打社会救助服务热线。',
      '（演示数据）',
    ].join('\n'),
    published: true,
  },
  {
    title: '社会救助服务热线和受理窗口时间',
    category: 'NOTICE',
    pinned: true,
    body: [
      '社会救助服务热线：12349（工作日 9:00–17:30）。',
      '各镇（街道）便民服务中心设有社会救助受理窗口，一个窗口受理低保、特困、临时救助和医疗、教育、住房、就业等救助事项。',
      '各窗口的地址和办公时间见门户“受理窗口”；法定节假日窗口休息，遇突发困难可以拨打热线或告诉村（社区）。',
      '（演示数据：时间为虚构）',
    ].join('\n'),
    published: true,
  },
];

/** Enters the demo notices through the service (validated and logged like the console's edits); none when any exists. */
export async function seedDemoNotices(district: RequestContext): Promise<number> {
  const existing = await district.asSystem('演示通知公告', (em) => em.count(PortalNotice, {}));
  if (existing > 0) return 0;
  for (const n of DEMO_NOTICES) await saveNotice(district, null, n, 0);
  return DEMO_NOTICES.length;
}
