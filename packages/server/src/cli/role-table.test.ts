import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../modules/auth/roles';
import { renderRoleTables, withRoleTables } from './role-table';

const README = path.join(__dirname, '..', '..', '..', '..', 'README.md');

describe('README role tables (generated from roles.ts)', () => {
  it('README.md holds the tables generated from roles.ts (run `pnpm cli docs:roles` when this fails)', () => {
    const text = fs.readFileSync(README, 'utf8');
    expect(withRoleTables(text)).toBe(text);
  });

  it('has one row per role and marks exactly the permissions roles.ts grants', () => {
    const rows = renderRoleTables().split('\n');
    for (const r of ROLES) expect(rows.some((l) => l.includes(`\`${r.code}\``))).toBe(true);
    const header = rows.find((l) => l.startsWith('| 权限 |'))!.split('|').slice(2, -1).map((s) => s.trim());
    expect(header).toEqual(ROLES.map((r) => r.name));
    // Villages may export (the hand-written table once said they could not).
    const exportRow = rows.find((l) => l.includes('(`household.export`)'))!.split('|').slice(2, -1).map((s) => s.trim());
    ROLES.forEach((r, i) => expect(exportRow[i] === '✓').toBe(r.permissions.includes('household.export')));
    expect(exportRow[ROLES.findIndex((r) => r.code === 'VILLAGE_WINDOW')]).toBe('✓');
  });

  it('refuses a README without the markers', () => {
    expect(() => withRoleTables('# no tables here\n')).toThrow(/role-table/);
  });
});
