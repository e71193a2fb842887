import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest } from '../../node/newest.js';
import { serveStatic, type ApiHandler } from './serve';

// npm start: build the web trainer when its sources are newer than the build, then serve it.
// npm run serve: serve the existing build (--no-build).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'dist', 'web');
const SOURCES = ['web', 'node', 'engine', 'scenarios', 'vite.config.ts', 'package-lock.json'];

export function needsBuild(): boolean {
  const index = join(OUT, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newest(join(ROOT, s)) > built);
}

async function main(args: string[]): Promise<void> {
  if (!args.includes('--no-build') && needsBuild()) {
    console.log('De webtrainer wordt gebouwd…');
    const { build } = await import('vite');
    try {
      await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    } catch {
      console.error('Bouwen is mislukt; zie de fouten hierboven.');
      process.exit(1);
    }
  }
  if (!existsSync(join(OUT, 'index.html'))) {
    console.error('Er is nog geen gebouwde webtrainer. Draai eerst: npm run build');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  const { api, label } = await modelApiFromEnv();
  try {
    const { url } = await serveStatic({ dir: OUT, port, host, api });
    console.log(`Kanteltrainer draait op ${url}`);
    console.log(label ? `Taalmodel: ${label} (de sleutel blijft op deze server).` : 'Zonder taalmodel: de cliënt antwoordt met de tekst van de casus.');
    console.log('Open dit adres in je browser. Stoppen: Ctrl+C. (De trainer in de terminal: npm run cli -- play)');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Poort ${port} is al in gebruik. Kies een andere, bijvoorbeeld: PORT=4174 npm start` : `Starten lukt niet: ${String(error)}`);
    process.exit(1);
  }
}

/** The model endpoints, with the key read here and nowhere else; the openai package loads only when a key is set. */
async function modelApiFromEnv(): Promise<{ api: ApiHandler; label: string | null }> {
  const [{ modelApi }, { findCase }] = await Promise.all([import('./model-api'), import('../../node/case-files')]);
  // The id is checked against the case-id pattern before it gets here (voiceRequestSchema), so it is never a path.
  const findScenario = (id: string) => {
    const found = findCase(id);
    return found.ok ? found.scenario : undefined;
  };
  const { readModelConfig, describeModel } = await import('../../node/model/config');
  const config = readModelConfig(process.env);
  if (!config) return { api: modelApi({ makeMode: null, label: null, findScenario }), label: null };
  const { createModelClient, modelMode } = await import('../../node/model');
  const label = describeModel(config);
  return { api: modelApi({ makeMode: (stop) => modelMode(createModelClient(config, { stop })), label, findScenario }), label };
}

await main(process.argv.slice(2));
