import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Runtime } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';

/**
 * Where import files live: `<DATA_DIR>/imports/<batch id>/source` (the upload, kept for retries of the
 * job and for the audit) and `errors.xlsx` (the error report). Written as streams — a 300 MB roster
 * is never held in memory — to a temporary name first, then renamed.
 */
export function importDir(runtime: Runtime, batchId: string): string {
  if (!/^[0-9a-f-]{36}$/.test(batchId)) throw new Error('invalid batch id');
  return path.join(runtime.config.dataDir, 'imports', batchId);
}

export const sourcePath = (runtime: Runtime, batchId: string) => path.join(importDir(runtime, batchId), 'source');
export const errorReportPath = (runtime: Runtime, batchId: string) => path.join(importDir(runtime, batchId), 'errors.xlsx');

export interface SavedUpload {
  path: string;
  sha256: string;
  size: number;
}

/** Streams an upload to a temporary file, hashing it; refuses (FILE_TOO_LARGE) past `maxBytes`. */
export async function saveUploadStream(runtime: Runtime, source: Readable, maxBytes: number): Promise<SavedUpload> {
  const dir = path.join(runtime.config.dataDir, 'imports', 'incoming');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, randomBytes(12).toString('hex'));
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > maxBytes) throw tooLarge(maxBytes);
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(tmp, { mode: 0o600 }),
    );
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  if (size === 0) {
    await fs.rm(tmp, { force: true });
    throw new AppError('BAD_USER_INPUT', '文件为空', { reason: 'EMPTY_FILE' });
  }
  return { path: tmp, sha256: hash.digest('hex'), size };
}

/** Copies a local file (CLI) into a temporary upload, hashing it. */
export async function saveLocalFile(runtime: Runtime, file: string, maxBytes: number): Promise<SavedUpload> {
  const { createReadStream } = await import('node:fs');
  const stat = await fs.stat(file);
  if (stat.size > maxBytes) throw tooLarge(maxBytes);
  return saveUploadStream(runtime, createReadStream(file), maxBytes);
}

/** Moves a saved upload to its batch folder. */
export async function adoptUpload(runtime: Runtime, saved: SavedUpload, batchId: string): Promise<void> {
  await fs.mkdir(importDir(runtime, batchId), { recursive: true, mode: 0o700 });
  await fs.rename(saved.path, sourcePath(runtime, batchId));
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError('BAD_USER_INPUT', `文件超过 ${Math.floor(maxBytes / 1024 / 1024)} MB 上限，请拆分后分批导入`, { reason: 'FILE_TOO_LARGE', maxBytes });
}
