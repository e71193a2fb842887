import { posix } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

// A link to #/casus/<id> opens a case straight away, but the engine, the screens and the case
// only load once the entry script has arrived and run: two network round trips in a row. The
// HTML cannot name the case (the hash never reaches the server) and the page's CSP allows no
// inline script, so a tiny module, emitted beside the chunks, reads the hash and asks for
// those chunks while the entry script is still downloading.

const SCREENS = /\/web\/src\/(?:engine\.ts|screens\/(?:Conversation|Debrief)\.tsx)$/;
const CASE = '\0virtual:kantel/case/';

export function openCasePlugin(): Plugin {
  return {
    name: 'kantel-open-case',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      // The engine shares its chunk with modules the screens also use, so rolldown gives it no facade.
      const screens = chunks.filter((c) => c.moduleIds.some((m) => SCREENS.test(m)));
      const cases = chunks.filter((c) => c.facadeModuleId?.startsWith(CASE));
      if (screens.length !== 3 || cases.length === 0) this.error('open-case: engine, Conversation, Debrief or the case chunks were not found in the build.');
      const byCase = Object.fromEntries(cases.map((c) => [c.facadeModuleId!.slice(CASE.length), withImports(c, bundle)]));
      const common = [...new Set(screens.flatMap((c) => withImports(c, bundle)))];
      const id = this.emitFile({ type: 'asset', name: 'open-case.js', source: script(common, byCase) });
      const file = this.getFileName(id);
      const elsewhere = [...common, ...Object.values(byCase).flat()].find((f) => posix.dirname(f) !== posix.dirname(file));
      if (elsewhere) this.error(`open-case: ${elsewhere} is not in the folder of ${file}; the script names chunks relative to itself.`);
      const src = `./${file}`;
      // Async and first in <head>: it must not wait for the entry script, which is the point.
      const tag = `<script type="module" async crossorigin src="${src}"></script>`;
      const source = String(html.source);
      if (!source.includes('</title>')) this.error('open-case: index.html has no </title> to put the script after.');
      html.source = source.replace('</title>', `</title>\n    ${tag}`);
    },
  };
}

/** The chunk and the chunks it imports statically, leaving out the entry (already in the HTML). */
function withImports(chunk: OutputChunk, bundle: OutputBundle): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const c = bundle[name];
    if (!c || c.type !== 'chunk' || c.isEntry || seen.has(name)) return;
    seen.add(name);
    c.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return [...seen];
}

function script(common: string[], byCase: Record<string, string[]>): string {
  // Paths relative to this script, which lands in the same assets folder as the chunks.
  const rel = (f: string) => `./${posix.basename(f)}`;
  const cases = Object.fromEntries(Object.entries(byCase).map(([id, files]) => [id, files.map(rel)]));
  return `const common=${JSON.stringify(common.map(rel))};
const cases=${JSON.stringify(cases)};
const id=/^#\\/casus\\/([\\w-]+)$/.exec(location.hash)?.[1];
if(id&&Object.hasOwn(cases,id))for(const f of [...common,...cases[id]]){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=new URL(f,import.meta.url).href;document.head.append(l)}
`;
}
