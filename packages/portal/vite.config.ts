import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/precompress.mjs';

// The server serves the built portal under /portal (see packages/server), so every asset URL
// must carry that prefix. In `pnpm dev`, /graphql is proxied to a locally running server.
export default defineConfig({
  base: '/portal/',
  // precompress(): .br and .gz next to each built file, served by the server (docs/adr/0020-precompressed-assets.md).
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, read by scripts/first-load.mjs (not served).
    manifest: true,
    target: 'es2020',
  },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: process.env.XJ_API ?? 'http://127.0.0.1:3000', changeOrigin: true },
    },
  },
});
