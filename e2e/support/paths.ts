import path from 'node:path';

/** Repository root, resolved from this file (never a hard-coded checkout path). */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverDir = path.join(repoRoot, 'packages', 'server');
export const consoleIndex = path.join(repoRoot, 'packages', 'console', 'dist', 'index.html');
export const portalIndex = path.join(repoRoot, 'packages', 'portal', 'dist', 'index.html');

/** Screenshots the tests keep on purpose (e2e/artifacts/, uploaded by CI; not test-results/). */
export function artifact(fileName: string): string {
  return path.join(repoRoot, 'e2e', 'artifacts', fileName);
}
