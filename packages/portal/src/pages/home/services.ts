/** Entries of the home page grid: every service of the portal, each a page of its own. */
export interface ServiceEntry {
  key: string;
  title: string;
  /** One character shown in the round badge (no icon font: nothing may download at run time). */
  glyph: string;
  description: string;
  /** Route inside the portal. */
  path: string;
}

export const serviceEntries: ServiceEntry[] = [
  { key: 'self-check', title: '我能申请什么', glyph: '测', description: '填几个问题，看看可以申请哪些救助', path: '/zice' },
  { key: 'policy', title: '政策查询', glyph: '策', description: '每项救助谁能申请、要什么材料、多久办结', path: '/zhengce' },
  { key: 'faq', title: '常见问题', glyph: '问', description: '申请救助时大家常问的问题', path: '/wenda' },
  { key: 'messages', title: '留言', glyph: '留', description: '有问题可以留言，工作人员答复', path: '/liuyan' },
  { key: 'progress', title: '办理进度查询', glyph: '查', description: '凭受理号和手机号查询', path: '/chaxun' },
  { key: 'publicity', title: '公示信息', glyph: '示', description: '救助对象公示', path: '/gongshi' },
  { key: 'apply', title: '在线申请', glyph: '申', description: '网上提交救助申请', path: '/shenqing' },
  { key: 'report', title: '我要报告困难群众', glyph: '报', description: '发现身边的困难群众，告诉村（社区）窗口', path: '/baogao' },
];
