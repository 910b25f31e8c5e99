import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Permission } from '../src/modules/auth/permissions';
import { ownerQuery } from './harness';

/**
 * Module READMEs cannot drift from the code: each module folder has a README.md that names every GraphQL
 * query and mutation its resolvers declare, and every table of the database is described in some module's
 * README (CONTRIBUTING.md, "Server module layout"). Where a README table row names an operation in its first
 * cell and permissions in its second, they are the operation's declared permissions (the reviewed snapshot of
 * test/permission-declarations.test.ts).
 */
const MODULES = path.join(__dirname, '..', 'src', 'modules');
const modules = fs.readdirSync(MODULES).filter((m) => fs.statSync(path.join(MODULES, m)).isDirectory());
const readme = (m: string) => {
  const f = path.join(MODULES, m, 'README.md');
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '';
};

/** Names of the @Query / @Mutation methods of a resolver source (the method after the decorators). */
function operationsOf(source: string): string[] {
  const lines = source.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!/@(Query|Mutation)\(/.test(line)) return;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j].trim();
      if (t.startsWith('@') || t === '') continue;
      const m = /^(?:async\s+)?(\w+)\s*\(/.exec(t);
      if (m) out.push(m[1]);
      break;
    }
  });
  return out;
}

describe('module READMEs', () => {
  it('every module has a README.md', () => {
    expect(modules.filter((m) => readme(m) === '')).toEqual([]);
  });

  it("names every query and mutation of the module's resolvers", () => {
    const missing: string[] = [];
    let total = 0;
    for (const m of modules) {
      const text = readme(m);
      for (const f of fs.readdirSync(path.join(MODULES, m)).filter((f) => f.endsWith('.resolver.ts'))) {
        for (const op of operationsOf(fs.readFileSync(path.join(MODULES, m, f), 'utf8'))) {
          total++;
          if (!new RegExp(`\`${op}[\`(: ]`).test(text)) missing.push(`${m}/README.md: ${op}`);
        }
      }
    }
    expect(total).toBeGreaterThan(90);
    expect(missing).toEqual([]);
  });

  it('states the declared permissions where a README row gives an operation and its permission', () => {
    const snapshot = fs.readFileSync(path.join(__dirname, '__snapshots__', 'permission-declarations.txt'), 'utf8');
    const declared = new Map<string, string[]>();
    for (const line of snapshot.split('\n')) {
      const m = /^(?:Query|Mutation)\.(\w+): (.*)$/.exec(line.trim());
      if (m) declared.set(m[1], m[2].split(/,\s*/));
    }
    expect(declared.size).toBeGreaterThan(90);
    const known = Object.values(Permission) as string[];
    const wrong: string[] = [];
    let checked = 0;
    for (const m of modules) {
      for (const line of readme(m).split('\n')) {
        const op = /^\|\s*`(\w+)[(:`]/.exec(line)?.[1];
        const cell = line.split('|')[2] ?? '';
        if (!op || !declared.has(op) || !known.some((p) => cell.includes(`\`${p}\``))) continue;
        checked++;
        for (const p of declared.get(op)!) if (!cell.includes(p)) wrong.push(`${m}/README.md: ${op} is declared ${p}, the README says ${cell.trim()}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('describes every table of the database in some module README', async () => {
    const rows = await ownerQuery<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    expect(rows.length).toBeGreaterThan(25);
    const all = modules.map(readme).join('\n');
    expect(rows.map((r) => r.name).filter((t) => !new RegExp(`\`${t}[\` (]`).test(all))).toEqual([]);
  });

  it('finds operations after stacked decorators', () => {
    expect(
      operationsOf(
        "  @Authorized('a')\n  @Query(() => X, { description: 'q' })\n  async things(@Ctx() c: C) {}\n  @Mutation(() => Y)\n  @Authorized('b')\n  doIt(@Arg('x') x: string) {}",
      ),
    ).toEqual(['things', 'doIt']);
  });
});
