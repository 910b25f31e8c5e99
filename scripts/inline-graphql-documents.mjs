// Vite plugin (build only): replaces each `graphql(`…`)` call of GraphQL Code Generator's client preset with the
// document it stands for, inlined at the call site (docs/adr/0020-precompressed-assets.md, bar P7).
//
// Without it, `graphql()` looks the text up in `src/gql/gql.ts`, a map of every document of the app keyed by its full
// text, which imports every document of `src/gql/graphql.ts`: each page, the login page too, loads all documents
// of every page (the ~190 kB gzipped `gql` chunk). Inlined, a document lands in the chunk of the page that uses it and
// `src/gql` drops out of the bundle. The inlined object is the very object `graphql()` returned (the generated
// document with its fragments), so nothing changes at run time; types are untouched (this runs on the build only).
// A call whose text is not in the generated map fails the build: run `pnpm codegen`.
import fs from 'node:fs';
import path from 'node:path';

/** `source text → document JSON` from the generated files of the client preset in `gqlDir`. */
export function loadDocuments(gqlDir) {
  const map = fs.readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8');
  const start = map.indexOf('const documents');
  if (start < 0) throw new Error(`${gqlDir}/gql.ts: no \`const documents\` map (client preset output expected)`);
  const body = map.slice(start, map.indexOf('\n};', start));
  const nameBySource = new Map();
  for (const m of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) nameBySource.set(JSON.parse(m[1]), m[2]);

  const types = fs.readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8');
  const jsonByName = new Map();
  for (const m of types.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) jsonByName.set(m[1], m[2]);

  const out = new Map();
  for (const [source, name] of nameBySource) {
    const json = jsonByName.get(name);
    if (!json) throw new Error(`${gqlDir}/graphql.ts: no document ${name}`);
    out.set(source, json);
  }
  return out;
}

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** The plugin. `gqlDir`: the client preset's output folder (absolute). */
export function inlineGraphqlDocuments({ gqlDir }) {
  let documents = new Map();
  const generated = path.resolve(gqlDir) + path.sep;
  return {
    name: 'xiejiu-inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = loadDocuments(gqlDir);
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.startsWith(generated) || file.includes(`${path.sep}node_modules${path.sep}`) || !code.includes('graphql(')) {
        return null;
      }
      let changed = false;
      const out = code.replace(CALL, (_call, text) => {
        if (text.includes('${') || text.includes('\\')) throw new Error(`${file}: graphql() with an interpolation or escape cannot be inlined`);
        const json = documents.get(text);
        if (!json) throw new Error(`${file}: a graphql() document is not in ${gqlDir}/gql.ts — run \`pnpm codegen\``);
        changed = true;
        return `(${json})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
