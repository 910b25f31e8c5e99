import type { MikroORM } from '@mikro-orm/postgresql';
import type { WorkCalendar } from '@xiejiu/rules';
import { RequestContext, systemContext, type Runtime } from '../graphql/request-context';
import { permissionsOf } from '../modules/auth/roles';
import { loadWorkCalendar } from '../modules/calendar/calendar.service';
import { registerApplication, submitPreApplication, type RequestedProgram } from '../modules/workflow/application.service';
import { storedDates } from '../modules/workflow/clock';
import { decideReferral, requestSupplement, signReferral } from '../modules/workflow/referral.service';
import { runClockSweep } from '../modules/workflow/supervision.service';
import { todayCn } from '../shared/dates';
import { sqlRows } from '../shared/sql';

/**
 * Demo applications in every state, so the window, the department workbench and the supervisor
 * board have something to show on a fresh start: new ones 待签收, one amber, one overdue (督办), one in
 * 补正, one in 公示, two decided, and an informant's urgent pre-application. Written through the
 * services as the demo accounts (so the operation log and the outbox are as in real use).
 */

const TOWN = '500199101';

async function actorContext(orm: MikroORM, runtime: Runtime, username: string): Promise<RequestContext> {
  const [u] = await sqlRows<{ id: string; displayName: string; roles: string[]; areaCode: string; departmentId: string | null }>(orm.em.fork(),
    `select id, display_name as "displayName", roles, area_code as "areaCode", department_id as "departmentId" from app_user where username = ?`, [username]);
  if (!u) throw new Error(`demo account ${username} missing`);
  return new RequestContext({
    em: orm.em.fork(), runtime, requestId: `seed-workflow-${username}`,
    actor: { kind: 'user', id: u.id, name: u.displayName, username, roles: u.roles, permissions: permissionsOf(u.roles), areaCode: u.areaCode, departmentId: u.departmentId },
  });
}

function workingDaysBefore(cal: WorkCalendar, day: string, n: number): string {
  let d = day;
  let left = n;
  while (left > 0) {
    d = new Date(Date.parse(d + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

interface DemoHousehold {
  id: string;
  areaCode: string;
  address: string;
  members: Array<{ id: string; name: string; age: number }>;
}

export async function seedDemoWorkflow(orm: MikroORM, runtime: Runtime): Promise<number> {
  const sys = systemContext(orm.em, runtime, 'seed-workflow');
  const households = await sys.tx((em) => sqlRows<DemoHousehold>(em,
    `select h.id, h.area_code as "areaCode", h.address,
            (select json_agg(json_build_object('id', p.id, 'name', p.name, 'age', date_part('year', age(p.birth_date))::int) order by p.birth_date)
               from membership m join person p on p.id = m.person_id where m.household_id = h.id and m.to_date is null and p.death_date is null) as members
       from household h where h.status = 'ACTIVE' and h.tier is null and h.area_code >= ? and h.area_code < ? order by h.created_at limit 12`,
    [TOWN, '500199102']));
  if (households.length < 10) return 0;
  const window = await actorContext(orm, runtime, 'zhen01');
  const officers = {
    MINZHENG: await actorContext(orm, runtime, 'minzheng01'),
    RENSHE: await actorContext(orm, runtime, 'renshe01'),
    YIBAO: await actorContext(orm, runtime, 'yibao01'),
  };
  const cal = await loadWorkCalendar(orm.em.fork());
  const today = todayCn();
  const member = (h: DemoHousehold, i = 0) => h.members[Math.min(i, h.members.length - 1)].id;
  const register = async (h: DemoHousehold, programs: RequestedProgram[], urgent = false) => {
    const r = await registerApplication(window, {
      householdId: h.id, applicantPersonId: member(h), programs, authorizationSigned: true, urgent,
      materials: [{ name: '居民身份证或户口簿', provided: true }, { name: '社会救助申请书', provided: true }],
      description: '演示数据：窗口一表登记',
    });
    return r.referralIds;
  };
  /** Moves a referral's clock start back `n` working days (demo of amber/red clocks). */
  const backdate = async (referralId: string, n: number) => {
    const start = workingDaysBefore(cal, today, n);
    await sys.tx(async (em) => {
      const [r] = await sqlRows<{ limitDays: number }>(em, `select limit_days as "limitDays" from referral where id = ?`, [referralId]);
      const d = storedDates(cal, { clockStart: start, limitDays: r.limitDays, extensionDays: 0, pausedWd: 0, pausedSince: null, closedOn: null });
      await em.execute(`update referral set clock_start = ?, sign_due = ?, due_date = ?, warn_date = ?, created_at = created_at - make_interval(days => ?) where id = ?`,
        [start, cal.addWorkingDays(start, 1), d.dueDate, d.warnDate, n + Math.floor(n / 5) * 2, referralId]);
    });
  };
  const sign = async (ctx: RequestContext, id: string) => signReferral(ctx, { id, version: 1 });

  const [h1, h2, h3, h4, h5, h6, h7, h8, h9, h10] = households;
  await register(h1, [{ programCode: 'DIBAO' }, { programCode: 'MEDICAL' }]);
  await register(h2, [{ programCode: 'TEMP', reason: '家中失火，生活困难' }], true);
  const [amber] = await register(h3, [{ programCode: 'DIBAO' }]);
  await backdate(amber, 24);
  await sign(officers.MINZHENG, amber);
  const [red] = await register(h4, [{ programCode: 'DIBAO_EDGE' }]);
  await backdate(red, 36);
  await sign(officers.MINZHENG, red);
  const [supp] = await register(h5, [{ programCode: 'TEKUN', personId: member(h5, 0) }]);
  const s = await sign(officers.MINZHENG, supp);
  await requestSupplement(officers.MINZHENG, { id: supp, version: s.version }, '请补充残疾人证和无赡养能力情况说明');
  const [pub] = await register(h6, [{ programCode: 'DIBAO' }]);
  const p = await sign(officers.MINZHENG, pub);
  await decideReferral(officers.MINZHENG, { id: pub, version: p.version }, { approve: true, monthlyAmountFen: 65000, startMonth: today.slice(0, 7) });
  const [emp] = await register(h7, [{ programCode: 'EMPLOY', personId: member(h7, 0) }]);
  const e = await sign(officers.RENSHE, emp);
  await decideReferral(officers.RENSHE, { id: emp, version: e.version }, { approve: true, monthlyAmountFen: 0, startMonth: today.slice(0, 7), reason: '已登记失业，提供就业援助' });
  const [med] = await register(h8, [{ programCode: 'MEDICAL' }]);
  const m = await sign(officers.YIBAO, med);
  await decideReferral(officers.YIBAO, { id: med, version: m.version }, { approve: false, reason: '本年度未发生符合条件的医疗费用支出' });
  const [late] = await register(h9, [{ programCode: 'HOUSING' }]);
  await backdate(late, 3);
  await register(h10, [{ programCode: 'ELDER', personId: member(h10, 0) }]);
  const informant = await actorContext(orm, runtime, 'xinxi01');
  await submitPreApplication(informant, {
    contactName: '刘桂兰', address: '二组 14 号', areaCode: informant.actor.areaCode!, programs: [{ programCode: 'TEMP' }],
    description: '独居老人，近日摔伤住院，无人照料，急需临时救助', urgent: true,
  });
  await runClockSweep(sys, today);
  return 11;
}
