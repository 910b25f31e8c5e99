import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../src/graphql/input-rules';
import { checkString } from '../src/graphql/input-validation';

/** Every String and JSON input of the published schema, as `Type.field` or `Query|Mutation.op.arg`. */
function textInputs(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  const isText = (t: GraphQLInputType) => ['String', 'JSON'].includes(getNamedType(t).name);
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__') || !isInputObjectType(t)) continue;
    for (const f of Object.values(t.getFields())) if (isText(f.type)) out.push(`${t.name}.${f.name}`);
  }
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const f of Object.values(root.getFields())) for (const a of f.args) if (isText(a.type)) out.push(`${root.name}.${f.name}.${a.name}`);
  }
  return out.sort();
}

describe('input rules (R4: lengths on every free-text input)', () => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const inputs = textInputs(schema);

  it('every String and JSON input field and argument of schema.graphql has a length rule', () => {
    expect(inputs.length).toBeGreaterThan(150);
    const missing = inputs.filter((k) => !INPUT_RULES[k]);
    expect(missing, `add these to src/graphql/input-rules.ts:\n${missing.join('\n')}`).toEqual([]);
  });

  it('no rule names an input that no longer exists', () => {
    const stale = Object.keys(INPUT_RULES).filter((k) => !inputs.includes(k));
    expect(stale).toEqual([]);
  });

  it('limits are positive and free text never exceeds 50,000 characters', () => {
    for (const [k, r] of Object.entries(INPUT_RULES)) {
      expect(r.max, k).toBeGreaterThan(0);
      expect(r.max, k).toBeLessThanOrEqual(50_000);
      expect(r.label, k).toMatch(/\p{Script=Han}/u);
    }
  });

  it('counts characters, not UTF-16 units, and refuses control characters outside multi-line text', () => {
    const name = { label: '姓名', max: 3, kind: 'text' } as const;
    expect(() => checkString('𠮷𠮷𠮷', name, 'name')).not.toThrow();
    expect(() => checkString('𠮷𠮷𠮷𠮷', name, 'name')).toThrow('姓名不能超过 3 个字');
    expect(() => checkString('a\nb', name, 'name')).toThrow(/控制字符（U\+000A）/);
    expect(() => checkString('a\nb', { ...name, kind: 'multiline' }, 'note')).not.toThrow();
    expect(() => checkString('a\u0000', { ...name, kind: 'multiline' }, 'note')).toThrow(/U\+0000/);
    expect(() => checkString('a\u202Eb', name, 'name')).toThrow(/U\+202E/);
    expect(() => checkString('\uD800x', name, 'name')).toThrow(/无效的字符编码/);
    expect(() => checkString('DIBAO ', { label: '事项', max: 32, kind: 'code' }, 'programCode')).toThrow(/格式不正确/);
  });
});
