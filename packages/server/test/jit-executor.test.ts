import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitGateway } from '../src/graphql/jit-executor';
import { buildAppSchema } from '../src/graphql/schema';

/**
 * The executor Apollo runs operations with (ADR 0022): graphql-js for cold operation texts, graphql-jit once
 * a text is hot. The rest of the suite runs with GRAPHQL_JIT=1 (compiled from the first use, test/harness.ts);
 * here: when it compiles, that both paths answer the same, errors included, and that it stays bounded.
 */
async function executorOf(hotAfter: number | null) {
  const schema = await buildAppSchema();
  const gateway = jitGateway(schema, hotAfter);
  const { executor } = await gateway.load({ apollo: {} });
  const run = (query: string, variables: Record<string, unknown> = {}, context: unknown = {}) => {
    const document = parse(query);
    return executor!({
      request: { query, variables },
      document,
      operation: document.definitions[0],
      queryHash: query,
      operationName: null,
      context,
    } as never);
  };
  return { gateway, run };
}

const INTROSPECTION = `query($name: String!) {
  __type(name: $name) { name kind fields { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name } } } }
  __schema { queryType { name } mutationType { name } }
}`;

describe('jit executor', () => {
  it('runs a text through graphql-js until it is hot, then compiled, with the same answer', async () => {
    const { gateway, run } = await executorOf(2);
    const cold = await run(INTROSPECTION, { name: 'HouseholdPage' });
    expect(gateway.stats()).toMatchObject({ compiled: 0, plainRuns: 1, jitRuns: 0 });
    const hot = await run(INTROSPECTION, { name: 'HouseholdPage' });
    expect(gateway.stats()).toMatchObject({ compiled: 1, plainRuns: 1, jitRuns: 1 });
    expect(hot).toEqual(cold);
    expect((cold.data as { __type: { fields: unknown[] } }).__type.fields.length).toBeGreaterThan(3);
    // Other variables, same compiled text.
    const other = await run(INTROSPECTION, { name: 'Household' });
    expect(gateway.stats()).toMatchObject({ compiled: 1, jitRuns: 2 });
    expect((other.data as { __type: { name: string } }).__type.name).toBe('Household');
  });

  it('reports a failing resolver the same way on both paths (message, path, partial data)', async () => {
    const { run } = await executorOf(2);
    // No request context: the resolver of `me` fails.
    const q = `{ __typename me { id } }`;
    const cold = await run(q);
    const hot = await run(q);
    expect(cold.errors?.length).toBe(1);
    expect(hot.errors?.map((e) => [e.message, e.path])).toEqual(cold.errors?.map((e) => [e.message, e.path]));
    expect(hot.data).toEqual(cold.data);
  });

  it('answers refused variables with graphql-js’s errors (Apollo’s BAD_USER_INPUT), and never compiles a mutation', async () => {
    const { gateway, run } = await executorOf(1);
    const q = `query($name: String!) { __type(name: $name) { name } }`;
    const refused = await run(q, { name: 42 });
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].message).toMatch(/^Variable "\$name" got invalid value 42/);
    expect(refused.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
    expect(gateway.stats()).toMatchObject({ compiled: 1, jitRuns: 0, plainRuns: 1 });
    // The error objects of the compiled path can be rewritten by plugins (graphql-armor masks suggestions).
    const failing = await run(`{ me { id } }`);
    expect(gateway.stats()).toMatchObject({ jitRuns: 1 });
    failing.errors![0].message = 'masked';
    expect(failing.errors![0].message).toBe('masked');
    for (let i = 0; i < 3; i++) await run(`mutation { logout }`);
    expect(gateway.stats()).toMatchObject({ compiled: 2, plainRuns: 4 });
  });

  it('compiles nothing when off, and nothing for texts seen once', async () => {
    const off = await executorOf(null);
    for (let i = 0; i < 3; i++) await off.run(`{ __typename }`);
    expect(off.gateway.stats()).toMatchObject({ compiled: 0, plainRuns: 3, jitRuns: 0 });
    const on = await executorOf(2);
    for (let i = 0; i < 50; i++) await on.run(`{ a${i}: __typename }`);
    expect(on.gateway.stats()).toMatchObject({ compiled: 0, plainRuns: 50 });
  });
});
