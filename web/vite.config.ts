import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Built by `npm run build` (and before `npm start`); the Koa server serves web/dist at `/`.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/graphql': 'http://localhost:3000' } },
});
