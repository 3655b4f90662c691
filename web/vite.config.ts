import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [solid()],
  // No source maps in the build that is served; `vite` (dev) keeps them.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev:web` proxies the API, so the cookie stays first-party.
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } } },
});
