import { createRequire } from 'node:module';
import type { GraphQLField, GraphQLObjectType, GraphQLSchema, GraphQLType } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';

// The schema is built by type-graphql with the CommonJS build of graphql; its type checks
// (`instanceof`) only accept types of that same module instance.
const { getNamedType, isLeafType, isNonNullType, isObjectType } = createRequire(`${process.cwd()}/package.json`)('graphql') as typeof import('graphql');

/**
 * Generates, from the application's own schema, one query per Query field that selects every
 * field reachable without arguments (with `__typename` on every object), so a new query or a new
 * nested field is walked without anyone writing it down. Used by the S1 isolation walk.
 */

const MAX_DEPTH = 6;

export interface WalkQuery {
  field: string;
  /** Operation text; variables as `$name` for every argument given. */
  text: string;
  variables: Record<string, unknown>;
}

function selection(type: GraphQLType, depth: number): string | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth >= MAX_DEPTH) return null;
  const parts = ['__typename'];
  for (const f of Object.values((named as GraphQLObjectType).getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const sub = selection(f.type, depth + 1);
    if (sub === null) continue;
    parts.push(sub ? `${f.name} { ${sub} }` : f.name);
  }
  return parts.join(' ');
}

/** The argument values a Query field needs: one call per entry (an empty entry = no arguments). */
export type ArgSets = Record<string, Array<Record<string, unknown>>>;

export interface WalkPlan {
  queries: WalkQuery[];
  /** Query fields with a required argument the caller gave no value for. */
  missingArgs: string[];
}

function query(f: GraphQLField<unknown, unknown>, vars: Record<string, unknown>): WalkQuery {
  const given = f.args.filter((a) => a.name in vars);
  const decl = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sub = selection(f.type, 1);
  const text = `query Walk_${f.name}${decl ? `(${decl})` : ''} { ${f.name}${args ? `(${args})` : ''}${sub ? ` { ${sub} }` : ''} }`;
  return { field: f.name, text, variables: vars };
}

/**
 * Every Query field, called once per argument set in `args` (or once without arguments when
 * none is required). Lists get `pageSize: 100` so a page holds the whole fixture.
 */
export async function planWalk(args: ArgSets): Promise<WalkPlan> {
  const schema: GraphQLSchema = await buildAppSchema();
  const queries: WalkQuery[] = [];
  const missingArgs: string[] = [];
  for (const f of Object.values(schema.getQueryType()!.getFields())) {
    const paged = f.args.some((a) => a.name === 'pageSize') ? { pageSize: 100 } : {};
    const required = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
    const sets = args[f.name] ?? (required.length ? null : [{}]);
    if (!sets) {
      missingArgs.push(f.name);
      continue;
    }
    for (const s of sets) queries.push(query(f, { ...paged, ...s }));
  }
  return { queries, missingArgs };
}
