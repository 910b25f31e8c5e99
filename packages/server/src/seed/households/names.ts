import type { Rng } from './prng';
import { WeightedTable } from './prng';

/**
 * Surnames by approximate national frequency (per 10,000 people, rounded; after the 2020
 * household-registration surname report). The top 100 cover ~86% of people; draws are
 * renormalised over this list. Synthetic demo data: any resemblance to a real person is chance.
 */
const SURNAMES: Array<readonly [string, number]> = [
  ['王', 712],
  ['李', 703],
  ['张', 664],
  ['刘', 544],
  ['陈', 461],
  ['杨', 314],
  ['黄', 254],
  ['赵', 229],
  ['吴', 204],
  ['周', 194],
  ['徐', 131],
  ['孙', 130],
  ['马', 118],
  ['胡', 115],
  ['朱', 114],
  ['郭', 105],
  ['何', 102],
  ['罗', 94],
  ['高', 91],
  ['林', 90],
  ['郑', 80],
  ['梁', 72],
  ['谢', 68],
  ['唐', 62],
  ['宋', 61],
  ['许', 59],
  ['邓', 57],
  ['冯', 55],
  ['韩', 54],
  ['曹', 53],
  ['曾', 51],
  ['彭', 51],
  ['肖', 49],
  ['蔡', 45],
  ['潘', 44],
  ['田', 44],
  ['董', 44],
  ['袁', 43],
  ['于', 42],
  ['余', 42],
  ['叶', 41],
  ['蒋', 41],
  ['杜', 40],
  ['苏', 37],
  ['魏', 36],
  ['程', 36],
  ['吕', 35],
  ['丁', 34],
  ['沈', 32],
  ['任', 32],
  ['姚', 31],
  ['卢', 31],
  ['钟', 30],
  ['姜', 30],
  ['崔', 29],
  ['谭', 29],
  ['陆', 28],
  ['范', 27],
  ['汪', 27],
  ['廖', 27],
  ['石', 26],
  ['金', 26],
  ['韦', 25],
  ['贾', 25],
  ['夏', 24],
  ['付', 24],
  ['方', 24],
  ['邹', 23],
  ['熊', 23],
  ['白', 23],
  ['孟', 22],
  ['秦', 22],
  ['邱', 22],
  ['侯', 21],
  ['江', 21],
  ['尹', 21],
  ['薛', 20],
  ['闫', 20],
  ['段', 19],
  ['雷', 19],
  ['龙', 18],
  ['黎', 18],
  ['史', 18],
  ['陶', 17],
  ['贺', 17],
  ['毛', 16],
  ['郝', 16],
  ['顾', 16],
  ['龚', 15],
  ['邵', 15],
  ['万', 15],
  ['覃', 14],
  ['武', 14],
  ['钱', 14],
  ['戴', 13],
  ['严', 13],
  ['莫', 13],
  ['孔', 12],
  ['向', 12],
  ['冉', 10],
];

export const SURNAME_TABLE = new WeightedTable(SURNAMES);

/** The most common surnames (for benchmark name-prefix searches). */
export const COMMON_SURNAMES = SURNAMES.slice(0, 12).map(([s]) => s);

type Pools = { first: string; second: string; single: string };

/**
 * Given-name characters by sex and birth cohort: 1950s–60s names (建国, 秀英) differ from
 * 2000s–10s names (浩然, 梓涵). Two-character names are first+second; about 15% are single.
 */
const POOLS: Record<'M' | 'F', Array<{ until: number; pools: Pools }>> = {
  M: [
    { until: 1969, pools: { first: '建国志德明永国文学春长光祖家', second: '国华明林强军平忠福民生成昌贵荣', single: '强军勇刚斌华林明' } },
    { until: 1989, pools: { first: '志建海晓小永国俊文东红立', second: '强伟军勇刚斌涛鹏辉峰杰波平明林', single: '伟强磊军勇杰涛斌超刚鹏辉' } },
    { until: 2004, pools: { first: '俊家子浩宇鑫嘉文志晨', second: '杰豪伟宇鹏浩轩涛博磊航鑫', single: '鑫浩宇杰磊帅凯旭' } },
    { until: 9999, pools: { first: '子浩宇梓俊一沐皓嘉睿', second: '轩然泽宇辰航睿阳铭豪', single: '宸睿轩泽浩' } },
  ],
  F: [
    { until: 1969, pools: { first: '秀桂玉淑凤素春兰金翠', second: '英兰珍芳华莲梅琴芬云', single: '芳英兰珍梅霞' } },
    { until: 1989, pools: { first: '丽晓春小红秀海建燕雪', second: '娟霞燕玲艳梅丽萍红敏', single: '静敏丽艳娟燕霞婷' } },
    { until: 2004, pools: { first: '欣雨佳思婷雪梦晓诗', second: '怡婷琪雪颖洁悦瑶雯倩', single: '婷倩颖琪悦雪' } },
    { until: 9999, pools: { first: '梓子一雨欣诗语可思依', second: '涵萱诺彤琪怡晨妍然婷', single: '萱涵妍彤悦' } },
  ],
};

export function givenName(rng: Rng, sex: 'M' | 'F', birthYear: number): string {
  const { pools } = POOLS[sex].find((p) => birthYear <= p.until)!;
  if (rng.chance(0.15)) return pools.single[rng.int(0, pools.single.length - 1)];
  let a = pools.first[rng.int(0, pools.first.length - 1)];
  const b = pools.second[rng.int(0, pools.second.length - 1)];
  if (a === b) a = pools.first[0] === b ? pools.first[1] : pools.first[0];
  return a + b;
}

export function surname(rng: Rng): string {
  return SURNAME_TABLE.pick(rng);
}

/** Street names for urban addresses (invented, common patterns). */
export const STREETS = [
  '锦绣路',
  '滨江路',
  '人民路',
  '解放路',
  '建设路',
  '和平路',
  '新华路',
  '文化路',
  '学府路',
  '中山路',
  '长江路',
  '嘉陵路',
  '南湖路',
  '北城大道',
  '东湖路',
  '花园路',
];
