import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownerQuery } from './harness';

/**
 * Module READMEs cannot drift from the code: each module folder has a README.md that names every GraphQL
 * query and mutation its resolvers declare, and every table of the database is described in some module's
 * README (CONTRIBUTING.md, "Server module layout").
 */
const MODULES = path.join(__dirname, '..', 'src', 'modules');
const modules = fs.readdirSync(MODULES).filter((m) => fs.statSync(path.join(MODULES, m)).isDirectory());
const readme = (m: string) => {
  const f = path.join(MODULES, m, 'README.md');
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '';
};

/** Names of the @Query / @Mutation methods of a resolver source (the method after the decorators). */
export function operationsOf(source: string): string[] {
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
          if (!new RegExp('`' + op + '[`(: ]').test(text)) missing.push(`${m}/README.md: ${op}`);
        }
      }
    }
    expect(total).toBeGreaterThan(90);
    expect(missing).toEqual([]);
  });

  it('describes every table of the database in some module README', async () => {
    const rows = await ownerQuery<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    expect(rows.length).toBeGreaterThan(25);
    const all = modules.map(readme).join('\n');
    expect(rows.map((r) => r.name).filter((t) => !new RegExp('`' + t + '[` (]').test(all))).toEqual([]);
  });

  it('finds operations after stacked decorators', () => {
    expect(operationsOf("  @Authorized('a')\n  @Query(() => X, { description: 'q' })\n  async things(@Ctx() c: C) {}\n  @Mutation(() => Y)\n  @Authorized('b')\n  doIt(@Arg('x') x: string) {}")).toEqual(['things', 'doIt']);
  });
});
