import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves the built portal under /portal (see packages/server), so every asset URL
// must carry that prefix. In `pnpm dev`, /graphql is proxied to a locally running server.
export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
  },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: process.env.XJ_API ?? 'http://127.0.0.1:3000', changeOrigin: true },
    },
  },
});
