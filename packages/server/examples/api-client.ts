/**
 * A small client of the 协救 integrator API (docs/api.md) — the use cases of a department system, runnable:
 *
 *   XIEJIU_URL=http://localhost:3000 XIEJIU_TOKEN=xjt_… npx tsx packages/server/examples/api-client.ts events
 *   … api-client.ts referrals | sign <id> <version> | refuse <id> <version> <reason> | match <身份证号>…
 *
 * Only Node ≥ 20 (fetch, node:crypto with SM3). test/integration-api.test.ts runs these functions against a real
 * server, so the guide cannot drift from the API.
 */
import crypto from 'node:crypto';

export class XiejiuError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class XiejiuClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** One GraphQL call; errors become XiejiuError with the typed code (`extensions.code`, e.g. FORBIDDEN, RATE_LIMITED). */
  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) throw new XiejiuError(body.errors[0].message, body.errors[0].extensions?.code ?? 'UNKNOWN', res.status);
    return body.data as T;
  }

  /** 变更事件: one page after `after` (null: from the start). Keep `nextCursor` and ask again. */
  events(after: string | null, limit = 100, types?: string[]) {
    return this.gql<{ events: { items: FeedEvent[]; nextCursor: string; hasMore: boolean } }>(
      `query($after: String, $limit: Int, $types: [IntegrationEventType!]) {
         events(after: $after, limit: $limit, types: $types) {
           items { cursor id type typeName entity entityId areaCode departmentIds occurredAt
                   payload { referralId receiptNo programCode departmentId householdId applicantNameMasked nameMasked fromStatus toStatus status monthlyAmountFen count } }
           nextCursor hasMore } }`,
      { after, limit, types },
    ).then((d) => d.events);
  }

  /** Every event after `after`, page by page; returns the events and the cursor to keep. */
  async allEventsAfter(after: string | null): Promise<{ events: FeedEvent[]; cursor: string | null }> {
    const events: FeedEvent[] = [];
    let cursor = after;
    for (;;) {
      const page = await this.events(cursor, 100);
      events.push(...page.items);
      cursor = page.nextCursor;
      if (!page.hasMore) return { events, cursor };
    }
  }

  /** 本令牌的回调地址 and their delivery counts (EVENTS_READ): alert when `failed` grows or `lastError` appears. */
  myWebhooks() {
    return this.gql<{
      myWebhookSubscriptions: Array<{ id: string; url: string; active: boolean; delivered: number; pending: number; failed: number; lastError: string | null }>;
    }>(`{ myWebhookSubscriptions { id url active delivered pending failed lastError } }`).then((d) => d.myWebhookSubscriptions);
  }

  /** 本部门转办单 (a token with REFERRAL_HANDLE sees only its department's). */
  referrals(status?: string) {
    return this.gql<{ referrals: { total: number; items: Array<{ id: string; version: number; receiptNo: string; programCode: string; status: string }> } }>(
      `query($f: ReferralFilterInput) { referrals(filter: $f, pageSize: 50) { total items { id version receiptNo programCode status } } }`,
      { f: status ? { statuses: [status] } : null },
    ).then((d) => d.referrals);
  }

  /** 签收 (several at once; each answers ok or why not). */
  sign(refs: Array<{ id: string; version: number }>) {
    return this.gql<{ signReferrals: Array<{ id: string; ok: boolean; message: string | null }> }>(
      `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { id ok message } }`,
      { r: refs },
    ).then((d) => d.signReferrals);
  }

  /** 不予批准 with the reason (批准 needs the amount and start month: `approve: true, monthlyAmountFen, startMonth`). */
  decide(ref: { id: string; version: number }, input: { approve: boolean; reason?: string; monthlyAmountFen?: number; startMonth?: string }) {
    return this.gql<{ decideReferral: { id: string; status: string; outcome: string; version: number } }>(
      `mutation($r: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $r, input: $i) { id status outcome version } }`,
      { r: ref, i: input },
    ).then((d) => d.decideReferral);
  }

  /** 身份比对 (医保、人社…): which of these ID numbers are 社会救助 / 优抚 objects (≤ 200 per call; logged). */
  matchIdentities(idNumbers: string[]) {
    return this.gql<{
      matchIdentities: Array<{
        input: string;
        valid: boolean;
        found: boolean;
        nameMasked: string | null;
        assistanceObject: boolean;
        programs: string[];
        statuses: string[];
      }>;
    }>(`mutation($ids: [String!]!) { matchIdentities(idNumbers: $ids) { input valid found nameMasked assistanceObject programs statuses } }`, {
      ids: idNumbers,
    }).then((d) => d.matchIdentities);
  }
}

export interface FeedEvent {
  cursor: string;
  id: string;
  type: string;
  typeName: string;
  entity: string;
  entityId: string | null;
  areaCode: string;
  departmentIds: string[];
  occurredAt: string;
  payload: Record<string, unknown>;
}

/**
 * Verifies a webhook call (the receiver's side): `X-Xiejiu-Signature: hmac-sm3=<hex>` is HMAC-SM3 with the
 * subscription's secret over `<X-Xiejiu-Timestamp>.<raw body>`; the timestamp must be recent (replays), and a
 * delivery id already handled is acknowledged without doing the work again (a retry after a lost answer).
 */
export function verifyWebhook(secret: string, headers: Record<string, string | string[] | undefined>, rawBody: string, maxAgeSeconds = 300): boolean {
  const h = (k: string) => {
    const v = headers[k.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  };
  const timestamp = h('x-xiejiu-timestamp');
  const signature = h('x-xiejiu-signature');
  if (!timestamp || !signature?.startsWith('hmac-sm3=')) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > maxAgeSeconds) return false;
  const expected = crypto.createHmac('sm3', secret).update(`${timestamp}.${rawBody}`).digest();
  const given = Buffer.from(signature.slice('hmac-sm3='.length), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

async function main(argv: string[]): Promise<void> {
  const client = new XiejiuClient(process.env.XIEJIU_URL ?? 'http://localhost:3000', process.env.XIEJIU_TOKEN ?? '');
  const [cmd, ...args] = argv;
  const print = (v: unknown): void => {
    process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
  };
  if (cmd === 'events') return print(await client.allEventsAfter(args[0] ?? null));
  if (cmd === 'referrals') return print(await client.referrals(args[0]));
  if (cmd === 'sign') return print(await client.sign([{ id: args[0], version: Number(args[1]) }]));
  if (cmd === 'refuse') return print(await client.decide({ id: args[0], version: Number(args[1]) }, { approve: false, reason: args[2] }));
  if (cmd === 'match') return print(await client.matchIdentities(args));
  process.stderr.write('usage: api-client.ts events [after] | referrals [status] | sign <id> <version> | refuse <id> <version> <reason> | match <id>…\n');
  process.exitCode = 2;
}

if (process.argv[1]?.endsWith('api-client.ts')) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof XiejiuError ? `${e.code}: ${e.message}` : String(e)}\n`);
    process.exitCode = 1;
  });
}
