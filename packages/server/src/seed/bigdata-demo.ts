import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Runtime, systemContext } from '../graphql/request-context';
import { isCreditCode } from '../modules/roster/datasets';
import { runCrosscheckRules } from '../modules/crosscheck/crosscheck.engine';
import { runDiscovery } from '../modules/discovery/discovery.service';
import { importLocalFile } from '../modules/roster/import.cli';
import type { Dataset } from '../modules/roster/records';
import { decodeRows, nullable, row, text } from '../db/rows';
import { sqlRows } from '../shared/sql';
import { DEMO_DISTRICT } from './demo-district';

/**
 * 大数据库 demo data: small reference files about persons of the demo ledger — deaths, a car, a payroll
 * entry, a company, 优抚 / 残疾人证 / 脱贫 statuses, a 户籍 move, a cadre in a recipient's household, a 脱贫户's large
 * medical self-pay and a new disability certificate (主动发现: two visit tasks) —
 * written as CSV and imported through the real pipeline (`importLocalFile`, as 系统(seed-demo)), so the
 * console's 数据导入 history, 身份比对 and 疑点复核 (the cross-check runs at the end) have something to
 * show on a fresh start. The persons are picked deterministically from the seeded ledger; the town 500199101000
 * (zhen01's) gets most cases.
 */
const TOWN = '500199101';

interface Picked {
  name: string;
  idNumber: string;
  areaCode: string;
}

const pickedRow = row({ name: text, idEnc: text, areaCode: text, program: nullable(text) });

export async function seedDemoBigData(orm: MikroORM, runtime: Runtime): Promise<{ batches: number }> {
  const ctx = systemContext(orm.em, runtime, 'seed-demo');
  const fc = runtime.fieldCrypto;
  // Living members of households receiving a means-tested benefit, town first, then the rest of the district.
  const recipients = await ctx.tx(async (em) =>
    decodeRows(
      await sqlRows(
        em,
        `select p.name, p.id_enc as "idEnc", h.area_code as "areaCode", min(b.program_code) as program
           from person p join membership m on m.person_id = p.id and m.to_date is null
           join household h on h.id = m.household_id
           join benefit b on b.household_id = h.id and b.status = 'ACTIVE' and b.program_code in ('DIBAO', 'TEKUN')
          where p.death_date is null and h.area_code like ?
          group by p.id, p.name, p.id_enc, h.area_code
          order by (h.area_code like ?) desc, p.id_bidx
          limit 40`,
        [`${DEMO_DISTRICT.code.slice(0, 6)}%`, `${TOWN}%`],
      ),
      pickedRow,
      'person',
    ),
  );
  const others = await ctx.tx(async (em) =>
    decodeRows(
      await sqlRows(
        em,
        `select p.name, p.id_enc as "idEnc", h.area_code as "areaCode", null::text as program
           from person p join membership m on m.person_id = p.id and m.to_date is null
           join household h on h.id = m.household_id
          where p.death_date is null and h.tier is null and h.area_code like ?
          order by p.id_bidx limit 10`,
        [`${TOWN}%`],
      ),
      pickedRow,
      'person',
    ),
  );
  // 主动发现 (低保边缘家庭成员失业): the working-age head of a town household without any benefit, put on 民政's
  // 低保边缘 roster below (through the import, as a department would) and registered unemployed two weeks ago.
  const edge = await ctx.tx(async (em) =>
    decodeRows(
      await sqlRows(
        em,
        `select p.name, p.id_enc as "idEnc", h.area_code as "areaCode", null::text as program
           from household h join person p on p.id = h.head_person_id
          where h.status = 'ACTIVE' and h.tier is null and h.area_code like ? and p.death_date is null
            and p.birth_date between current_date - interval '50 years' and current_date - interval '25 years'
            and not exists (select 1 from benefit b where b.household_id = h.id)
          order by p.id_bidx desc limit 1`,
        [`${TOWN}%`],
      ),
      pickedRow,
      'person',
    ),
  );
  if (recipients.length < 12 || others.length < 3) return { batches: 0 };
  const open = (r: { name: string; idEnc: string; areaCode: string }): Picked => ({ name: r.name, idNumber: fc.decrypt(r.idEnc), areaCode: r.areaCode });
  const p = recipients.map(open);
  const o = others.map(open);
  const y = new Date().getFullYear();
  const files: Array<[Dataset, string[], string[][]]> = [
    [
      'deaths',
      ['姓名', '身份证号', '死亡日期', '来源'],
      [
        [p[0].name, p[0].idNumber, `${y}-03-12`, '公安'],
        [p[1].name, p[1].idNumber, `${y}-06-02`, '殡葬'],
      ],
    ],
    [
      'vehicles',
      ['姓名', '身份证号', '号牌号码', '车辆类型', '登记日期'],
      [
        [p[2].name, p[2].idNumber, '渝A·D3K27', '小型轿车', `${y - 1}-08-20`],
        [p[3].name, p[3].idNumber, '渝A·1Q882', '电动自行车', `${y - 1}-05-01`],
      ],
    ],
    [
      'payroll',
      ['姓名', '身份证号', '单位名称', '月工资(元)', '入职日期', '离职日期'],
      [[p[4].name, p[4].idNumber, '和安区某街道办事处', '4800', `${y - 2}-03-01`, '']],
    ],
    [
      'business',
      ['姓名', '身份证号', '统一社会信用代码', '企业名称', '登记身份', '注册资本(万元)', '登记状态', '成立日期'],
      [[p[5].name, p[5].idNumber, creditCode('91500199MA5U8Q1X3'), '和安区顺达商贸有限公司', '法定代表人', '50', '存续', `${y - 3}-04-18`]],
    ],
    [
      'status',
      ['姓名', '身份证号', '身份类别', '证件编号', '残疾等级', '开始日期', '结束日期', '区划代码'],
      [
        [p[6].name, p[6].idNumber, '优抚对象', '', '', `${y - 5}-01-01`, '', p[6].areaCode],
        [o[0].name, o[0].idNumber, '优抚对象', '', '', `${y - 8}-01-01`, '', o[0].areaCode],
        [p[7].name, p[7].idNumber, '持证残疾人', `${p[7].idNumber}42`, '二级', `${y - 4}-06-01`, '', p[7].areaCode],
        [o[1].name, o[1].idNumber, '脱贫户', '', '', `${y - 6}-01-01`, '', o[1].areaCode],
        // 主动发现 (新办残疾人证): a certificate issued three weeks ago, no 两项补贴 yet.
        [o[2].name, o[2].idNumber, '持证残疾人', `${o[2].idNumber}33`, '三级', daysAgo(21), '', o[2].areaCode],
      ],
    ],
    // 主动发现 (大额医疗自付): the 脱贫户 above paid 26000 元 of this year's medical costs.
    ['medical', ['姓名', '身份证号', '年度', '医疗总费用(元)', '个人自付(元)'], [[o[1].name, o[1].idNumber, String(y), '68000.00', '26000.00']]],
    ['hukou', ['姓名', '身份证号', '变动类型', '变动日期', '迁往地'], [[p[8].name, p[8].idNumber, '迁出', `${y}-05-10`, '四川省成都市']]],
    ['cadres', ['姓名', '身份证号', '职务', '单位', '区划代码'], [[p[9].name, p[9].idNumber, '村委会主任', '和安区村民委员会', p[9].areaCode]]],
    [
      'roster',
      ['姓名', '身份证号', '救助项目编码', '月救助金额(元)', '开始日期', '结束日期', '区划代码', '户主身份证号', '与户主关系', '联系电话', '备注'],
      edge.map(open).map((e) => [e.name, e.idNumber, 'DIBAO_EDGE', '0', `${y - 1}-07-01`, '', e.areaCode, e.idNumber, '户主', '', '']),
    ],
    [
      'unemployment',
      ['姓名', '身份证号', '登记日期', '注销日期', '登记机构'],
      edge.map(open).map((e) => [e.name, e.idNumber, daysAgo(14), '', '和安区人力资源和社会保障服务中心']),
    ],
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-demo-bigdata-'));
  let batches = 0;
  try {
    for (const [dataset, header, rows] of files) {
      if (rows.length === 0) continue;
      const file = path.join(dir, `${dataset}.csv`);
      const csv = [header, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
      fs.writeFileSync(file, `\uFEFF${csv}\r\n`);
      const out = await importLocalFile(ctx, dataset, file, { departmentCode: 'MINZHENG' });
      if (out.status === 'DONE') batches++;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The findings and the visit tasks are there on the first start (the queued 导入后比对 will find nothing new).
  await runCrosscheckRules(ctx);
  await runDiscovery(ctx);
  return { batches };
}

/** The date `n` days before today (China), YYYY-MM-DD. */
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

/** A 统一社会信用代码 with its check character (GB 32100) for the 17 leading characters. */
function creditCode(first17: string): string {
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isCreditCode(first17 + c)) return first17 + c;
  throw new Error('no check character');
}
