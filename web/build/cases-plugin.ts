import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import type { Scenario } from '../../engine/case/schema';
import type { Glossary } from '../../engine/glossary/glossary';
import type { CaseCard } from '../src/case-card';
import type { loadCases } from './load-cases';

// Cases become JSON at build time through the engine's own loader, so the browser ships no
// YAML parser and a broken case stops the build with its file, line and column.
// The loader is TypeScript outside this config's bundle; tsx loads it when the build starts.

const LIST_ID = 'virtual:kantel/cases';
const CASE_PREFIX = 'virtual:kantel/case/';

export interface CasesPluginOptions {
  /** Folder with the case files; defaults to scenarios/ (KANTEL_SCENARIO_DIR overrides). */
  dir?: string;
}

export function casesPlugin(options: CasesPluginOptions = {}): Plugin {
  const dir = resolve(options.dir ?? process.env.KANTEL_SCENARIO_DIR ?? DEFAULT_DIR);
  let serving = false;
  let loaded: Loaded | null = null;
  const all = async (): Promise<Loaded> => (loaded ??= (await loader())(dir));
  const scenarios = async (): Promise<Scenario[]> => (await all()).scenarios;
  const problems = async (): Promise<string[]> => (await all()).errors;

  return {
    name: 'kantel-cases',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      loaded = null;
      const found = await problems();
      if (!serving && found.length > 0) {
        // A trainer's mistake, not a crash: the located lines and a clear stop, no stack trace.
        console.error(`\nEen casus bevat fouten; verbeter ze en bouw opnieuw:\n${found.join('\n')}\n`);
        process.exit(1);
      }
      for (const file of (await all()).files) this.addWatchFile(file);
    },
    resolveId(id) {
      if (id === LIST_ID || id.startsWith(CASE_PREFIX)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (id === `\0${LIST_ID}`) return listModule(await scenarios(), serving ? await problems() : [], (await all()).turns, (await all()).glossary);
      if (id.startsWith(`\0${CASE_PREFIX}`)) {
        const wanted = id.slice(CASE_PREFIX.length + 1);
        const scenario = (await scenarios()).find((s) => s.id === wanted);
        if (!scenario) this.error(`Onbekende casus "${wanted}".`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(scenario))});`;
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(join(dir, '*.yaml'));
      const changed = (file: string) => {
        if (!/\.ya?ml$/i.test(file) || !resolve(file).startsWith(dir)) return;
        loaded = null;
        reload(server);
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}

type Loaded = ReturnType<typeof loadCases>;
const DEFAULT_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

async function loader(): Promise<typeof loadCases> {
  const { tsImport } = await import('tsx/esm/api');
  const mod = (await tsImport('./load-cases.ts', import.meta.url)) as { loadCases: typeof loadCases };
  return mod.loadCases;
}

function reload(server: ViteDevServer): void {
  const graph = server.environments.client.moduleGraph;
  for (const mod of graph.idToModuleMap.values()) {
    if (mod.id?.startsWith('\0virtual:kantel/')) graph.invalidateModule(mod);
  }
  server.ws.send({ type: 'full-reload' });
}

export function cardOf(s: Scenario, turns: number): CaseCard {
  return {
    id: s.id,
    title: s.title,
    // The trainee sees the client's situation; the case summary is for trainers and gives away what is hidden.
    summary: s.client.situation,
    clientName: s.client.name,
    clientAge: s.client.age,
    difficulty: s.difficulty,
    learningGoals: s.learningGoals,
    turns,
  };
}

function listModule(list: Scenario[], errors: string[], turns: Record<string, number>, glossary: Glossary): string {
  const loaders = list.map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(CASE_PREFIX + s.id)})`);
  return [
    `export const CASES = ${JSON.stringify(list.map((s) => cardOf(s, Object.hasOwn(turns, s.id) ? turns[s.id]! : 0)))};`,
    `export const CASE_ERRORS = ${JSON.stringify(errors)};`,
    `export const LOADERS = {${loaders.join(',')}};`,
    `export const GLOSSARY = ${JSON.stringify(glossary)};`,
  ].join('\n');
}
