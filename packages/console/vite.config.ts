import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/precompress.mjs';

const backend = process.env.XIEJIU_API ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  // precompress(): .br and .gz next to each built file, served by the server (docs/adr/0020-precompressed-assets.md).
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': backend,
      '/health': backend,
      '/files': backend,
      '/api': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, read by scripts/first-load.mjs (not served).
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
});
