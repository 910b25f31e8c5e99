import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, embeddedSharedBuffers, startEmbeddedPostgres } from './embedded';

describe('embedded PostgreSQL', () => {
  it('starts a real server, keeps data across restarts, and refuses a second process on the same directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-embedded-'));
    const pg = await startEmbeddedPostgres(dir);
    try {
      const c = new Client({ connectionString: pg.url });
      await c.connect();
      await c.query('create table t (x int)');
      await c.query('insert into t values (42)');
      expect((await c.query('show fsync')).rows[0].fsync).toBe('on');
      expect((await c.query('show shared_buffers')).rows[0].shared_buffers).toBe(embeddedSharedBuffers().replace('1024MB', '1GB'));
      await c.end();
      const err = await startEmbeddedPostgres(dir).catch((e) => e);
      expect(err).toBeInstanceOf(DataDirInUseError);
      expect(err.message).toMatch(/数据目录正被另一个进程/);
      expect(err.message).toMatch(/in use by another process/);
    } finally {
      await pg.stop();
    }
    const again = await startEmbeddedPostgres(dir);
    try {
      const c = new Client({ connectionString: again.url });
      await c.connect();
      expect((await c.query('select x from t')).rows).toEqual([{ x: 42 }]);
      await c.end();
    } finally {
      await again.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sizes shared_buffers to a quarter of memory between 128 MB and 1 GB, or as configured', () => {
    const GiB = 2 ** 30;
    expect(embeddedSharedBuffers({}, 24 * GiB)).toBe('1024MB');
    expect(embeddedSharedBuffers({}, 2 * GiB)).toBe('512MB');
    expect(embeddedSharedBuffers({}, 0.25 * GiB)).toBe('128MB');
    expect(embeddedSharedBuffers({ EMBEDDED_PG_SHARED_BUFFERS: '256MB' }, 24 * GiB)).toBe('256MB');
    expect(() => embeddedSharedBuffers({ EMBEDDED_PG_SHARED_BUFFERS: '1; drop' }, GiB)).toThrow(/EMBEDDED_PG_SHARED_BUFFERS/);
  });
});
