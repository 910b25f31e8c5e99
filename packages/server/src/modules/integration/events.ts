import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';
import { wakeSystemJob } from '../jobs/jobs.service';
import { INTEGRATION_EVENT_TYPES } from './event-types';

export { INTEGRATION_EVENT_TYPES } from './event-types';

/**
 * The change feed (ADR 0032): `integration_event` rows, written in the transaction of the change they report, so a
 * rolled-back change leaves no event and a committed one always has its event. Read by `events(after:)`
 * (feed.ts) and handed to webhooks (webhook-delivery.ts). Payloads carry codes, ids and masked names only — never an
 * ID number, phone, address, income or a free-text note (notes may name people).
 *
 * Writers (one line each at the place of the change):
 * - referral created / state changed: `emitEvent` of the workflow outbox (modules/workflow/outbox.ts) calls
 *   `eventFromOutbox` for every `referral.*` type below;
 * - benefit recorded / status changed / approved: `emitBenefitEvent` (modules/household/benefit.service.ts);
 * - benefits of a roster import (set-based): `emitRosterEvents`, one summary event per village and department;
 * - findings of a cross-check run (set-based): `emitFindingEvents`, one summary event per village and department.
 */
export interface IntegrationEventInput {
  type: keyof typeof INTEGRATION_EVENT_TYPES | string;
  entity: 'referral' | 'benefit' | 'import_batch' | 'crosscheck_run';
  entityId: string | null;
  areaCode: string;
  departmentIds: string[];
  payload: Record<string, unknown>;
}

/** The masked name (张*明) of `person` alias `p`, in SQL. */
const MASKED_NAME = `case when p.name is null then null when char_length(p.name) <= 2 then left(p.name, 1) || '*' else left(p.name, 1) || '*' || right(p.name, 1) end`;

/** Writes one event in `em`'s transaction (the change's own) and wakes the webhook delivery. */
export async function emitIntegrationEvent(ctx: RequestContext, em: EntityManager, e: IntegrationEventInput): Promise<void> {
  if (!(e.type in INTEGRATION_EVENT_TYPES)) throw new Error(`unknown integration event type ${e.type}`);
  await em.execute(
    `insert into integration_event (type, entity, entity_id, area_code, department_ids, payload, request_id, occurred_at) values (?, ?, ?, ?, ?::uuid[], ?::jsonb, ?, ?)`,
    [e.type, e.entity, e.entityId, e.areaCode, `{${e.departmentIds.join(',')}}`, JSON.stringify(e.payload), ctx.requestId, nowOf(ctx)],
  );
  await wakeWebhooks(em);
}

/** Wakes `webhook-deliver` at commit, only when some subscription is active (no job row for a platform without webhooks). */
async function wakeWebhooks(em: EntityManager): Promise<void> {
  const [any] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from webhook_subscription where active`);
  if (any.n > 0) await wakeSystemJob(em, 'webhook-deliver');
}

interface OutboxLike {
  type: string;
  aggregateType: string;
  aggregateId: string;
  areaCode: string;
  payload: Record<string, unknown>;
}

/**
 * A workflow outbox event (modules/workflow/outbox.ts `emitEvent`) that integrators follow → its feed event. The
 * referral is read back for what the feed shows (the outbox payload carries person ids and free-text notes, which the
 * feed does not): receipt number, program, department, status and the applicant's masked name.
 */
export async function eventFromOutbox(ctx: RequestContext, em: EntityManager, e: OutboxLike): Promise<void> {
  if (e.aggregateType !== 'referral' || !(e.type in INTEGRATION_EVENT_TYPES)) return;
  const [r] = await sqlRows<{ receiptNo: string; programCode: string; departmentId: string; status: string; household: string; nameMasked: string | null }>(
    em,
    `select a.receipt_no as "receiptNo", r.program_code as "programCode", r.department_id as "departmentId", r.status, r.household_id as household,
            ${MASKED_NAME} as "nameMasked"
       from referral r left join application a on a.id = r.application_id left join person p on p.id = a.applicant_person_id
      where r.id = ?`,
    [e.aggregateId],
  );
  if (!r) return;
  const target = typeof e.payload.targetDepartmentId === 'string' ? e.payload.targetDepartmentId : null;
  const pick = (k: string) => (typeof e.payload[k] === 'string' ? (e.payload[k] as string) : undefined);
  await emitIntegrationEvent(ctx, em, {
    type: e.type,
    entity: 'referral',
    entityId: e.aggregateId,
    areaCode: e.areaCode,
    departmentIds: [r.departmentId, ...(target && target !== r.departmentId ? [target] : [])],
    payload: {
      referralId: e.aggregateId,
      receiptNo: r.receiptNo,
      programCode: r.programCode,
      departmentId: r.departmentId,
      householdId: r.household,
      applicantNameMasked: r.nameMasked,
      fromStatus: pick('fromStatus'),
      toStatus: pick('toStatus') ?? r.status,
      dueDate: pick('dueDate'),
      targetDepartmentId: target ?? undefined,
      transferredFromId: pick('transferredFromId'),
    },
  });
}

/** A benefit recorded or changed by a department (benefit.service.ts): one event, the benefit read back. */
export async function emitBenefitEvent(
  ctx: RequestContext,
  em: EntityManager,
  type: 'benefit.recorded' | 'benefit.status_changed',
  benefitId: string,
  fromStatus?: string,
): Promise<void> {
  const [b] = await sqlRows<Record<string, unknown> & { areaCode: string; departmentId: string }>(
    em,
    `select b.id as "benefitId", b.household_id as "householdId", b.person_id as "personId", b.program_code as "programCode", b.department_id as "departmentId",
            b.status, b.monthly_amount_fen::int as "monthlyAmountFen", b.start_date::text as "startDate", b.end_date::text as "endDate", b.area_code as "areaCode",
            ${MASKED_NAME} as "nameMasked"
       from benefit b left join person p on p.id = coalesce(b.person_id, (select h.head_person_id from household h where h.id = b.household_id))
      where b.id = ?`,
    [benefitId],
  );
  if (!b) return;
  const { areaCode, ...payload } = b;
  await emitIntegrationEvent(ctx, em, {
    type,
    entity: 'benefit',
    entityId: benefitId,
    areaCode,
    departmentIds: [b.departmentId],
    payload: { ...payload, fromStatus },
  });
}

/**
 * A roster import's benefit changes, set-based (modules/roster merge-roster.ts, inside its transaction, on its temp
 * tables `r` and `rb`): one `benefit.imported` event per village and department with the number of changed rows —
 * not one per benefit (a 100 000-row roster must not become 100 000 webhook calls). Integrators page the ledger for
 * the detail.
 */
export async function emitRosterEvents(em: EntityManager, batchId: string, requestId: string): Promise<void> {
  const res = await em.execute(
    `insert into integration_event (type, entity, entity_id, area_code, department_ids, payload, request_id)
     select 'benefit.imported', 'import_batch', ?::uuid, h.area_code, array[rb.department_id],
            jsonb_build_object('batchId', ?::text, 'programCodes', array_agg(distinct rb.program_code order by rb.program_code), 'count', count(*)), ?
       from r join rb on rb.person_id = r.person_id and rb.program_code = r.program_code and rb.line = r.line
       join household h on h.id = rb.household_id
      where r.changed and rb.department_id is not null
      group by h.area_code, rb.department_id`,
    [batchId, batchId, requestId],
    'run',
  );
  const r = res as { affectedRows?: number; rowCount?: number };
  if (Number(r.affectedRows ?? r.rowCount ?? 0) > 0) await wakeWebhooks(em);
}

/**
 * New 待复核 findings of a cross-check run (modules/crosscheck crosscheck.engine.ts), set-based: one `finding.opened`
 * event per village and department (the department owning the benefit the finding is about) with the count and the rules.
 */
export async function emitFindingEvents(ctx: RequestContext, em: EntityManager, runId: string): Promise<void> {
  await em.execute(
    `insert into integration_event (type, entity, entity_id, area_code, department_ids, payload, request_id, occurred_at)
     select 'finding.opened', 'crosscheck_run', ?::uuid, f.area_code, case when f.department_id is null then '{}'::uuid[] else array[f.department_id] end,
            jsonb_build_object('runId', ?::text, 'count', count(*), 'ruleNos', array_agg(distinct f.rule_no order by f.rule_no)), ?, ?
       from finding f
      where f.run_id = ? and f.is_current and f.status = 'PENDING'
      group by f.area_code, f.department_id`,
    [runId, runId, ctx.requestId, nowOf(ctx), runId],
  );
  await wakeWebhooks(em);
}
