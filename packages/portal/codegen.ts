import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents are generated from the committed schema file emitted by the server
// (`pnpm --filter @xiejiu/server schema`), never from a live server.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.ts'],
  // The shell has no GraphQL documents yet; later features add them beside their pages.
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
