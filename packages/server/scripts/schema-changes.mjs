#!/usr/bin/env node
// Breaking-change check of the GraphQL contract (docs/api-contract.md § Changing the contract).
// Compares packages/server/schema.graphql with the same file at the base commit (SCHEMA_BASE,
// default HEAD~1) using @graphql-inspector/core. Breaking changes fail the check unless the change
// is acknowledged for integrators: docs/api-changes.md differs from the base (a new entry that
// names them). Dangerous changes (e.g. a new enum value) are listed but never fail.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCHEMA = 'packages/server/schema.graphql';
const CHANGELOG = 'docs/api-changes.md';
const base = process.env.SCHEMA_BASE || 'HEAD~1';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let before;
try {
  git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
} catch {
  console.log(`schema changes: base ${base} is not available (first commit or shallow clone): nothing to compare`);
  process.exit(0);
}
try {
  before = git('show', `${base}:${SCHEMA}`);
} catch {
  console.log(`schema changes: ${SCHEMA} does not exist at ${base}: nothing to compare`);
  process.exit(0);
}
const after = readFileSync(path.join(root, SCHEMA), 'utf8');

const changes = await diff(buildSchema(before), buildSchema(after));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
const safe = changes.length - breaking.length - dangerous.length;

console.log(`schema changes since ${base}: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe} safe`);
for (const c of dangerous) console.log(`  dangerous: ${c.message}`);
for (const c of breaking) console.log(`  BREAKING:  ${c.message}`);
if (!breaking.length) process.exit(0);

const acknowledged = git('diff', '--name-only', base, '--', CHANGELOG).trim() !== '';
if (acknowledged) {
  console.log(`breaking changes acknowledged in ${CHANGELOG}`);
  process.exit(0);
}
console.error(
  `\n${breaking.length} breaking change(s) to the GraphQL contract. Integrators must get notice: add an entry to ${CHANGELOG} ` +
    `(date, what breaks, what to do instead) in the same commit, or make the change additive (docs/api-contract.md).`,
);
process.exit(1);
