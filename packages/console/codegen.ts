import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed server schema file, never from a live server.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
      },
    },
    // The Chinese description of every enum value (what the console shows instead of the code).
    'src/gql/enum-descriptions.ts': { plugins: ['./codegen/enum-descriptions.cjs'] },
  },
};

export default config;
