/**
 * What every department may see of any household in its district (the "one shared" view),
 * defined once: name, masked ID, sex, age, relation, deceased mark, village, tier, every
 * department's benefits (and, with the verification issue, the latest verification conclusion).
 * Everything else (address, phone, facts, incomes, assets, history) is detail, shown only to
 * staff holding household.detail in their area, or to a department involved with the household.
 */
export const SHARED_PERSON_FIELDS = ['id', 'householdId', 'name', 'idMasked', 'sex', 'birthDate', 'age', 'relation', 'relationName', 'deceased', 'isHead'] as const;

export const SHARED_HOUSEHOLD_FIELDS = ['id', 'areaCode', 'areaName', 'tier', 'tierName', 'status', 'headName', 'memberCount', 'access', 'members', 'benefits'] as const;

export type AccessLevel = 'FULL' | 'SHARED';

/** Keeps only the shared fields of a record (others become null, so the API shape is stable). */
export function toShared<T extends object>(record: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = fields.includes(k) ? v : null;
  return out as T;
}
