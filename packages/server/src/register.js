// Loads TypeScript through SWC with legacy decorators + emitDecoratorMetadata
// (esbuild/tsx do not emit decorator metadata, which type-graphql and MikroORM need).
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, '..', 'tsconfig.json');
require('reflect-metadata');
require('@swc-node/register');
