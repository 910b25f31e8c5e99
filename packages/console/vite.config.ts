import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { inlineGraphqlDocuments } from '../../scripts/inline-graphql-documents.mjs';
import { precompress } from '../../scripts/precompress.mjs';

const backend = process.env.XIEJIU_API ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  // precompress(): .br and .gz next to each built file, served by the server (docs/adr/0020-precompressed-assets.md).
  // inlineGraphqlDocuments(): each graphql() document goes into the chunk of the page that uses it.
  plugins: [inlineGraphqlDocuments({ gqlDir: fileURLToPath(new URL('./src/gql', import.meta.url)) }), react(), precompress()],
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
    // ECharts (统计看板 only) in two chunks of its own, each under the 500 kB warning: loaded with that page, never first.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'zrender', test: /[\\/]node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /[\\/]node_modules[\\/]echarts[\\/]/ },
          ],
        },
      },
    },
  },
});
