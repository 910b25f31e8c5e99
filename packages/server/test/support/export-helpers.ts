import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { xlsxRows } from '../../src/modules/roster/read/xlsx';
import { ownerQuery, type TestApp } from '../harness';

/**
 * What the list-export tests share (test/exports*.test.ts): download a list's export as a user and read its first
 * sheet back with the roster import's own xlsx reader, pick a column, read the list operation, find the last
 * operation-log row of an action. `app()` returns the test app once `beforeAll` has opened it; `cookies` holds the
 * session cookies by username.
 */
export function exportHelpers(app: () => TestApp, cookies: Record<string, string>, name: string) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `xiejiu-${name}-`));

  /** The first sheet of an xlsx body as rows of cell text (header first). */
  async function sheet(body: Buffer): Promise<string[][]> {
    const file = path.join(tmp, `${randomUUID()}.xlsx`);
    fs.writeFileSync(file, body);
    const rows: string[][] = [];
    for await (const r of xlsxRows(file)) rows.push(r.cells);
    return rows;
  }

  /** Direct download of a list export as `user` (a username, `bearer:<token>`, or null: no credentials); the sheet when 200. */
  async function exportAs(user: string | null, slug: string, filter: Record<string, unknown> = {}, extra = '') {
    const headers: Record<string, string> = {};
    if (user?.startsWith('bearer:')) headers.authorization = `Bearer ${user.slice(7)}`;
    else if (user) headers.cookie = cookies[user];
    const res = await app().app.inject({
      method: 'GET',
      url: `/files/exports/${slug}.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`,
      headers,
    });
    const ok = res.statusCode === 200;
    return {
      status: res.statusCode,
      raw: ok ? res.rawPayload : Buffer.alloc(0),
      rows: ok ? await sheet(res.rawPayload) : [],
      body: ok ? null : res.json(),
    };
  }

  /** Values of the column headed `header` (data rows only). */
  const column = (rows: string[][], header: string) => {
    const i = rows[0].indexOf(header);
    expect(i, `column ${header} in ${rows[0].join(',')}`).toBeGreaterThanOrEqual(0);
    return rows.slice(1).map((r) => r[i] ?? '');
  };

  /** A list operation as `user`, failing the test on GraphQL errors. */
  async function list<T = any>(user: string, query: string, vars: Record<string, unknown> = {}): Promise<T> {
    const res = await app().gql(query, vars, { cookie: cookies[user] });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  /** The newest operation-log row of `action`. */
  async function lastLog(action: string) {
    const [row] = await ownerQuery(`select actor_name, diff from audit_log where action = $1 order by pos desc limit 1`, [action]);
    return row as { actor_name: string; diff: { detail: Record<string, unknown> } } | undefined;
  }

  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  return { tmp, sheet, exportAs, column, list, lastLog, cleanup };
}
