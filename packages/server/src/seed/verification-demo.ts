import type { MikroORM } from '@mikro-orm/postgresql';
import { type Runtime, RequestContext, systemContext } from '../graphql/request-context';
import { permissionsOf } from '../modules/auth/roles';
import {
  addVerificationRecord,
  approveVerification,
  computeVerification,
  draftVerification,
  runDataMatch,
  startHouseholdVerification,
} from '../modules/verification/verification.service';
import { todayOf } from '../shared/dates';
import { sqlRows } from '../shared/sql';

/**
 * 统一核查 demo (ADR 0023), after the 核对授权书 demo (`seedDemoLegalSupport`): one household of the demo town
 * 500199101 with a valid authorisation — one whose reference data lists a vehicle when there is one, never
 * 周大勇户 (the e2e verifies that one itself) — is verified through the services by the demo accounts: the
 * village window (or the town window) starts it, runs the data match, records a home visit, computes and
 * drafts the conclusion the engine proposes; the town window approves it (maker-checker), which issues the
 * report the console shows (household page, referrals, 核查任务). Returns the verification id, or null when no
 * household qualifies.
 */
export async function seedDemoVerification(orm: MikroORM, runtime: Runtime): Promise<string | null> {
  const sys = systemContext(orm.em, runtime, 'seed-demo');
  const today = todayOf(sys);
  const [hh] = await sys.tx((em) =>
    sqlRows<{ householdId: string; areaCode: string }>(
      em,
      `select h.id as "householdId", h.area_code as "areaCode"
         from household_authorisation a join household h on h.id = a.household_id and h.status = 'ACTIVE'
         left join person hp on hp.id = h.head_person_id
        where a.revoked_at is null and a.signed_on <= ?::date and a.valid_until >= ?::date
          and h.area_code like '500199101%' and coalesce(hp.name, '') <> '周大勇'
          and not exists (select 1 from verification v where v.household_id = h.id)
        order by (exists (select 1 from membership m join person p on p.id = m.person_id join ref_vehicle r on r.id_bidx = p.id_bidx
                          where m.household_id = h.id and m.to_date is null)) desc,
                 (h.area_code = '500199101201') desc, h.id
        limit 1`,
      [today, today],
    ),
  );
  if (!hh) return null;
  const accounts = await sys.tx((em) =>
    sqlRows<{ id: string; username: string; displayName: string; roles: string[]; areaCode: string; departmentId: string | null }>(
      em,
      `select id, username, display_name as "displayName", roles, area_code as "areaCode", department_id as "departmentId"
         from app_user where username in ('cun01', 'zhen01')`,
    ),
  );
  const as = (username: string): RequestContext | null => {
    const u = accounts.find((a) => a.username === username);
    if (!u) return null;
    return new RequestContext({
      em: orm.em.fork(),
      runtime,
      requestId: `seed-verification-${username}`,
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
  };
  const town = as('zhen01') ?? sys;
  const maker = (hh.areaCode === '500199101201' ? as('cun01') : null) ?? (town === sys ? sys : town);
  const checker = maker === town ? sys : town;
  const id = await startHouseholdVerification(maker, { householdId: hh.householdId, reason: '演示数据：统一核查' });
  await runDataMatch(maker, id);
  await addVerificationRecord(
    maker,
    id,
    'HOME_VISIT',
    {
      homeVisit: {
        visitedOn: today,
        housing: 'OWN',
        areaM2: 78,
        livingConditions: '砖混住房，家具家电陈旧，生活较为困难',
        appliances: '电视机、冰箱各 1 台',
        observations: '与申报情况基本一致',
        staffNames: ['李秀英', '王建国'],
        householdSigned: true,
      },
    },
    [],
  );
  const c = await computeVerification(maker, id);
  const [{ version }] = await sys.tx((em) => sqlRows<{ version: number }>(em, `select version from verification where id = ?`, [id]));
  await draftVerification(maker, id, c.proposedConclusion, `演示数据：${c.proposedReason}`, version);
  const [{ version: v2 }] = await sys.tx((em) => sqlRows<{ version: number }>(em, `select version from verification where id = ?`, [id]));
  await approveVerification(checker, id, v2);
  return id;
}
