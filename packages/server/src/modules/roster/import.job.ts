import { systemContext } from '../../graphql/request-context';
import { defineJob } from '../jobs/registry';
import { executeStoredImport } from './import.run';

/**
 * 数据导入 as a job (ADR 0010, ADR 0018): runs `executeImport` for the batch that shares the job's id,
 * as `系统(roster-import)` in the importer's area. Progress is committed in its own short transactions
 * (the import itself is one long transaction that must not commit early); a cancel stops the import at
 * its next progress report and rolls the whole batch back. A crash or a retry starts the batch again
 * from the stored file — nothing of an unfinished attempt was committed.
 */
export const importJob = defineJob<{ batchId: string }>({
  kind: 'roster-import',
  name: '数据导入',
  visibility: { permission: 'roster.import', scope: 'area' },
  maxAttempts: 3,
  async run(run) {
    const side = systemContext(run.ctx.em, run.ctx.runtime, 'roster-import-progress', run.ctx.actor.areaCode);
    let total = false;
    let done = 0;
    const result = await executeStoredImport(run.ctx, run.payload.batchId || run.id, {
      async progress(permille) {
        return side.tx(async (em) => {
          if (!total) {
            await run.setTotal(em, 1000);
            total = true;
          }
          const step = Math.max(0, permille - done);
          done += step;
          return run.commit(em, { processed: step });
        });
      },
    });
    return result.status === 'CANCELLED' ? 'incomplete' : undefined;
  },
});
