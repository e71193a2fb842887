import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest } from '../../node/newest.js';
import type { Scenario } from '../../engine';
import { databaseConfig } from './room/database';
import { FolderInUse } from './room/lock';
import { keepDaysFrom, openRooms, type RoomServiceOptions } from './room/service';
import { serveStatic, type ApiHandler } from './serve';

// npm start: build the web trainer when its sources are newer than the build, then serve it.
// npm run serve: serve the existing build (--no-build).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// KANTEL_OUT_DIR as in vite.config.ts: the build goes there and is served from there.
const OUT = process.env.KANTEL_OUT_DIR ?? join(ROOT, 'dist', 'web');
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
    if ((await buildInChild()) !== 0) {
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
  const xapi = await xapiFromEnv();
  const { api: model, label } = await modelApiFromEnv({ xapi: xapi.enabled });
  const rooms = await roomsFromEnv(xapi.roomTurn);
  const api: ApiHandler = (req, res, path) => rooms.api(req, res, path) || xapi.api(req, res, path) || model(req, res, path);
  // More names the server may be reached by on the network (a name the facilitator gave this machine).
  const extraHosts = (process.env.KANTELTRAINER_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  try {
    const { url, server } = await serveStatic({ dir: OUT, port, host, api, extraHosts });
    const address = server.address();
    rooms.listening(host, typeof address === 'object' && address ? address.port : port);
    // Ctrl+C: PGlite writes its files and the folder's lock is released before the process ends.
    const stop = () => {
      server.close();
      server.closeAllConnections();
      void rooms.close().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    console.log(`Kanteltrainer draait op ${url}`);
    console.log(rooms.database.kind === 'postgres' ? 'Groepsruimtes: opgeslagen in PostgreSQL (DATABASE_URL).' : `Groepsruimtes: opgeslagen in ${config().folder}.`);
    // Bound to every interface: the addresses participants in the room can type (the facilitator's screen shows them as a QR code).
    for (const address of rooms.network().addresses) console.log(`Groepsruimte op het netwerk: http://${address}:${rooms.network().port}/#/ruimte`);
    console.log(xapi.line);
    console.log(label ? `Taalmodel: ${label} (de sleutel blijft op deze server).` : 'Zonder taalmodel: de cliënt antwoordt met de tekst van de casus.');
    console.log('Open dit adres in je browser. Stoppen: Ctrl+C. (De trainer in de terminal: npm run cli -- play)');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Poort ${port} is al in gebruik. Kies een andere, bijvoorbeeld: PORT=4174 npm start` : `Starten lukt niet: ${String(error)}`);
    process.exit(1);
  }
}

function config() {
  const c = databaseConfig(process.env, ROOT);
  return c.kind === 'pglite' ? c : { folder: '' };
}

/** The rooms and their store: PGlite in data/ (KANTEL_DATA), or PostgreSQL with DATABASE_URL. */
async function roomsFromEnv(onTurn: RoomServiceOptions['onTurn']) {
  const { findCase } = await import('../../node/case-files');
  const scenarios = new Map<string, Scenario | undefined>();
  // Case files are read once per server; a room refers to its case by id.
  const findScenario = (id: string) => {
    if (!scenarios.has(id)) {
      const found = findCase(id);
      scenarios.set(id, found.ok ? found.scenario : undefined);
    }
    return scenarios.get(id);
  };
  try {
    return await openRooms({ database: databaseConfig(process.env, ROOT), findScenario, keepDays: keepDaysFrom(process.env), ...(onTurn ? { onTurn } : {}) });
  } catch (error) {
    console.error(error instanceof FolderInUse || error instanceof Error && error.message.startsWith('KANTEL_') ? error.message : `De opslag voor groepsruimtes kon niet worden geopend: ${String(error)}`);
    process.exit(1);
  }
}

/**
 * `vite build` in a child process that exits when done: the bundler, its workers and its esbuild
 * service go with it, instead of staying in the memory of a server that runs all day.
 */
function buildInChild(): Promise<number> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(ROOT, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** xAPI to an LRS when XAPI_ENDPOINT is set: statements queued on disk and sent in order (web/server/xapi). */
async function xapiFromEnv(): Promise<{ api: ApiHandler; line: string; enabled: boolean; roomTurn?: RoomServiceOptions['onTurn'] }> {
  const { readXapiConfig, describeEndpoint } = await import('./xapi/config');
  const { xapiApi } = await import('./xapi/api');
  const read = readXapiConfig(process.env, ROOT);
  if (read === null) return { api: xapiApi(null, null), enabled: false, line: 'Leergegevens (xAPI): uit (zet XAPI_ENDPOINT om ze naar een LRS te sturen).' };
  if (!read.ok) {
    console.error(read.problem);
    process.exit(1);
  }
  const { config } = read;
  const [{ statementQueue }, { lrsSender }, { runRecorder }, { caseStore }, { roomTurnRecorder }] = await Promise.all([
    import('./xapi/queue'), import('./xapi/lrs'), import('./xapi/recorder'), import('./case-store'), import('./xapi/rooms'),
  ]);
  const queue = statementQueue({ dir: config.queueDir, sender: lrsSender(config), log: (m) => console.error(m) });
  const cases = caseStore();
  const recorder = runRecorder({ dir: config.queueDir, queue, findScenario: (id) => cases.find(id), base: config.base, typedText: config.typedText });
  const waiting = queue.pending();
  return {
    api: xapiApi(recorder, config.homePage),
    enabled: true,
    // Runs in a group room, with the room and its facilitator in the context.
    roomTurn: roomTurnRecorder(recorder, config.homePage ?? `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? 4173}`, (m) => console.error(m)),
    line: `Leergegevens (xAPI): naar ${describeEndpoint(config.endpoint)}${config.typedText ? ', met getypte zinnen' : ''}${waiting > 0 ? `; ${waiting} wachten nog op verzending` : ''}.`,
  };
}

/** The model endpoints, with the key read here and nowhere else; the openai package loads only when a key is set. */
async function modelApiFromEnv(health: Record<string, unknown>): Promise<{ api: ApiHandler; label: string | null }> {
  const [{ modelApi }, { caseStore }, { modelRateFromEnv }] = await Promise.all([import('./model-api'), import('./case-store'), import('./rate-limit')]);
  // Read once, read again only when a file changed; the id is never a path (case-store.ts).
  const cases = caseStore();
  const findScenario = (id: string) => cases.find(id);
  const rate = modelRateFromEnv(process.env);
  const { readModelConfig, describeModel } = await import('../../node/model/config');
  const config = readModelConfig(process.env);
  if (!config) return { api: modelApi({ makeMode: null, label: null, findScenario, rate, health: () => health }), label: null };
  const { createModelClient, modelMode } = await import('../../node/model');
  const label = describeModel(config);
  // One connection pool for all requests; each request brings its own stop signal (the browser going away).
  const client = createModelClient(config);
  return { api: modelApi({ makeMode: (stop) => modelMode({ ...client, stop }), label, findScenario, rate, health: () => health }), label };
}

await main(process.argv.slice(2));
