import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Every text file of the build gets a .br and a .gz beside it, so the server sends a third of
// the bytes without compressing on each request (web/server/serve.ts picks the variant).

const TEXT = /\.(?:html|js|css|json|svg|txt|webmanifest)$/;
// Below this a compressed copy saves less than the headers around it.
const MIN_BYTES = 1024;

export function compressPlugin(): Plugin {
  return {
    name: 'kantel-compress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const name of Object.keys(bundle)) {
        if (!TEXT.test(name)) continue;
        const file = join(dir, name);
        const raw = readFileSync(file);
        if (raw.length < MIN_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
      }
    },
  };
}
