import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Object or interface type, by shape: Apollo and type-graphql may load graphql's CJS build and this file its ESM one (instanceof fails across them). */
interface Composite {
  name: string;
  getFields(): Record<string, { type: unknown }>;
}
const composite = (t: unknown): Composite | null => (t && typeof (t as Composite).getFields === 'function' ? (t as Composite) : null);
const named = (t: unknown): unknown => {
  let x = t as { ofType?: unknown };
  while (x?.ofType) x = x.ofType as { ofType?: unknown };
  return x;
};

/**
 * Cost weights of the expensive fields (S3, P8). graphql-armor's cost limit counts the shape of a query
 * (every field 1–2 points), so 15 aliases of a field that evaluates hundreds of households cost next to
 * nothing there. Here a field carries a weight of roughly 10 ms of server work per unit; every
 * occurrence counts (aliases, fragments spread several times), and an operation above
 * `maxFieldCost` is refused before anything runs: HTTP 400, code `QUERY_TOO_EXPENSIVE`, Chinese message.
 * Unlisted fields weigh 0 here (the shape cost still applies).
 */
export const FIELD_COSTS: Record<string, number> = {
  // Rules engine over up to 800 households, twice (sliced, but seconds of CPU).
  'Query.previewParameterVersion': 300,
  // Walks the whole operation log.
  'Query.auditVerify': 1000,
  // Each queues a job over a whole area (the job itself runs in the background).
  'Mutation.startSimulation': 200,
  'Mutation.startReassessment': 200,
  'Mutation.startHouseholdExport': 200,
  'Mutation.startListExport': 200,
  // One application: screening, referrals, clocks, events.
  'Mutation.registerApplication': 50,
  // Aggregates over every open referral in scope.
  'Query.supervisionBoard': 50,
  // Screening of one household or questionnaire (every program, with traces).
  'Query.screenHousehold': 20,
  'Query.screenFacts': 10,
  // Searches (index-backed, bounded pages).
  'Query.households': 20,
  'Query.auditLogs': 20,
};

export class FieldCostError extends GraphQLError {
  constructor(cost: number, max: number, worst: string) {
    super(`查询代价过高（${cost}，上限 ${max}）：${worst} 等高开销字段请分次请求，不要在一次请求中重复（别名）`, {
      extensions: { code: 'QUERY_TOO_EXPENSIVE', cost, maxCost: max, http: { status: 400 } },
    });
  }
}

/** The weighted cost of one operation: Σ weight × occurrences over the selection tree. */
export function fieldCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): { cost: number; worst: string | null } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  let worst: { name: string; w: number } | null = null;
  const walk = (set: SelectionSetNode, t: unknown, seen: Set<string>): number => {
    const type = composite(t);
    if (!type) return 0;
    const fields = type.getFields();
    let sum = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = fields[sel.name.value];
        if (!def) continue;
        const key = `${type.name}.${sel.name.value}`;
        const w = FIELD_COSTS[key] ?? 0;
        if (w && (!worst || w > worst.w)) worst = { name: sel.name.value, w };
        sum += w;
        if (sel.selectionSet) sum += walk(sel.selectionSet, named(def.type), seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        sum += walk(sel.selectionSet, t, seen);
      } else {
        const f = fragments.get(sel.name.value);
        if (!f || seen.has(f.name.value)) continue; // cycles are refused by validation anyway
        sum += walk(f.selectionSet, schema.getType(f.typeCondition.name.value), new Set([...seen, f.name.value]));
      }
    }
    return sum;
  };
  const cost = walk(operation.selectionSet, root, new Set());
  return { cost, worst: (worst as { name: string } | null)?.name ?? null };
}

/** Refuses operations whose weighted cost exceeds `maxFieldCost`, after validation and before execution. */
export function fieldCostPlugin(maxFieldCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation }) {
          if (!operation) return;
          const { cost, worst } = fieldCost(schema, document, operation);
          if (cost > maxFieldCost) throw new FieldCostError(cost, maxFieldCost, worst ?? '');
        },
      };
    },
  };
}
