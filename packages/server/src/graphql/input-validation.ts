import {
  coerceInputValue,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '../shared/errors';
import { ID_RULE, INPUT_RULES, MAX_LIST_ITEMS, type InputRule } from './input-rules';

/**
 * Enforces `INPUT_RULES` on every argument of every query and mutation, before the resolver (and
 * so before any service or database work): lengths, character classes, list sizes. A refusal is
 * BAD_USER_INPUT with a Chinese message naming the field and `extensions.field` (the path inside
 * the argument, as the services write it: `members.1.name`).
 */

/** Characters no input may carry: C0/C1 controls (line breaks and tabs only in multi-line text), bidi overrides, non-characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the control characters this check refuses
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\n|\r|\t/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, line breaks and tabs allowed
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CODE = /^[\x21-\x7E]*$/;

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function hex(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const refuse = (message: string, field: string) => new AppError('BAD_USER_INPUT', message, { field });

/** Checks one string against its rule; throws BAD_USER_INPUT naming the field. */
export function checkString(value: string, rule: InputRule, field: string): void {
  const { label, max, kind } = rule;
  if (kind === 'code') {
    if (value.length > max) throw refuse(`${label}不能超过 ${max} 个字符`, field);
    if (!CODE.test(value)) throw refuse(`${label}格式不正确（只能使用英文字母、数字和符号，不能有空格或全角字符）`, field);
    return;
  }
  if (value.length > max * 2 || codePoints(value) > max) throw refuse(`${label}不能超过 ${max} 个字`, field);
  const bad = (kind === 'multiline' ? FORBIDDEN_MULTILINE : FORBIDDEN_TEXT).exec(value);
  if (bad) throw refuse(`${label}含有不允许的控制字符（${hex(bad[0])}）`, field);
  if (LONE_SURROGATE.test(value)) throw refuse(`${label}含有无效的字符编码`, field);
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Walks a coerced input value along its GraphQL type. `key` names the rule (`Type.field`). */
function checkValue(value: unknown, type: GraphQLInputType, key: string, field: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkValue(value, type.ofType, key, field);
    return;
  }
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > MAX_LIST_ITEMS) throw refuse(`一次最多提交 ${MAX_LIST_ITEMS} 项`, field);
    for (const [i, v] of items.entries()) checkValue(v, type.ofType, key, join(field, i));
    return;
  }
  if (isInputObjectType(type)) {
    const obj = value as Record<string, unknown>;
    for (const f of Object.values(type.getFields())) checkValue(obj[f.name], f.type, `${type.name}.${f.name}`, join(field, f.name));
    return;
  }
  if (!isScalarType(type)) return; // enums are checked by GraphQL itself
  if (type.name === 'ID') {
    if (typeof value === 'string') checkString(value, ID_RULE, field);
    return;
  }
  if (type.name !== 'String') return;
  if (typeof value === 'string') checkString(value, INPUT_RULES[key] ?? FALLBACK, field);
}

/** For an input the table forgot (the schema test prevents it): short, one line. */
const FALLBACK: InputRule = { label: '输入内容', max: 200, kind: 'text' };

/** Checks every argument of one root field; input objects report paths inside themselves. */
export function checkArguments(parent: string, fieldName: string, args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const a of args) {
    const named = getNamedType(a.type);
    checkValue(values[a.name], a.type, `${parent}.${fieldName}.${a.name}`, isInputObjectType(named) ? '' : a.name);
  }
}

/**
 * Wraps the resolvers of every Query and Mutation field with the argument check. Object fields
 * are untouched (no cost on list rendering). Returns the same schema object.
 */
export function applyInputRules(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values((root as GraphQLObjectType).getFields())) {
      if (!field.args.length) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const { args, name } = field;
      field.resolve = (source, values, context, info) => {
        checkArguments(root.name, name, args, values);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

/**
 * An input object given outside GraphQL (the export's `?filter=` JSON): coerced like a GraphQL
 * variable of that type (BAD_USER_INPUT when it does not fit), then checked by the same rules.
 */
export function coerceInput<T>(schema: GraphQLSchema, typeName: string, value: unknown, what = '输入的内容'): T {
  const type = schema.getType(typeName);
  if (!type || !isInputObjectType(type)) throw new Error(`unknown input type ${typeName}`);
  let coerced: unknown;
  try {
    coerced = coerceInputValue(value, type, (path) => {
      throw refuse(`${what}格式不正确`, path.join('.'));
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw refuse(`${what}格式不正确`, '');
  }
  checkValue(coerced, type, typeName, '');
  return coerced as T;
}
