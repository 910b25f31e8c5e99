import { areaLevel, dateOfDayNumber, dayNumber, isCalendarDate, normaliseIdInput, parseIdNumber, parsePersonName } from '@xiejiu/rules';
import { normalisePhone } from '../household/identity';
import type { RowError, RowErrorCode } from './records';

/**
 * Field parsers shared by the dataset definitions (datasets.ts): each reads one cell of a row by its
 * template header, records a RowError (Chinese message naming the column) when the value is wrong
 * and returns the normalised value, or null (missing or wrong). See README.md for the rules.
 */

/** What validation needs from the caller, preloaded (all lookups are synchronous). */
export interface ValidationContext {
  /** Today, 'YYYY-MM-DD' (service clock): bounds birth dates and dates that cannot lie ahead. */
  today: string;
  /** Known program codes → owning department code. */
  programs: Map<string, string>;
  /** The importer's department; null = system (may import any program). */
  departmentCode: string | null;
  /** True for an existing village (level 3, 12 digits). */
  areaExists(code12: string): boolean;
  /** True when the village is inside the importer's scope. */
  inScope(code12: string): boolean;
}

export class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    private readonly cells: Record<string, string>,
    readonly ctx: ValidationContext,
  ) {}

  fail(code: RowErrorCode, column: string | null, message: string): null {
    this.errors.push({ code, column, message });
    return null;
  }

  /** Whether the column already has an error (later cross-checks skip it). */
  hasError(column: string): boolean {
    return this.errors.some((e) => e.column === column);
  }

  raw(column: string): string {
    return this.cells[column] ?? '';
  }

  /** The cell without the leading apostrophe that forces text in a spreadsheet ('110101…). */
  digits(column: string): string {
    return this.raw(column).replace(/^['‘’`]/, '');
  }

  /** The trimmed text; MISSING_FIELD when required and empty; TOO_LONG past `max` characters. */
  text(column: string, required: true, max: number): string | null;
  text(column: string, required: boolean, max: number): string | null;
  text(column: string, required: boolean, max: number): string | null {
    const v = this.raw(column);
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    const len = [...v].length;
    if (len > max) return this.fail('TOO_LONG', column, `${column}不能超过 ${max} 个字（现有 ${len} 个字）`);
    return v;
  }

  name(column = '姓名'): string | null {
    if (this.raw(column) === '') return this.fail('MISSING_FIELD', column, `请填写${column}`);
    const r = parsePersonName(this.raw(column));
    if (!r.ok) return this.fail('BAD_NAME', column, `${column}有误：${r.message}`);
    return r.value;
  }

  idNumber(column: string, required = true): string | null {
    const v = this.digits(column);
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    const r = parseIdNumber(v, new Date(`${this.ctx.today}T00:00:00Z`));
    if (r.ok) return r.value.idNumber;
    if (r.error === 'FORMAT') {
      const hint = /E\+?\d+$/i.test(v) || /0{3}$/.test(v) ? '；若在 Excel 中填写，请把该列设为“文本”格式后重新输入' : '';
      return this.fail('BAD_ID_FORMAT', column, `${column}格式错误：应为18位（末位可为X）或15位数字${hint}`);
    }
    if (r.error === 'DATE') return this.fail('BAD_BIRTH_DATE', column, `${column}中的出生日期不存在或晚于今天`);
    const first17 = normaliseIdInput(v).slice(0, 17);
    return this.fail('BAD_CHECK_DIGIT', column, `${column}校验位错误（应为 ${checkCharOf(first17)}），请核对`);
  }

  /**
   * Money in yuan (or 万元 with `unit: 10000`): digits with up to 2 decimals (6 for 万元), optional
   * thousands separators, a leading ¥ and a trailing 元; ≥ 0 and ≤ `maxYuan` → integer fen.
   */
  amount(column: string, required: boolean, maxYuan: number, unit: 1 | 10000 = 1): number | null {
    const v = this.raw(column);
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    const fen = parseFen(v, unit);
    const unitName = unit === 1 ? '元' : '万元';
    if (fen === null) {
      return this.fail('BAD_AMOUNT', column, `${column}“${v}”不是有效金额：应为不小于 0 的数字，单位${unitName}，最多 ${unit === 1 ? 2 : 6} 位小数`);
    }
    if (fen > maxYuan * 100) return this.fail('BAD_AMOUNT', column, `${column}“${v}”超过上限 ${maxYuan.toLocaleString('en-US')} 元`);
    return fen;
  }

  /** A plain decimal ≥ 0 with up to 2 decimals (e.g. 建筑面积). */
  decimal(column: string, required: boolean, max: number): number | null {
    const v = this.raw(column).replace(/,/g, '');
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    if (!/^\d+(\.\d{1,2})?$/.test(v) || Number(v) > max) {
      return this.fail('BAD_NUMBER', column, `${column}“${this.raw(column)}”应为 0 至 ${max} 之间的数字，最多 2 位小数`);
    }
    return Number(v);
  }

  /** A date in any accepted form (see `parseDate`); `past`: not after today. */
  date(column: string, required: boolean, opts: { past?: boolean } = {}): string | null {
    const v = this.raw(column);
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    const d = parseDate(v);
    if (!d) return this.fail('BAD_DATE', column, `${column}“${v}”不是有效日期，请写成 2026-01-05 的形式`);
    if (d < '1900-01-01' || d > '2099-12-31') return this.fail('BAD_DATE', column, `${column}“${v}”超出有效范围`);
    if (opts.past && d > this.ctx.today) return this.fail('BAD_DATE', column, `${column}“${v}”晚于今天`);
    return d;
  }

  /** `to` before `from` → BAD_DATE on the `to` column. */
  dateOrder(fromColumn: string, from: string | null, toColumn: string, to: string | null): void {
    if (from && to && to < from) this.fail('BAD_DATE', toColumn, `${toColumn}（${to}）早于${fromColumn}（${from}）`);
  }

  /** One code of `labels`: the code (any case), its Chinese label or a synonym; else BAD_CODE listing the labels. */
  code<K extends string>(column: string, required: boolean, labels: Record<K, string>, synonyms: Record<string, K> = {}): K | null {
    const v = this.raw(column);
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    const found = lookupCode(v, labels, synonyms);
    if (found) return found;
    return this.fail('BAD_CODE', column, `${column}“${v}”无法识别，应为：${Object.values<string>(labels).join('、')}`);
  }

  /** A 12-digit village code that exists; `scoped`: also inside the importer's scope. */
  area(column: string, required: boolean, scoped: boolean): string | null {
    const v = this.digits(column).replace(/\s/g, '');
    if (v === '') return required ? this.fail('MISSING_FIELD', column, `请填写${column}`) : null;
    if (areaLevel(v) !== 3 || !this.ctx.areaExists(v)) {
      return this.fail('UNKNOWN_AREA', column, `${column}“${v}”不是已登记的村（社区）代码（12 位统计用区划代码）`);
    }
    if (scoped && !this.ctx.inScope(v)) return this.fail('OUT_OF_SCOPE', column, `${column}“${v}”不在您的管辖范围内`);
    return v;
  }

  phone(column: string): string | null {
    const v = this.digits(column);
    if (v === '') return null;
    try {
      return normalisePhone(v);
    } catch {
      return this.fail('BAD_PHONE', column, `${column}“${v}”应为 11 位手机号码或带区号的固定电话`);
    }
  }
}

const CHECK = '10X98765432';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Code by code (case-insensitive), label or synonym (after removing spaces), else null. */
export function lookupCode<K extends string>(raw: string, labels: Record<K, string>, synonyms: Record<string, K> = {}): K | null {
  const v = raw.replace(/[\s\u3000]/g, '');
  const upper = v.toUpperCase();
  for (const [code, label] of Object.entries<string>(labels)) {
    if (code === upper || label === v) return code as K;
  }
  return synonyms[v] ?? null;
}

/**
 * Yuan (unit 1) or 万元 (unit 10000) text → fen, exactly (no floating point). Null when malformed,
 * negative or with more decimals than fen allow.
 */
export function parseFen(raw: string, unit: 1 | 10000): number | null {
  let v = raw.replace(/[\s\u3000]/g, '').replace(/^[¥￥]/, '');
  v = unit === 1 ? v.replace(/元$/, '') : v.replace(/万元$/, '');
  if (/,/.test(v)) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) return null;
    v = v.replace(/,/g, '');
  }
  const maxDecimals = unit === 1 ? 2 : 6;
  const m = /^(\d+)(?:\.(\d*))?$/.exec(v);
  if (!m) return null;
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length > maxDecimals) return null;
  // fen = digits × unit × 100, computed on the digit string
  const scale = unit === 1 ? 2 : 6;
  const digits = `${m[1]}${decimals.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  const fen = Number(digits);
  return Number.isSafeInteger(fen) ? fen : null;
}

/**
 * A date as people write it → 'YYYY-MM-DD', or null: 2026-01-05, 2026/1/5, 2026.1.5, 20260105,
 * 2026年1月5日, an ISO timestamp's date part, and a bare Excel serial day number (5 digits, what a
 * date cell becomes when its format is lost).
 */
export function parseDate(raw: string): string | null {
  const v = raw.replace(/[\s\u3000]/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+Z?)?$/.exec(v) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) {
    const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    return isCalendarDate(iso) ? iso : null;
  }
  m = /^(\d{5})$/.exec(v);
  if (m) {
    // Excel 1900 system: serial 25569 = 1970-01-01 (serials > 60 are past Excel's fictitious 1900-02-29).
    const serial = Number(m[1]);
    return dateOfDayNumber(dayNumber('1970-01-01') + serial - 25569);
  }
  return null;
}
