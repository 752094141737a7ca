import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where `npm start` (apps/platform) listens: the dev server forwards the services, the issuer and config.json there. */
const PLATFORM = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  // Workspace packages resolve to their TypeScript sources, like everywhere else in the monorepo.
  resolve: { conditions: ['@lienthong/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': PLATFORM,
      '/realms': PLATFORM,
      '/config.json': PLATFORM,
    },
  },
});
