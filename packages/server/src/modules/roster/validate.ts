import { createHash } from 'node:crypto';
import { datasetDef } from './datasets';
import { RowReader, type ValidationContext } from './fields';
import { fileError } from './read/errors';
import type { Dataset, RecordOf, RowError } from './records';

export type { ValidationContext } from './fields';

/** Header cells compared loosely: NFKC (full-width brackets and letters), no white space. */
function headerKey(h: string): string {
  return h.normalize('NFKC').replace(/\s/g, '');
}

/** Where each template column sits in the file (column order is free; extra columns are ignored). */
export interface HeaderMap {
  dataset: Dataset;
  /** template header → index of the file's column (absent: optional column not in the file) */
  index: Map<string, number>;
}

/**
 * Maps a file's header to the dataset's template columns; BAD_USER_INPUT reason BAD_HEADER listing
 * the missing required columns. “月救助金额（元）” matches “月救助金额(元)” (NFKC).
 */
export function mapHeader(dataset: Dataset, header: string[]): HeaderMap {
  const def = datasetDef(dataset);
  const positions = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !positions.has(k)) positions.set(k, i);
  });
  const index = new Map<string, number>();
  const missing: string[] = [];
  for (const c of def.columns) {
    const i = positions.get(headerKey(c.header));
    if (i !== undefined) index.set(c.header, i);
    else if (c.required) missing.push(c.header);
  }
  if (missing.length > 0) {
    throw fileError('BAD_HEADER', `表头与“${def.name}”模板不符，缺少列：${missing.join('、')}；请使用下载的模板`, { missing });
  }
  return { dataset, index };
}

/**
 * For `openTable`'s `isHeader`: a row is the dataset's header when it names 姓名, 身份证号 and at
 * least half of the dataset's required columns (so a title row above the header is skipped).
 */
export function headerMatcher(dataset: Dataset): (cells: string[]) => boolean {
  const required = datasetDef(dataset)
    .columns.filter((c) => c.required)
    .map((c) => headerKey(c.header));
  return (cells) => {
    const keys = new Set(cells.map(headerKey));
    const found = required.filter((k) => keys.has(k)).length;
    return keys.has('姓名') && keys.has('身份证号') && found * 2 >= required.length;
  };
}

/** A file row's cells keyed by template header ('' for columns the file does not have). */
export function cellsByHeader(map: HeaderMap, cells: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of datasetDef(map.dataset).columns) {
    const i = map.index.get(c.header);
    out[c.header] = i === undefined ? '' : (cells[i] ?? '');
  }
  return out;
}

export type RowResult<D extends Dataset> = { record: RecordOf[D]; errors?: undefined } | { record?: undefined; errors: RowError[] };

/**
 * Validates one row (cells by template header) of a dataset: the record, or every error of the row
 * (not only the first), each with its code, column and Chinese message.
 */
export function validateRow<D extends Dataset>(dataset: D, cells: Record<string, string>, ctx: ValidationContext): RowResult<D> {
  const r = new RowReader(cells, ctx);
  const record = datasetDef(dataset).parse(r);
  if (r.errors.length > 0 || record === null) {
    return { errors: r.errors.length > 0 ? r.errors : [{ code: 'MISSING_FIELD', column: null, message: '该行数据不完整' }] };
  }
  return { record };
}

/** JSON with object keys sorted, so the key order of a record never matters. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

/**
 * A stable key of a valid row: hex SHA-256 of the dataset and the normalised record. The same row
 * gives the same key from a GBK CSV, a UTF-8 CSV or an xlsx (idempotent re-imports, duplicates
 * within a file).
 */
export function rowKey<D extends Dataset>(dataset: D, record: RecordOf[D]): string {
  return createHash('sha256')
    .update(`${dataset}\n${canonical(record)}`)
    .digest('hex');
}
