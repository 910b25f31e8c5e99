import type { MikroORM } from '@mikro-orm/postgresql';
import { idCheckChar, type WorkCalendar } from '@xiejiu/rules';
import { RequestContext, systemContext, type Runtime } from '../graphql/request-context';
import { permissionsOf } from '../modules/auth/roles';
import { loadWorkCalendar } from '../modules/calendar/calendar.service';
import { recordBenefit } from '../modules/household/benefit.service';
import { createHousehold, setIncome, type MemberInput } from '../modules/household/household.service';
import { screenHousehold } from '../modules/program/program.service';
import { registerApplication, submitPreApplication, type RequestedProgram } from '../modules/workflow/application.service';
import { decideReferral, requestSupplement, signReferral, startVerification } from '../modules/workflow/referral.service';
import { runClockSweep } from '../modules/workflow/supervision.service';
import { todayCn } from '../shared/dates';
import { sqlRows } from '../shared/sql';

/**
 * Demo cases in every state, so the window, the department workbench and the supervisor board
 * have something to show on a fresh start: new ones 待签收, one amber, one overdue (督办), one in
 * 补正, one in 公示, two decided, one not signed in time, and an informant's urgent report.
 *
 * Every case is built the way a real one is: the household is registered at the window
 * (一表登记) with its members' facts and incomes, the application is registered, the departments
 * sign, screen and decide — all through the services, as the demo accounts, on the days the case
 * says. The services read the time from the runtime's clock (`nowOf`), so receipt numbers,
 * deadlines, history and the benefits chain agree with the working-day calendar; the clock sweep
 * runs once for every day since the first case, as the hourly sweep would have. Decisions follow
 * the rules engine: an approval is made only when screening on the decision day says 符合, at the
 * amount it estimates; a refusal only when it says 不符合 (`test/workflow-demo.test.ts` checks
 * every seeded case). The operation log records when the seed ran (its time is never back-dated).
 */

const TOWN_VILLAGES = { guihua: '500199101201', xinhua: '500199101202', hongyan: '500199101203' };
const WINDOW = 'zhen01';

interface DemoPerson extends Omit<MemberInput, 'idNumber'> {
  birth: string;
  sex: 'M' | 'F';
  /** Monthly income of the three months before intake (fen), by category. */
  income?: Record<string, number>;
}

interface DemoHousehold {
  village: string;
  address: string;
  residenceType: 'RURAL' | 'URBAN';
  phone: string;
  members: DemoPerson[];
}

const P = (name: string, relation: string, birth: string, sex: 'M' | 'F', facts: Partial<DemoPerson> = {}): DemoPerson => ({
  name,
  relation,
  birth,
  sex,
  ...facts,
});
const worker = { labourCapacity: 'FULL', employmentStatus: 'EMPLOYED' };
const jobless = { labourCapacity: 'FULL', employmentStatus: 'UNEMPLOYED' };
const pupil = { employmentStatus: 'NOT_WORKING_AGE', schoolStatus: 'PRIMARY' };

/** The households of the demo cases (fictional). Incomes decide what the rules engine says. */
const HOUSEHOLDS = {
  newDibao: {
    village: TOWN_VILLAGES.guihua,
    address: '3组 21 号',
    residenceType: 'RURAL',
    phone: '13996120001',
    members: [
      P('周大勇', 'HEAD', '1981-04-12', 'M', { ...worker, income: { WAGE: 90_000 } }),
      P('何小芳', 'SPOUSE', '1983-09-03', 'F', { ...jobless, seriousIllness: '慢性肾病' }),
      P('周雨萱', 'DAUGHTER', '2015-06-18', 'F', pupil),
    ],
  },
  fire: {
    village: TOWN_VILLAGES.guihua,
    address: '5组 8 号',
    residenceType: 'RURAL',
    phone: '13996120002',
    members: [
      P('冯建平', 'HEAD', '1969-11-20', 'M', { ...worker, income: { WAGE: 210_000 } }),
      P('蒋秀兰', 'SPOUSE', '1971-02-14', 'F', { labourCapacity: 'FULL', employmentStatus: 'FARMING', income: { BUSINESS: 40_000 } }),
    ],
  },
  amber: {
    village: TOWN_VILLAGES.xinhua,
    address: '1组 5 号',
    residenceType: 'RURAL',
    phone: '13996120003',
    members: [
      P('韩志强', 'HEAD', '1976-08-08', 'M', { labourCapacity: 'PARTIAL', employmentStatus: 'FLEXIBLE', income: { WAGE: 70_000 } }),
      P('曹丽', 'SPOUSE', '1978-12-01', 'F', jobless),
      P('韩子轩', 'SON', '2012-03-22', 'M', { employmentStatus: 'NOT_WORKING_AGE', schoolStatus: 'JUNIOR' }),
    ],
  },
  overdue: {
    village: TOWN_VILLAGES.xinhua,
    address: '4组 17 号',
    residenceType: 'RURAL',
    phone: '13996120004',
    members: [
      P('彭德明', 'HEAD', '1968-05-30', 'M', { ...worker, income: { WAGE: 160_000 } }),
      P('袁桂芳', 'SPOUSE', '1970-10-10', 'F', { labourCapacity: 'PARTIAL', employmentStatus: 'UNEMPLOYED' }),
    ],
  },
  tekun: {
    village: TOWN_VILLAGES.hongyan,
    address: '2组 3 号',
    residenceType: 'RURAL',
    phone: '13996120005',
    members: [
      P('魏长福', 'HEAD', '1957-01-16', 'M', { labourCapacity: 'NONE', employmentStatus: 'UNEMPLOYED', disabilityType: 'PHYSICAL', disabilityGrade: 2 }),
    ],
  },
  publicity: {
    village: TOWN_VILLAGES.hongyan,
    address: '6组 12 号',
    residenceType: 'RURAL',
    phone: '13996120006',
    members: [P('郝翠英', 'HEAD', '1949-07-07', 'F', { labourCapacity: 'NONE', employmentStatus: 'RETIRED', income: { TRANSFER: 20_000 } })],
  },
  employ: {
    village: TOWN_VILLAGES.guihua,
    address: '2组 9 号',
    residenceType: 'RURAL',
    phone: '13996120007',
    members: [
      P('邓国华', 'HEAD', '1979-03-19', 'M', jobless),
      P('苏晓燕', 'SPOUSE', '1982-07-25', 'F', { labourCapacity: 'FULL', employmentStatus: 'FLEXIBLE', income: { WAGE: 40_000 } }),
    ],
  },
  refused: {
    village: TOWN_VILLAGES.guihua,
    address: '7组 2 号',
    residenceType: 'URBAN',
    phone: '13996120008',
    members: [
      P('梁文博', 'HEAD', '1975-09-09', 'M', { ...worker, income: { WAGE: 650_000 } }),
      P('谢雅琴', 'SPOUSE', '1977-04-04', 'F', { ...worker, income: { WAGE: 420_000 } }),
    ],
  },
  housing: {
    village: TOWN_VILLAGES.xinhua,
    address: '3组 30 号',
    residenceType: 'RURAL',
    phone: '13996120009',
    members: [
      P('潘永红', 'HEAD', '1972-12-12', 'M', { ...worker, income: { WAGE: 150_000 } }),
      P('杜春梅', 'SPOUSE', '1974-06-06', 'F', { labourCapacity: 'PARTIAL', employmentStatus: 'UNEMPLOYED' }),
    ],
  },
  elder: {
    village: TOWN_VILLAGES.hongyan,
    address: '1组 1 号',
    residenceType: 'RURAL',
    phone: '13996120010',
    members: [P('任玉珍', 'HEAD', '1939-02-02', 'F', { labourCapacity: 'NONE', employmentStatus: 'RETIRED', income: { TRANSFER: 90_000 } })],
  },
} satisfies Record<string, DemoHousehold>;

/** A valid ID number (GB 11643) for a birth date; `seq` keeps them distinct. */
function idNumber(birth: string, sex: 'M' | 'F', seq: number): string {
  const s = String(900 - seq * 2 + (sex === 'M' ? 1 : 0)).padStart(3, '0');
  const first17 = `500199${birth.replace(/-/g, '')}${s}`;
  return first17 + idCheckChar(first17);
}

/** The time `hm` (China time) of day `day`. */
const at = (day: string, hm: string) => new Date(`${day}T${hm}:00+08:00`);

interface Account {
  id: string;
  displayName: string;
  roles: string[];
  areaCode: string;
  departmentId: string | null;
}

class DemoClock {
  private readonly accounts = new Map<string, Account>();

  constructor(
    private readonly orm: MikroORM,
    private readonly runtime: Runtime,
    readonly cal: WorkCalendar,
    readonly days: string[],
  ) {}

  async load(usernames: string[]): Promise<void> {
    const rows = await systemContext(this.orm.em, this.runtime, 'seed-workflow').tx((em) =>
      sqlRows<Account & { username: string }>(
        em,
        `select id, username, display_name as "displayName", roles, area_code as "areaCode", department_id as "departmentId" from app_user where username in (?)`,
        [usernames],
      ),
    );
    for (const r of rows) this.accounts.set(r.username, r);
    for (const u of usernames) if (!this.accounts.has(u)) throw new Error(`demo account ${u} missing`);
  }

  /** The demo account `username` acting at `when` (its own request context and clock). */
  as(username: string, when: Date): RequestContext {
    const u = this.accounts.get(username)!;
    return new RequestContext({
      em: this.orm.em.fork(),
      runtime: { ...this.runtime, clock: () => when },
      requestId: `seed-workflow-${username}`,
      actor: {
        kind: 'user',
        id: u.id,
        name: u.displayName,
        username,
        roles: u.roles,
        permissions: permissionsOf(u.roles),
        areaCode: u.areaCode,
        departmentId: u.departmentId,
      },
    });
  }

  /** The system acting at `when`. */
  system(when: Date): RequestContext {
    return systemContext(this.orm.em, { ...this.runtime, clock: () => when }, 'seed-workflow');
  }

  /** Working day `n` before the demo's last working day (0 = that day). */
  day(n: number): string {
    return this.days[n];
  }
}

/** The demo's working days, newest first: [0] is the last working day whose office hours are over (or today after noon). */
function workingDays(cal: WorkCalendar, now: Date, count: number): string[] {
  const today = todayCn(now);
  const noonPassed = now.getTime() >= at(today, '12:00').getTime();
  let d = noonPassed && cal.isWorkingDay(today) ? today : cal.addWorkingDays(today, -1);
  if (!cal.isWorkingDay(d)) d = cal.addWorkingDays(d, -1);
  const out = [d];
  while (out.length < count) out.push(cal.addWorkingDays(out[out.length - 1], -1));
  return out;
}

export async function seedDemoWorkflow(orm: MikroORM, runtime: Runtime, now: Date = new Date()): Promise<number> {
  const cal = await loadWorkCalendar(systemContext(orm.em, runtime, 'seed-workflow'));
  const c = new DemoClock(orm, runtime, cal, workingDays(cal, now, 40));
  await c.load([WINDOW, 'minzheng01', 'renshe01', 'yibao01', 'xinxi01']);
  let seq = 0;

  /** 一表登记 at the window on `day`, with three months of incomes before it (and each later month once it is over). */
  const household = async (h: DemoHousehold, day: string): Promise<{ id: string; members: string[] }> => {
    const ctx = c.as(WINDOW, at(day, '09:00'));
    const members: MemberInput[] = h.members.map(({ birth, sex, income: _i, ...m }) => ({ ...m, idNumber: idNumber(birth, sex, seq++) }));
    const id = await createHousehold(ctx, { areaCode: h.village, address: h.address, residenceType: h.residenceType, phone: h.phone, members });
    const ids = await ctx.tx((em) => sqlRows<{ id: string; name: string }>(em, `select p.id, p.name from person p where p.household_id = ?`, [id]));
    const personId = (name: string) => ids.find((p) => p.name === name)!.id;
    const month = (k: number) => {
      const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - k);
      return d.toISOString().slice(0, 7);
    };
    // The months after intake up to the month before the demo's last day are recorded too, each once it is over (the
    // ledger kept up to date): a decision in the next month screens that month's income (the income month is the
    // month before the screening day, rules engine/derive.ts) — without it a case registered late in a month and decided
    // early in the next would be screened on no income at all, depending on the day the demo is seeded.
    const later: Array<{ month: string; on: string }> = [];
    for (let k = 0; ; k--) {
      const m = month(k);
      const over = `${month(k - 1)}-01`;
      if (over > c.day(0)) break;
      later.push({ month: m, on: over < day ? day : over });
    }
    for (const m of h.members) {
      for (const [category, amountFen] of Object.entries(m.income ?? {})) {
        for (const k of [3, 2, 1]) await setIncome(c.as(WINDOW, at(day, '09:10')), { personId: personId(m.name), category, month: month(k), amountFen });
        for (const l of later) await setIncome(c.as(WINDOW, at(l.on, '09:10')), { personId: personId(m.name), category, month: l.month, amountFen });
      }
    }
    return { id, members: h.members.map((m) => personId(m.name)) };
  };

  const register = async (hh: { id: string; members: string[] }, day: string, programs: RequestedProgram[], opts: { urgent?: boolean; description: string }) =>
    registerApplication(c.as(WINDOW, at(day, '09:30')), {
      householdId: hh.id,
      applicantPersonId: hh.members[0],
      programs,
      authorizationSigned: true,
      urgent: opts.urgent,
      materials: [
        { name: '居民身份证或户口簿', provided: true },
        { name: '社会救助申请书', provided: true },
      ],
      description: opts.description,
    });

  const version = async (id: string) => {
    const sys = c.system(now);
    return (await sys.tx((em) => sqlRows<{ version: number }>(em, `select version from referral where id = ?`, [id])))[0].version;
  };
  const sign = async (officer: string, id: string, day: string) => signReferral(c.as(officer, at(day, '10:00')), { id, version: await version(id) });

  /** The department screens on the decision day and decides as the rules say (符合 → approve at the estimate). */
  const decide = async (
    officer: string,
    referralId: string,
    householdId: string,
    programCode: string,
    day: string,
    expect: 'ELIGIBLE' | 'INELIGIBLE',
    note: string,
  ) => {
    const ctx = c.as(officer, at(day, '15:00'));
    const screening = (await screenHousehold(ctx, householdId, day)).find((s) => s.programCode === programCode);
    if (screening?.outcome !== expect) throw new Error(`demo case ${programCode}: the rules say ${screening?.outcomeName}, the demo expected ${expect}`);
    const input =
      expect === 'ELIGIBLE'
        ? { approve: true, monthlyAmountFen: screening.estimatedMonthlyFen ?? 0, startMonth: day.slice(0, 7), reason: note }
        : { approve: false, reason: note };
    return decideReferral(ctx, { id: referralId, version: await version(referralId) }, input);
  };

  const cases: string[] = [];
  const track = (r: { receiptNo: string }) => cases.push(r.receiptNo);

  // 超期 (red): 低保边缘 at the town window 36 working days ago, signed the next day, still 办理中.
  const overdue = await household(HOUSEHOLDS.overdue, c.day(36));
  const r1 = await register(overdue, c.day(36), [{ programCode: 'DIBAO_EDGE' }], { description: '妻子部分丧失劳动能力，家庭收入低' });
  track(r1);
  await sign('minzheng01', r1.referralIds[0], c.day(35));

  // 预警 (amber): 低保, 24 working days ago, signed the next day.
  const amber = await household(HOUSEHOLDS.amber, c.day(24));
  const r2 = await register(amber, c.day(24), [{ programCode: 'DIBAO' }], { description: '户主灵活就业收入不稳定，妻子失业，孩子上初中' });
  track(r2);
  await sign('minzheng01', r2.referralIds[0], c.day(23));

  // 公示中: 低保 for an elderly woman living alone; verified, approved at the rules' amount, in 公示.
  const pub = await household(HOUSEHOLDS.publicity, c.day(12));
  const r3 = await register(pub, c.day(12), [{ programCode: 'DIBAO' }], { description: '独居老人，仅有子女少量接济' });
  track(r3);
  await sign('minzheng01', r3.referralIds[0], c.day(11));
  await startVerification(
    c.as('minzheng01', at(c.day(10), '10:30')),
    { id: r3.referralIds[0], version: await version(r3.referralIds[0]) },
    '入户调查、家庭经济状况核对',
  );
  await decide('minzheng01', r3.referralIds[0], pub.id, 'DIBAO', c.day(3), 'ELIGIBLE', '经入户调查和经济状况核对，符合低保条件');

  // 就业救助 approved: the household already receives 低保 (民政's roster, at the amount the rules give), the husband is out of work.
  const emp = await household(HOUSEHOLDS.employ, c.day(30));
  const dibao = (await screenHousehold(c.system(at(c.day(30), '15:30')), emp.id, c.day(30))).find((x) => x.programCode === 'DIBAO');
  if (dibao?.outcome !== 'ELIGIBLE') throw new Error(`demo 低保 roster: the rules say ${dibao?.outcomeName}`);
  await recordBenefit(c.as('minzheng01', at(c.day(30), '16:00')), {
    householdId: emp.id,
    programCode: 'DIBAO',
    status: 'ACTIVE',
    monthlyAmountFen: dibao.estimatedMonthlyFen ?? 0,
    startDate: `${c.day(30).slice(0, 7)}-01`,
    source: 'ROSTER',
  });
  const r4 = await register(emp, c.day(10), [{ programCode: 'EMPLOY', personId: emp.members[0] }], { description: '低保家庭，丈夫失业，希望推荐就业' });
  track(r4);
  await sign('renshe01', r4.referralIds[0], c.day(9));
  await decide('renshe01', r4.referralIds[0], emp.id, 'EMPLOY', c.day(6), 'ELIGIBLE', '已登记失业，提供就业援助和公益性岗位推荐');

  // 医疗救助 refused: income far above the limits.
  const ref = await household(HOUSEHOLDS.refused, c.day(9));
  const r5 = await register(ref, c.day(9), [{ programCode: 'MEDICAL' }], { description: '户主住院，医疗费用较高' });
  track(r5);
  await sign('yibao01', r5.referralIds[0], c.day(8));
  await decide('yibao01', r5.referralIds[0], ref.id, 'MEDICAL', c.day(4), 'INELIGIBLE', '家庭人均收入高于低保边缘家庭标准，不符合医疗救助条件');

  // 补正中: 特困 for a disabled man living alone; 民政 asks for the supporter's situation.
  const tk = await household(HOUSEHOLDS.tekun, c.day(6));
  const r6 = await register(tk, c.day(6), [{ programCode: 'TEKUN', personId: tk.members[0] }], { description: '肢体残疾二级，独居，无生活来源' });
  track(r6);
  await sign('minzheng01', r6.referralIds[0], c.day(5));
  await requestSupplement(
    c.as('minzheng01', at(c.day(2), '11:00')),
    { id: r6.referralIds[0], version: await version(r6.referralIds[0]) },
    '请补充残疾人证复印件和法定赡养义务人情况说明',
    cal.addWorkingDays(c.day(2), 5),
  );

  // 住房救助 not signed in time (签收期限 1 working day).
  const hs = await household(HOUSEHOLDS.housing, c.day(3));
  track(await register(hs, c.day(3), [{ programCode: 'HOUSING' }], { description: '房屋年久失修，雨季漏雨' }));

  // 高龄津贴, yesterday's intake; 低保 + 医疗 and 急难 临时救助 on the last working day.
  const el = await household(HOUSEHOLDS.elder, c.day(1));
  track(await register(el, c.day(1), [{ programCode: 'ELDER', personId: el.members[0] }], { description: '年满 80 周岁，申请高龄津贴' }));
  const nd = await household(HOUSEHOLDS.newDibao, c.day(0));
  track(await register(nd, c.day(0), [{ programCode: 'DIBAO' }, { programCode: 'MEDICAL' }], { description: '妻子患慢性肾病长期透析，丈夫一人务工' }));
  const fire = await household(HOUSEHOLDS.fire, c.day(0));
  track(
    await register(fire, c.day(0), [{ programCode: 'TEMP', reason: '家中失火，生活用品全部烧毁' }], { urgent: true, description: '家中失火，急需临时救助' }),
  );

  // An informant's urgent report from 新华村.
  const informant = c.as('xinxi01', at(c.day(0), '11:00'));
  await submitPreApplication(informant, {
    contactName: '刘桂兰',
    address: '二组 14 号',
    areaCode: informant.actor.areaCode!,
    programs: [{ programCode: 'TEMP' }],
    description: '独居老人，近日摔伤住院，无人照料，急需临时救助',
    urgent: true,
  });

  // The hourly clock sweep, once a day since the first case (08:00), as it would have run.
  for (let d = cal.addCalendarDays(c.day(36), 1); at(d, '08:00') <= now; d = cal.addCalendarDays(d, 1)) {
    await runClockSweep(c.system(at(d, '08:00')), d);
  }
  return cases.length + 1;
}
