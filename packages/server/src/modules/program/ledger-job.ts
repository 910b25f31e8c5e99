import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../shared/sql';
import type { JobRun } from '../jobs/registry';
import { loadLedgerBatch, type LedgerHousehold } from './ledger-batch';

/**
 * The batch loop of the jobs that walk a whole area's ledger (reassessment, simulation): counts the
 * area's active households on a fresh start, then reads batches by household-id keyset after the
 * committed cursor (`checkpoint.cursor`). `step` handles one batch and may write in the batch's
 * transaction, which also commits the progress and the cursor — so a job stopped half-way (shutdown,
 * kill -9) resumes after its last committed batch and never does a batch twice.
 * Returns 'incomplete' when cancelled, taken over, or stopping for shutdown.
 */
export async function runLedgerBatches(
  run: JobRun<unknown>,
  asOf: string,
  defaultBatch: number,
  step: (em: EntityManager, batch: LedgerHousehold[]) => Promise<void>,
): Promise<'done' | 'incomplete'> {
  const { ctx } = run;
  const batchSize = run.batchSize ?? defaultBatch;
  let cursor = (run.checkpoint?.cursor as string | undefined) ?? null;
  if (!cursor) {
    await ctx.tx(async (em) => {
      const [c] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from household where status = 'ACTIVE'`);
      await run.setTotal(em, c.n);
    });
  }
  for (;;) {
    const batch = await loadLedgerBatch(ctx, { after: cursor, limit: batchSize }, asOf);
    const last = batch.length ? batch[batch.length - 1].id : cursor;
    const alive = await ctx.tx(async (em) => {
      await step(em, batch);
      return run.commit(em, { processed: batch.length, checkpoint: { cursor: last } });
    });
    if (!alive) return 'incomplete';
    cursor = last;
    if (batch.length < batchSize) return 'done';
    if (run.stopping) return 'incomplete';
  }
}
