import type { MikroORM } from '@mikro-orm/postgresql';
import { AUTHORISATION_SCOPES, idCheckChar } from '@xiejiu/rules';
import { type Runtime, systemContext } from '../graphql/request-context';
import { addMonths, recordAuthorisation } from '../modules/household/authorisation.service';
import { addLegalSupporter, setNoLegalSupporter } from '../modules/household/legal-supporter.service';
import { todayOf } from '../shared/dates';
import { sqlRows } from '../shared/sql';

/**
 * 法定义务人 and 核对授权书 demo data (ADR 0023), after the 大数据库 demo (`seedDemoBigData`): through the
 * services as 系统(seed-demo), logged like real writes.
 *
 * - Every household one of whose members a reference dataset lists with a vehicle (`ref_vehicle`, the
 *   小型轿车 first), and 周大勇户 of the workflow demo (青石镇桂花村 3组21号: the 统一核查 e2e imports the car in the
 *   head's name and verifies it), gets a valid 核对授权书 (signed 20 days ago, all data sources, the adult members as
 *   signers), so unified verification can start there and its 信息比对 finds the car. The car's household
 *   also gets an able legal supporter (a son) for its eldest member when that member is 60 or older.
 * - Two households of elderly persons in the demo town 500199101: one with a supporter who cannot support
 *   (无劳动能力且无收入) and a valid authorisation, one confirmed 已核实无法定义务人 — 特困 screening decides them
 *   instead of answering 信息不足.
 *
 * Returns the households touched (the car's household first), for the log.
 */
export async function seedDemoLegalSupport(
  orm: MikroORM,
  runtime: Runtime,
): Promise<{
  vehicleHouseholds: Array<{ householdId: string; headName: string | null; vehicleType: string }>;
  zhouHouseholdId: string | null;
  supportHouseholds: string[];
}> {
  const ctx = systemContext(orm.em, runtime, 'seed-demo');
  const today = todayOf(ctx);
  const signedOn = addDays(today, -20);
  const vehicles = await ctx.tx((em) =>
    sqlRows<{ householdId: string; headName: string | null; vehicleType: string }>(
      em,
      `select distinct on (m.household_id) m.household_id as "householdId", hp.name as "headName", r.vehicle_type as "vehicleType",
              (r.vehicle_type like '%轿车%') as car
         from ref_vehicle r join person p on p.id_bidx = r.id_bidx
         join membership m on m.person_id = p.id and m.to_date is null
         join household h on h.id = m.household_id and h.status = 'ACTIVE'
         left join person hp on hp.id = h.head_person_id
        order by m.household_id, car desc`,
    ),
  );
  vehicles.sort((a, b) => Number(b.vehicleType.includes('轿车')) - Number(a.vehicleType.includes('轿车')));
  // 周大勇户 (workflow demo, 青石镇桂花村 3组21号): the household the 统一核查 e2e verifies after importing the car
  // registered in the head's name (渝B8E261); it has signed the authorisation.
  const zhou = await ctx.tx((em) =>
    sqlRows<{ householdId: string; headName: string | null }>(
      em,
      `select h.id as "householdId", p.name as "headName" from household h join person p on p.id = h.head_person_id
        where h.area_code = '500199101201' and p.name = '周大勇' and h.status = 'ACTIVE' limit 1`,
    ),
  );
  const authorised = [...vehicles.map((v) => v.householdId)];
  if (zhou.length && !authorised.includes(zhou[0].householdId)) authorised.push(zhou[0].householdId);
  for (const householdId of authorised) {
    await recordAuthorisation(ctx, {
      householdId,
      signedOn,
      scope: Object.keys(AUTHORISATION_SCOPES),
      signerPersonIds: await adults(ctx, householdId, today),
      note: '演示数据：户主及成年家庭成员签字',
    });
  }
  const car = vehicles.find((v) => v.vehicleType.includes('轿车'));
  if (car) {
    const [eldest] = await members(ctx, car.householdId);
    if (eldest && eldest.birthDate <= addMonths(today, -12 * 60)) {
      await addLegalSupporter(ctx, {
        personId: eldest.id,
        name: `${eldest.name.slice(0, 1)}建华`,
        idNumber: demoId('19750316', 3),
        duty: 'SUPPORT',
        relation: 'SON',
        ability: 'ABLE',
        monthlyIncomeFen: 520000,
        note: '演示数据：在外务工',
      });
    }
  }
  // Elderly persons of the demo town, not in the households above.
  const taken = authorised;
  const elders = await ctx.tx((em) =>
    sqlRows<{ householdId: string; personId: string; name: string }>(
      em,
      `select distinct on (h.id) h.id as "householdId", p.id as "personId", p.name
         from household h join membership m on m.household_id = h.id and m.to_date is null join person p on p.id = m.person_id
        where h.status = 'ACTIVE' and h.area_code like '500199101%' and p.death_date is null and p.birth_date <= ?::date
          and not (h.id = any(?::uuid[]))
          and not exists (select 1 from legal_supporter s where s.household_id = h.id)
          -- not the workflow demo's cases: their stored intake screenings stay what the engine said then
          and not exists (select 1 from application a where a.household_id = h.id)
        order by h.id, p.birth_date`,
      [addMonths(today, -12 * 65), `{${taken.join(',')}}`],
    ),
  );
  const [unable, none] = elders;
  if (unable) {
    await addLegalSupporter(ctx, {
      personId: unable.personId,
      name: `${unable.name.slice(0, 1)}国强`,
      idNumber: demoId('19680820', 5),
      duty: 'SUPPORT',
      relation: 'SON',
      ability: 'UNABLE',
      unableReason: 'INCAPACITATED',
      monthlyIncomeFen: 0,
      note: '演示数据：本人重度残疾，无收入',
    });
    await recordAuthorisation(ctx, {
      householdId: unable.householdId,
      signedOn,
      scope: Object.keys(AUTHORISATION_SCOPES),
      signerPersonIds: [unable.personId],
    });
  }
  if (none) await setNoLegalSupporter(ctx, none.householdId, true);
  return {
    vehicleHouseholds: vehicles,
    zhouHouseholdId: zhou[0]?.householdId ?? null,
    supportHouseholds: [unable?.householdId, none?.householdId].filter((x): x is string => !!x),
  };
}

async function members(ctx: ReturnType<typeof systemContext>, householdId: string) {
  return ctx.tx((em) =>
    sqlRows<{ id: string; name: string; birthDate: string }>(
      em,
      `select p.id, p.name, p.birth_date::text as "birthDate" from membership m join person p on p.id = m.person_id
        where m.household_id = ? and m.to_date is null and p.death_date is null order by p.birth_date, p.id`,
      [householdId],
    ),
  );
}

/** Active members aged 18 or more (at least the eldest member). */
async function adults(ctx: ReturnType<typeof systemContext>, householdId: string, today: string): Promise<string[]> {
  const all = await members(ctx, householdId);
  const grown = all.filter((m) => m.birthDate <= addMonths(today, -12 * 18)).map((m) => m.id);
  return grown.length ? grown : all.slice(0, 1).map((m) => m.id);
}

/** A valid demo ID number (和安区 500199) for a birth date and sequence; a supporter's, not in the ledger. */
function demoId(birth: string, seq: number): string {
  const first17 = `500199${birth}${String(900 + seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
