import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/** One entry of the console's routes table, as far as the accessibility sweep needs it. */
export interface ConsoleRoute {
  path: string;
  name: string;
  /** Required permissions, any one of them; undefined = any signed-in user. */
  access?: string[];
  /** Outside the shell and reachable signed out (/login). */
  public: boolean;
}

/** `access: 'p'` or `access: ['p', 'q']` (any of them). */
function accessOf(entry: string): string[] | undefined {
  const one = /access: '([^']+)'/.exec(entry)?.[1];
  if (one) return [one];
  const list = /access: \[([^\]]*)\]/.exec(entry)?.[1];
  return list ? [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]) : undefined;
}

/**
 * Reads `packages/console/src/routes.tsx` as text (the e2e package does not import the console's
 * React code), so a page added to the table is swept without touching the tests. Fails loudly when
 * the table's shape changes and nothing can be read.
 */
export function consoleRoutes(): ConsoleRoute[] {
  const file = path.join(repoRoot, 'packages', 'console', 'src', 'routes.tsx');
  const source = fs.readFileSync(file, 'utf8');
  const table = source.slice(source.indexOf('export const routes'));
  const routes = [...table.matchAll(/\{\s*path: '([^']+)',\s*name: '([^']+)',([\s\S]*?)component:/g)].map(([, p, name, rest]) => ({
    path: p,
    name,
    access: accessOf(rest),
    public: /layout: false/.test(rest),
  }));
  if (routes.length < 5) throw new Error(`could not read the routes table of ${file} (found ${routes.length} routes)`);
  return routes;
}
