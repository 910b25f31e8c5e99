import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkCalendar } from '../src/modules/calendar/calendar.service';
import { catalogueInForce } from '../src/modules/program/catalogue.service';
import { screenHousehold, type ScreeningView } from '../src/modules/program/program.service';
import { computeClock, storedDates } from '../src/modules/workflow/clock';
import { isFinal } from '../src/modules/workflow/states';
import { seedDemo } from '../src/seed/demo';
import { seedDemoWorkflow } from '../src/seed/workflow-demo';
import { seedDemoLegalSupport } from '../src/seed/legal-support-demo';
import { validAuthorisation } from '../src/modules/household/authorisation.service';
import { todayCn } from '../src/shared/dates';
import { ownerQuery, resetDatabase, TestApp } from './harness';

/**
 * The demo cases (command 1 seeds them on a fresh start) are built by the real services, so they
 * must obey the same rules as real ones: every decision agrees with the rules engine on its day,
 * every intake screening is what the engine says for the intake day, and deadlines, history,
 * benefits and dates agree with each other and the working-day calendar.
 */

let t: TestApp;
const now = new Date();

interface Ref {
  id: string;
  application_id: string;
  household_id: string;
  person_id: string | null;
  program_code: string;
  status: string;
  outcome: string | null;
  clock_start: string;
  sign_due: string;
  limit_days: number;
  extension_days: number;
  paused_wd: number;
  paused_since: string | null;
  due_date: string | null;
  warn_date: string | null;
  decision_amount_fen: string | null;
  decision_start_month: string | null;
  decided_on: string | null;
  publicity_start: string | null;
  publicity_until: string | null;
  signed_on: string | null;
  closed_on: string | null;
  escalation_level: number;
  screening: { outcome: string; estimatedMonthlyFen: number | null } | null;
  benefit_id: string | null;
  receipt_no: string;
  accepted_on: string;
  household_created: Date;
  accepted_at: Date;
}

let refs: Ref[] = [];
const cn = (col: string) => `(${col} at time zone 'Asia/Shanghai')::date::text`;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedDemo(t.orm, t.runtime);
  expect(await seedDemoWorkflow(t.orm, t.runtime, now)).toBe(11);
  refs = await ownerQuery<Ref>(`
    select r.id, r.application_id, r.household_id, r.person_id, r.program_code, r.status, r.outcome, r.clock_start::text, r.sign_due::text, r.limit_days,
           r.extension_days, r.paused_wd, r.paused_since::text, r.due_date::text, r.warn_date::text, r.decision_amount_fen, r.decision_start_month,
           ${cn('r.decided_at')} as decided_on, r.publicity_start::text, r.publicity_until::text, ${cn('r.signed_at')} as signed_on,
           ${cn('r.closed_at')} as closed_on, r.escalation_level, r.screening, r.benefit_id, a.receipt_no, ${cn('a.accepted_at')} as accepted_on,
           h.created_at as household_created, a.accepted_at
      from referral r join application a on a.id = r.application_id join household h on h.id = r.household_id order by a.receipt_no, r.created_at`);
});
afterAll(async () => t?.close());

async function screen(householdId: string, day: string, program: string): Promise<ScreeningView> {
  const s = (await screenHousehold(t.system('demo-check'), householdId, day)).find((x) => x.programCode === program);
  expect(s, `${program} screened`).toBeDefined();
  return s!;
}

describe('demo cases follow the rules engine', () => {
  it('seeds cases in every state for the console to show', () => {
    const statuses = new Set(refs.map((r) => r.status));
    for (const s of ['PENDING_SIGN', 'PROCESSING', 'SUPPLEMENT', 'PUBLICITY', 'DONE']) expect(statuses, s).toContain(s);
    expect(refs.filter((r) => r.outcome === 'APPROVED')).toHaveLength(1);
    expect(refs.filter((r) => r.outcome === 'REFUSED')).toHaveLength(1);
  });

  it('every decision agrees with screening on its day: approved only when 符合 and at the estimated amount, refused only when not', async () => {
    const decided = refs.filter((r) => r.decided_on);
    expect(decided.length).toBeGreaterThanOrEqual(3);
    for (const r of decided) {
      const s = await screen(r.household_id, r.decided_on!, r.program_code);
      const approved = r.outcome === 'APPROVED' || r.status === 'PUBLICITY';
      if (approved) {
        expect(s.outcome, `${r.receipt_no} ${r.program_code} approved`).toBe('ELIGIBLE');
        expect(Number(r.decision_amount_fen), `${r.receipt_no} amount`).toBe(s.estimatedMonthlyFen ?? 0);
      } else {
        expect(s.outcome, `${r.receipt_no} ${r.program_code} refused`).not.toBe('ELIGIBLE');
      }
    }
  });

  it('every intake screening is what the engine says on the intake day; open cases are not ones the rules exclude', async () => {
    for (const r of refs) {
      const s = await screen(r.household_id, r.clock_start, r.program_code);
      expect(r.screening, `${r.receipt_no} ${r.program_code}`).toMatchObject({ outcome: s.outcome, estimatedMonthlyFen: s.estimatedMonthlyFen });
      if (!isFinal(r.status)) expect(['ELIGIBLE', 'INSUFFICIENT'], `${r.receipt_no} ${r.program_code} open`).toContain(s.outcome);
    }
  });

  it('approvals are in the benefits chain at the decided amount; open cases are 申请中 links', async () => {
    for (const r of refs) {
      const [b] = r.benefit_id
        ? await ownerQuery(`select status, monthly_amount_fen::int as amount, start_date::text as start, source_ref from benefit where id = $1`, [r.benefit_id])
        : [];
      if (r.outcome === 'APPROVED') expect(b).toMatchObject({ status: 'ACTIVE', amount: Number(r.decision_amount_fen), start: `${r.decision_start_month}-01` });
      else if (!isFinal(r.status)) expect(b).toMatchObject({ status: 'APPLYING', source_ref: r.receipt_no });
      else expect(b).toBeUndefined();
    }
  });
});

describe('demo cases agree with their history, deadlines and the calendar', () => {
  it('dates: registered before intake, accepted on the clock start, signed on time, decided after signing, nothing in the future', async () => {
    for (const r of refs) {
      const where = `${r.receipt_no} ${r.program_code}`;
      expect(r.household_created.getTime(), where).toBeLessThanOrEqual(r.accepted_at.getTime());
      expect(r.accepted_on, where).toBe(r.clock_start);
      expect(r.accepted_at.getTime(), where).toBeLessThanOrEqual(now.getTime());
      if (r.signed_on) {
        expect(r.signed_on >= r.clock_start && r.signed_on <= r.sign_due, `${where} signed ${r.signed_on}`).toBe(true);
      }
      if (r.decided_on) expect(r.decided_on > (r.signed_on ?? ''), `${where} decided after signing`).toBe(true);
    }
  });

  it('stored deadlines are the calendar’s: sign-by, due and amber dates, 公示 period, escalation only after the deadline', async () => {
    const cal = await loadWorkCalendar(t.system());
    const today = todayCn(now);
    for (const r of refs) {
      const where = `${r.receipt_no} ${r.program_code}`;
      expect(r.sign_due, where).toBe(cal.addWorkingDays(r.clock_start, 1));
      const state = {
        clockStart: r.clock_start,
        limitDays: r.limit_days,
        extensionDays: r.extension_days,
        pausedWd: r.paused_wd,
        pausedSince: r.paused_since,
        closedOn: r.closed_on,
      };
      expect({ dueDate: r.due_date, warnDate: r.warn_date }, where).toEqual(storedDates(cal, state));
      if (r.publicity_start) {
        const { catalogue } = await catalogueInForce(t.system('demo-check'), r.publicity_start);
        const p = catalogue.programs.find((x) => x.code === r.program_code)!.publicity;
        const days = p.days ?? 7;
        expect(r.publicity_until, where).toBe(
          p.kind === 'WORKING' ? cal.addWorkingDays(r.publicity_start, days) : cal.addCalendarDays(r.publicity_start, days),
        );
      }
      const clock = computeClock(cal, state, today);
      if (r.escalation_level > 0) expect(clock.level, `${where} escalated`).toBe('RED');
      if (clock.level === 'RED' && clock.overdueDays >= 5) expect(r.escalation_level, `${where} district escalation`).toBe(2);
    }
  });

  it('history replays to the current state, in time order, starting on the clock start', async () => {
    for (const r of refs) {
      const events = await ownerQuery<{ kind: string; from_status: string | null; to_status: string | null; at: Date; day: string }>(
        `select kind, from_status, to_status, at, ${cn('at')} as day from referral_event where referral_id = $1 order by at, id`,
        [r.id],
      );
      const where = `${r.receipt_no} ${r.program_code}`;
      expect(events[0], where).toMatchObject({ kind: 'referral.created', to_status: 'PENDING_SIGN', day: r.clock_start });
      let state: string | null = null;
      let last = 0;
      for (const e of events) {
        expect(e.at.getTime(), `${where} ${e.kind} in order`).toBeGreaterThanOrEqual(last);
        expect(e.at.getTime(), `${where} ${e.kind} not in the future`).toBeLessThanOrEqual(now.getTime());
        last = e.at.getTime();
        if (e.to_status) {
          expect(e.from_status, `${where} ${e.kind}`).toBe(state);
          state = e.to_status;
        }
        if (e.kind === 'referral.overdue') expect(e.day > r.clock_start, where).toBe(true);
      }
      expect(state, where).toBe(r.status);
      const signed = events.find((e) => e.kind === 'referral.signed');
      expect(signed?.day ?? null, where).toBe(r.signed_on);
    }
  });

  it('the supervisor board has an overdue 民政 case escalated to the district, an amber one, and the informant’s report waits', async () => {
    const cal = await loadWorkCalendar(t.system());
    const levels = refs
      .filter((r) => !isFinal(r.status))
      .map(
        (r) =>
          computeClock(
            cal,
            {
              clockStart: r.clock_start,
              limitDays: r.limit_days,
              extensionDays: r.extension_days,
              pausedWd: r.paused_wd,
              pausedSince: r.paused_since,
              closedOn: null,
            },
            todayCn(now),
          ).level,
      );
    expect(levels).toContain('RED');
    expect(levels).toContain('AMBER');
    const pre = await ownerQuery(`select status, urgent from application where contact->>'name' = '刘桂兰'`);
    expect(pre).toEqual([{ status: 'PENDING_CONFIRM', urgent: true }]);
  });

  it('周大勇户 (the 统一核查 e2e household) gets a valid 核对授权书 from the 法定义务人/授权书 demo, the cases keep their facts', async () => {
    const { zhouHouseholdId, supportHouseholds } = await seedDemoLegalSupport(t.orm, t.runtime);
    expect(zhouHouseholdId).not.toBeNull();
    const valid = await validAuthorisation(t.system(), null, zhouHouseholdId!);
    expect(valid?.scope).toContain('VEHICLE');
    const [{ n }] = await ownerQuery(
      `select count(*)::int as n from legal_supporter s where exists (select 1 from application a where a.household_id = s.household_id)`,
    );
    expect(n).toBe(0);
    expect(supportHouseholds.length).toBeLessThanOrEqual(2);
  });
});
