import { recordAudit } from '../audit/audit.service';
import { defineJob } from '../jobs/registry';
import { catalogueInForce } from './catalogue.service';
import { runLedgerBatches } from './ledger-job';
import { Simulation } from './simulation.entity';
import { emptyTally, planSimulation, simulationView, tallyBatch, WHATIF_BATCH } from './whatif.service';

/**
 * 模拟测算 as a job (ADR 0010): the whole ledger of the job's area evaluated with the values in force and
 * with the proposed ones, batch by batch; the running tally is stored in `simulation.tally` in each batch's
 * transaction (with the job's cursor), so a resumed job continues from it; the finished `SimulationView`
 * goes to `simulation.result`. Nothing is written to the ledger. Acts as `系统(simulation)` in the area.
 */
export const simulationJob = defineJob({
  kind: 'simulation',
  name: '模拟测算',
  // The result aggregates every town of the area: the area's own users and those above it, not those inside.
  visibility: { permission: 'program.simulate', scope: 'area' },
  async run(run) {
    const { ctx } = run;
    const started = Date.now();
    const sim = await ctx.tx((em) => em.findOne(Simulation, { id: run.id }));
    if (!sim) throw new Error(`simulation ${run.id} not found`);
    const { catalogue } = await catalogueInForce(ctx);
    const plan = planSimulation(catalogue, sim.changes, sim.asOf);
    const tally = run.checkpoint?.cursor && sim.tally ? sim.tally : emptyTally();
    const done = await runLedgerBatches(run, sim.asOf, WHATIF_BATCH, async (em, batch) => {
      await tallyBatch(tally, plan.setup, batch);
      // The batch's transaction: the tally is committed with the job's cursor (a versioned UPDATE).
      (await em.findOneOrFail(Simulation, { id: run.id })).tally = structuredClone(tally);
      await em.flush();
    });
    if (done === 'incomplete') return 'incomplete';
    const view = await simulationView(ctx, plan, tally, Date.now() - started);
    await ctx.tx(async (em) => {
      Object.assign(await em.findOneOrFail(Simulation, { id: run.id }), { result: view, tally: null } satisfies Partial<Simulation>);
      await em.flush();
      await recordAudit(ctx, {
        action: 'simulation.finished',
        entityType: 'simulation',
        entityId: run.id,
        detail: { households: view.households, gaining: view.householdsGaining, losing: view.householdsLosing, deltaMonthlyFen: view.deltaMonthlyFen },
      });
    });
  },
});
