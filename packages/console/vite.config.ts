import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.XIEJIU_API ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react()],
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
    chunkSizeWarningLimit: 1500,
  },
});
