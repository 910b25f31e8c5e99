/**
 * A fictional demo district with a valid code structure (统计用区划代码): 和安区 500199,
 * 3 streets (街道 001–003), 4 towns (镇 101–104), 1 township (乡 201); villages/communities
 * under each. Names are invented. 演示数据，非真实区划。
 */
export interface SeedArea {
  code: string;
  name: string;
}

export const DEMO_DISTRICT: SeedArea = { code: '500199000000', name: '和安区' };

const COMMUNITY_NAMES = [
  '滨江社区',
  '文化社区',
  '和平社区',
  '锦绣社区',
  '光明社区',
  '新桥社区',
  '南苑社区',
  '花溪社区',
  '翠湖社区',
  '书院社区',
  '枫林社区',
  '迎春社区',
];
const VILLAGE_NAMES = [
  '桂花村',
  '新华村',
  '红岩村',
  '金竹村',
  '柏林村',
  '长滩村',
  '高峰村',
  '杨柳村',
  '荷花村',
  '松林村',
  '大坪村',
  '水口村',
  '石门村',
  '双河村',
  '茶园村',
  '龙井村',
  '白果村',
  '梨树村',
  '青龙村',
  '凤凰村',
  '太平村',
  '三合村',
  '永兴村',
  '兴隆村',
  '黄桷村',
  '田坝村',
  '岩口村',
  '竹园村',
  '玉泉村',
  '向阳村',
  '新民村',
  '中坪村',
  '天星村',
  '马鞍村',
  '清水村',
  '观音村',
];

export const DEMO_TOWNS: Array<SeedArea & { villages: SeedArea[] }> = [];

const towns: Array<[string, string, number]> = [
  ['001', '城南街道', 10],
  ['002', '城北街道', 10],
  ['003', '东湖街道', 9],
  ['101', '青石镇', 11],
  ['102', '白鹤镇', 10],
  ['103', '龙泉镇', 10],
  ['104', '石桥镇', 9],
  ['201', '云岭乡', 8],
];

let c = 0;
let v = 0;
for (const [t, name, n] of towns) {
  const townCode = `500199${t}000`;
  const villages: SeedArea[] = [];
  const isStreet = Number(t) < 100;
  // Towns keep one 社区 (the seat) and otherwise 村 (codes 201+); streets are all 社区 (001+).
  for (let i = 0; i < n; i++) {
    if (isStreet || i === 0) {
      villages.push({ code: `500199${t}${String(i + 1).padStart(3, '0')}`, name: COMMUNITY_NAMES[c++ % COMMUNITY_NAMES.length] });
    } else {
      villages.push({ code: `500199${t}${String(200 + i).padStart(3, '0')}`, name: VILLAGE_NAMES[v++ % VILLAGE_NAMES.length] });
    }
  }
  DEMO_TOWNS.push({ code: townCode, name, villages });
}

export const DEMO_DEPARTMENTS = [
  { code: 'MINZHENG', name: '和安区民政局', shortName: '民政' },
  { code: 'RENSHE', name: '和安区人力资源和社会保障局', shortName: '人社' },
  { code: 'JIAOYU', name: '和安区教育委员会', shortName: '教育' },
  { code: 'WEIJIAN', name: '和安区卫生健康委员会', shortName: '卫健' },
  { code: 'YIBAO', name: '和安区医疗保障局', shortName: '医保' },
  { code: 'ZHUJIAN', name: '和安区住房和城乡建设委员会', shortName: '住建' },
  { code: 'CANLIAN', name: '和安区残疾人联合会', shortName: '残联' },
  { code: 'ZONGGONGHUI', name: '和安区总工会', shortName: '总工会' },
  { code: 'YINGJI', name: '和安区应急管理局', shortName: '应急' },
  { code: 'SIFA', name: '和安区司法局', shortName: '司法' },
  { code: 'NONGYE', name: '和安区农业农村委员会', shortName: '农业农村' },
  { code: 'FAGAI', name: '和安区发展和改革委员会', shortName: '发改' },
];
