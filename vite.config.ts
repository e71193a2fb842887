import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { casesPlugin } from './web/build/cases-plugin.ts';
import { compressPlugin } from './web/build/compress-plugin.ts';
import { openCasePlugin } from './web/build/open-case-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One config: the web trainer (root web/, built to dist/web) and the vitest suite (root: the repo).
export default defineConfig({
  root: here('./web'),
  base: './',
  plugins: process.env.VITEST ? [] : [react(), casesPlugin(), openCasePlugin(), compressPlugin()],
  build: {
    outDir: process.env.KANTEL_OUT_DIR ?? here('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // Loading the cases through the engine takes a few seconds by design; no timing report for it.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    root: here('.'),
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // CLI tests start real processes; two cores here, so keep the pool small and the timeout generous.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
