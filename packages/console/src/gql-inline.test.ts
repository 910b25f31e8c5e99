import { describe, expect, it } from 'vitest';
import { inlineGraphqlDocuments, loadDocuments } from '../../../scripts/inline-graphql-documents.mjs';
import { graphql } from './gql';
import * as generated from './gql/graphql';

/**
 * The build inlines each graphql() document at its call site (scripts/inline-graphql-documents.mjs, bar P7): the
 * inlined object must be exactly what graphql() returns at run time, for every call of the console.
 */
const GQL = decodeURIComponent(new URL('./gql', import.meta.url).pathname);
/** Every source file of the console but the generated ones and the tests, with its text. */
const SOURCES = Object.entries(
  import.meta.glob<string>(['./**/*.{ts,tsx}', '!./gql/**', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true }),
).map(([file, code]) => ({ file: decodeURIComponent(new URL(file, import.meta.url).pathname), code }));

type Transform = (code: string, id: string) => { code: string } | null;

describe('inlined GraphQL documents', () => {
  const plugin = inlineGraphqlDocuments({ gqlDir: GQL });
  (plugin.buildStart as () => void)();
  const transform = plugin.transform as unknown as Transform;

  it('replaces every graphql() call of the console with the document graphql() returns', () => {
    const calls = SOURCES.flatMap(({ file, code }) => [...code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => ({ file, call: m[0], text: m[1] })));
    expect(calls.length).toBeGreaterThan(100);
    for (const { file, call, text } of calls) {
      const out = transform(`const d = ${call};`, file);
      expect(out, file).not.toBeNull();
      expect(out!.code).not.toContain('graphql(');
      // `const d = ({…});`: the generated documents are JSON.
      const inlined = JSON.parse(out!.code.slice('const d = ('.length, -');'.length));
      const atRunTime = graphql(text);
      expect(Object.keys(atRunTime as object).length, `${file}: graphql() finds the document`).toBeGreaterThan(0);
      expect(inlined, file).toEqual(atRunTime);
    }
  });

  it('knows each generated document once, and refuses a document codegen has not seen', () => {
    const docs = loadDocuments(GQL);
    const exported = Object.entries(generated).filter(([name]) => /(Document|FragmentDoc)$/.test(name));
    expect(docs.size).toBe(exported.length);
    expect(() => transform('const d = graphql(`query NotGenerated { me { id } }`);', GQL.replace(/gql$/, 'x.ts'))).toThrow(/pnpm codegen/);
    expect(transform("const d = 'no documents here';", GQL.replace(/gql$/, 'y.ts'))).toBeNull();
  });
});
