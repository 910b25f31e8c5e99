/**
 * Row decoders: raw SQL rows (`*.query.ts` read models, `sqlRows`, `scopedReadBatch`) are checked at
 * the boundary instead of being cast (`as unknown as T`). A decoder names every field of the row type
 * (the compiler checks that none is missing), checks each value's kind, and returns a new object with
 * exactly those fields. A mismatch is a programming error (SQL and type drifted apart): it throws
 * RowShapeError naming the field, which reaches the client as INTERNAL_SERVER_ERROR.
 *
 * Kinds follow what node-postgres returns: int4 → number, int8/numeric → text (`digits`), date → text
 * when selected as `::text` (`isoDate`), timestamps → Date (`sqlRows` converts `at`/`…At`/`…Until`),
 * json/jsonb → parsed value (`json`, checked by its consumer).
 */

export type Decoder<T> = (value: unknown, at: string) => T;

/** One decoder per field of T. */
export type Fields<T> = { [K in keyof T]-?: Decoder<T[K]> };

export class RowShapeError extends Error {
  constructor(at: string, expected: string, value: unknown) {
    super(`row shape: ${at} should be ${expected}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`);
    this.name = 'RowShapeError';
  }
}

const check =
  <T>(expected: string, ok: (v: unknown) => boolean): Decoder<T> =>
  (v, at) => {
    if (!ok(v)) throw new RowShapeError(at, expected, v);
    return v as T;
  };

export const text: Decoder<string> = check('text', (v) => typeof v === 'string');
export const int: Decoder<number> = check('an integer', (v) => typeof v === 'number' && Number.isInteger(v));
export const num: Decoder<number> = check('a number', (v) => typeof v === 'number' && Number.isFinite(v));
export const bool: Decoder<boolean> = check('a boolean', (v) => typeof v === 'boolean');
export const timestamp: Decoder<Date> = check('a timestamp', (v) => v instanceof Date && !Number.isNaN(v.getTime()));
/** A date selected as `::text` (YYYY-MM-DD). */
export const isoDate: Decoder<string> = check('a date (YYYY-MM-DD)', (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
/** int8 / numeric as PostgreSQL text. */
export const digits: Decoder<string> = check('a number as text', (v) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v));
/** A json/jsonb value; its consumer checks the inside. */
export const json: Decoder<unknown> = check('a JSON value', (v) => v !== undefined);
export const jsonObject: Decoder<Record<string, unknown>> = check('a JSON object', (v) => typeof v === 'object' && v !== null && !Array.isArray(v));

export function nullable<T>(d: Decoder<T>): Decoder<T | null> {
  return (v, at) => (v === null ? null : d(v, at));
}

export function arrayOf<T>(d: Decoder<T>): Decoder<T[]> {
  return (v, at) => {
    if (!Array.isArray(v)) throw new RowShapeError(at, 'an array', v);
    return v.map((x, i) => d(x, `${at}[${i}]`));
  };
}

/** One of a closed set of codes (statuses, kinds …). */
export function oneOf<const T extends string>(values: readonly T[]): Decoder<T> {
  const set = new Set<string>(values);
  return check(`one of ${values.join('/')}`, (v) => typeof v === 'string' && set.has(v));
}

/** A row (or a JSON object inside one) with exactly the fields of T. */
export function row<T>(fields: Fields<T>): Decoder<T> {
  const keys = Object.keys(fields) as Array<keyof T & string>;
  return (v, at) => {
    if (typeof v !== 'object' || v === null) throw new RowShapeError(at, 'a row', v);
    const src = v as Record<string, unknown>;
    const out = {} as T;
    for (const k of keys) {
      if (!(k in src)) throw new RowShapeError(`${at}.${k}`, 'present (column missing from the SELECT)', undefined);
      out[k] = fields[k](src[k], `${at}.${k}`);
    }
    return out;
  };
}

/** Checks every row; `what` names the statement in the error (e.g. 'calendar_day'). */
export function decodeRows<T>(rows: readonly unknown[], d: Decoder<T>, what: string): T[] {
  return rows.map((r, i) => d(r, `${what}[${i}]`));
}
