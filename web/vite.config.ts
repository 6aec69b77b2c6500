import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The explorer's bundle: web/ → dist/web/, served by the API process at / (src/api/web). Everything
// it loads comes from this bundle, so it works with no network beyond the service itself.
export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Hashed names under assets/ may be cached for good; index.html is never cached.
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npx vite web` for development, with GraphQL from a running `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
