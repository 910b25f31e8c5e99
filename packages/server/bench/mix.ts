import type { Client } from 'pg';
import type { FieldCrypto } from '../src/shared/field-crypto';
import { COMMON_SURNAMES } from '../src/seed/households';
import { Rng } from '../src/seed/households/prng';
import type { SearchFilter } from './queries';

/** One request body of a load phase, labelled with its kind. */
export type MixBody = { kind: string; body: string };

/**
 * Request mix, as a window clerk searches: 30% full name (name of a real person, district-wide),
 * 10% bare surname (the broad worst case, capped count), 30% exact ID (blind index), 30% area + tier.
 */
export async function searchMix(owner: Client, fieldCrypto: FieldCrypto, query: string): Promise<MixBody[]> {
  const rng = new Rng(7);
  const ids = (await owner.query<{ id_enc: string }>(`select id_enc from person tablesample system (0.2) limit 300`)).rows.map((r) =>
    fieldCrypto.decrypt(r.id_enc),
  );
  const names = (await owner.query<{ name: string }>(`select name from person tablesample system (0.2) limit 300`)).rows.map((r) => r.name);
  const areas = (await owner.query<{ code: string }>(`select code from area where level in (2, 3) order by code`)).rows.map((r) => r.code);
  if (!ids.length || !areas.length) throw new Error('no persons or areas to build the search mix from');
  const bodies: MixBody[] = [];
  for (let i = 0; i < 1000; i++) {
    const r = rng.next();
    let filter: SearchFilter;
    let kind: string;
    if (r < 0.3) [kind, filter] = ['full name', { keyword: rng.pick(names) }];
    else if (r < 0.4) [kind, filter] = ['surname prefix', { keyword: rng.pick(COMMON_SURNAMES) }];
    else if (r < 0.7) [kind, filter] = ['exact ID', { idNumber: rng.pick(ids) }];
    else [kind, filter] = ['area + tier', { areaCode: rng.pick(areas), tier: rng.pick(['T1', 'T2', 'T3', 'T4']) }];
    bodies.push({ kind, body: JSON.stringify({ query, variables: { filter, page: 1, pageSize: 20 } }) });
  }
  return bodies;
}
