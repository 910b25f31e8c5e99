/**
 * The GraphQL text the benchmarks send — kept in this one place. When the ledger's search
 * query changes shape, change it here.
 */

/** Trivial query: the P3 throughput reference (auth + GraphQL execution, one tiny read). */
export const TRIVIAL_QUERY = `query BenchTrivial { me { id } }`;

/** Auth-only baseline for P4 statement counts (context resolution, no resolver reads). */
export const BASELINE_QUERY = `query BenchBaseline { __typename }`;

/** The ledger's household search (issue 3): `households(filter: HouseholdFilterInput, page, pageSize)`. */
export const SEARCH_FIELD = 'households';
export const SEARCH_SELECTION = `total items { id address tier members { name idMasked relation } }`;

/**
 * Household search with variables. `filterType` is the declared type of the `filter`
 * argument (read from the schema by introspection, e.g. `HouseholdFilterInput`).
 */
export const searchQuery = (filterType: string) =>
  `query BenchSearch($filter: ${filterType}, $page: Int!, $pageSize: Int!) {
  ${SEARCH_FIELD}(filter: $filter, page: $page, pageSize: $pageSize) { ${SEARCH_SELECTION} }
}`;

export interface SearchFilter {
  keyword?: string;
  areaCode?: string;
  tier?: string;
  programCode?: string;
  benefitStatus?: string;
  idNumber?: string;
}

/**
 * Stand-in list query (BENCH_FALLBACK=1) to exercise the harness before the search exists:
 * areas with paging — not a measurement of the ledger.
 */
export const FALLBACK_FIELD = 'areas';
export const fallbackQuery = () =>
  `query BenchFallback($keyword: String, $page: Int!, $pageSize: Int!) {
  areas(keyword: $keyword, page: $page, pageSize: $pageSize) { total items { code name level } }
}`;

/** Introspection of the Query field arguments (development servers have introspection on). */
export const INTROSPECT_QUERY_ARGS = `query BenchIntrospect {
  __schema { queryType { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } } } }
}`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}

/** `{kind: NON_NULL, ofType: {name: X}}` → `X!`. */
export function typeString(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeString(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeString(t.ofType!)}]`;
  return t.name!;
}

export type IntrospectedFields = Array<{ name: string; args: Array<{ name: string; type: TypeRef }> }>;
