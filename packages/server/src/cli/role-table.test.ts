import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../modules/auth/roles';
import { DEMO_ACCOUNTS } from '../seed/demo';
import { menuOf, renderDemoAccounts, renderRoleTables, withRoleTables } from './role-table';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const README = path.join(ROOT, 'README.md');
const ROUTES = fs.readFileSync(path.join(ROOT, 'packages', 'console', 'src', 'routes.tsx'), 'utf8');

describe('README generated tables (roles.ts, demo accounts, console routes)', () => {
  it('README.md holds the tables generated from the code (run `pnpm cli docs:roles` when this fails)', () => {
    const text = fs.readFileSync(README, 'utf8');
    expect(withRoleTables(text, ROUTES)).toBe(text);
  });

  it('has one row per role and marks exactly the permissions roles.ts grants', () => {
    const rows = renderRoleTables().split('\n');
    for (const r of ROLES) expect(rows.some((l) => l.includes(`\`${r.code}\``))).toBe(true);
    const header = rows
      .find((l) => l.startsWith('| 权限 |'))!
      .split('|')
      .slice(2, -1)
      .map((s) => s.trim());
    expect(header).toEqual(ROLES.map((r) => r.name));
    // Villages may export (the hand-written table once said they could not).
    const exportRow = rows
      .find((l) => l.includes('(`household.export`)'))!
      .split('|')
      .slice(2, -1)
      .map((s) => s.trim());
    for (const [i, r] of ROLES.entries()) expect(exportRow[i] === '✓').toBe(r.permissions.includes('household.export'));
    expect(exportRow[ROLES.findIndex((r) => r.code === 'VILLAGE_WINDOW')]).toBe('✓');
  });

  it('lists each demo account with the menu entries its role may open', () => {
    const rows = renderDemoAccounts(ROUTES).split('\n').slice(2);
    expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
    const menuOfUser = (u: string) =>
      rows
        .find((r) => r.startsWith(`| \`${u}\``))!
        .split('|')[5]
        .trim()
        .split('、');
    expect(menuOfUser('xinxi01')).toContain('线索报送');
    expect(menuOfUser('xinxi01')).not.toContain('户籍台账');
    expect(menuOfUser('cun01')).toContain('后台任务');
    expect(menuOfUser('auditadmin')).toContain('操作日志');
    expect(menuOfUser('sysadmin')).not.toContain('操作日志');
    // Hidden routes (details, forms) and the login page are not menu entries.
    const names = menuOf(ROUTES).map((m) => m.name);
    expect(names).not.toContain('登录');
    expect(names).not.toContain('家庭详情');
  });

  it('refuses a README without the markers', () => {
    expect(() => withRoleTables('# no tables here\n', ROUTES)).toThrow(/markers/);
  });
});
