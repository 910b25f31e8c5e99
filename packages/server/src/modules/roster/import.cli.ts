import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { departmentByCode } from '../department/department.service';
import { tooLarge } from './import-files';
import { executeImport, type ImportOutcome } from './import.run';
import { parseDataset } from './import.service';

/**
 * `pnpm cli import <dataset> <file>`: the same import as the console's, run in this process as the
 * system, reading the file where it is. The batch row is written with the data (one transaction):
 * a run killed half-way leaves nothing behind. A 救助对象名册 is imported for each program's owning
 * department; `departmentCode` records which department brought a reference dataset.
 */
export async function importLocalFile(
  ctx: RequestContext,
  datasetArg: string,
  file: string,
  opts: { departmentCode?: string | null; progress?: (permille: number) => void },
): Promise<ImportOutcome> {
  const dataset = parseDataset(datasetArg);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new AppError('BAD_USER_INPUT', `文件不存在：${file}`, { reason: 'FILE_MISSING' });
  if (stat.size > ctx.runtime.config.importMaxBytes) throw tooLarge(ctx.runtime.config.importMaxBytes);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  let departmentId: string | null = null;
  if (opts.departmentCode) {
    const d = await departmentByCode(ctx, opts.departmentCode);
    if (!d) throw new AppError('BAD_USER_INPUT', `部门编码不存在：${opts.departmentCode}`, { reason: 'UNKNOWN_DEPARTMENT' });
    departmentId = d.id;
  }
  return executeImport(
    ctx,
    {
      id: randomUUID(),
      dataset,
      fileName: path.basename(file).slice(0, 200),
      fileHash: hash.digest('hex'),
      departmentId,
      areaCode: '000000000000',
      requestedBy: null,
      requestedByName: ctx.actor.name.slice(0, 64),
    },
    file,
    {
      async progress(p) {
        opts.progress?.(p);
        return true;
      },
    },
  );
}
