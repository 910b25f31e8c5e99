import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const timeoutScale = Math.max(1, Number(process.env.TEST_TIMEOUT_SCALE) || 1);

// SWC (not esbuild) so decorator metadata is emitted for type-graphql and MikroORM.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // One graphql-js for everything, the CommonJS build that type-graphql and Apollo load (as in
    // production): Vite would otherwise pick the ES build for our sources, and graphql-js refuses
    // types made by "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // One shared test database: files run one after another.
    fileParallelism: false,
    // ...in one module graph (loaded once, not once per file: ~130 s of a 600 s run). Module state that outlives
    // a file is keyed by the app's runtime (each TestApp has its own) or reset by resetDatabase (test/harness.ts).
    isolate: false,
    // Hang guards, not timings. CI's second run (the machine's PostgreSQL) runs at the lowest CPU priority beside the
    // main run and may be starved for minutes: it raises them with TEST_TIMEOUT_SCALE (.ci/run).
    testTimeout: 60_000 * timeoutScale,
    hookTimeout: 120_000 * timeoutScale,
    reporters: ['default'],
  },
});
