import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseHash, formatIssue } from '../../engine';
import { findCase, LOCAL_FILE } from '../case-files';
import { manifestXml } from './manifest';
import { zip } from './zip';

// A SCORM 1.2 package: the web trainer built with only the chosen cases, an imsmanifest.xml with
// one SCO per case, zipped. The trainer finds the LMS's API itself (web/src/scorm).

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface PackageOptions {
  cases: readonly string[];
  out: string;
  passMark: number | null;
  title?: string;
}

export type PackageResult =
  | { ok: true; path: string; bytes: number; files: number; cases: { id: string; title: string }[] }
  | { ok: false; errors: string[] };

export async function buildScormPackage(options: PackageOptions): Promise<PackageResult> {
  const errors: string[] = [];
  const chosen: { id: string; title: string; file: string; hash: string }[] = [];
  for (const name of options.cases) {
    const found = findCase(name);
    if (!found.ok) {
      errors.push('unknown' in found ? `Onbekende casus "${name}". Beschikbaar: ${found.known.join(', ')}.` : [`De casus "${name}" bevat fouten:`, ...found.issues.map(formatIssue)].join('\n'));
      continue;
    }
    if (chosen.some((c) => c.id === found.scenario.id)) continue;
    chosen.push({ id: found.scenario.id, title: found.scenario.title, file: found.file, hash: caseHash(found.scenario) });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (chosen.length === 0) return { ok: false, errors: ['Noem minstens één casus.'] };

  const work = mkdtempSync(join(tmpdir(), 'kantel-scorm-'));
  try {
    const scenarios = join(work, 'scenarios');
    const site = join(work, 'site');
    mkdirSync(scenarios);
    for (const c of chosen) {
      copyFileSync(c.file, join(scenarios, `${c.id}.yaml`));
      const local = join(dirname(c.file), LOCAL_FILE);
      if (existsSync(local) && !existsSync(join(scenarios, LOCAL_FILE))) copyFileSync(local, join(scenarios, LOCAL_FILE));
    }
    const built = await viteBuild({ KANTEL_SCENARIO_DIR: scenarios, KANTEL_OUT_DIR: site });
    if (!built.ok || !existsSync(join(site, 'index.html'))) return { ok: false, errors: [`De webtrainer kon niet gebouwd worden:\n${built.output}`] };
    // The .gz and .br copies are for our own server; an LMS serves the files itself.
    const files = listFiles(site).filter((f) => !/\.(?:gz|br)$/.test(f));
    const identifier = `kanteltrainer-${chosen.map((c) => `${c.id}-${c.hash.slice(0, 8)}`).join('-')}`.slice(0, 200);
    const title = options.title ?? (chosen.length === 1 ? `Kanteltrainer: ${chosen[0]!.title}` : 'Kanteltrainer');
    const manifest = manifestXml({ title, cases: chosen, files, passMark: options.passMark, identifier });
    const archive = zip([
      { name: 'imsmanifest.xml', data: Buffer.from(manifest, 'utf8') },
      ...files.map((f) => ({ name: f, data: readFileSync(join(site, ...f.split('/'))) })),
    ]);
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    // Whole or not at all: a temporary file next to it, then renamed.
    const temporary = `${out}.${process.pid}.tmp`;
    writeFileSync(temporary, archive);
    renameSync(temporary, out);
    return { ok: true, path: out, bytes: archive.length, files: files.length + 1, cases: chosen.map(({ id, title: t }) => ({ id, title: t })) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found;
}

/** `vite build` in a child process; a test runner's own variables are left out, so the web plugins run. */
function viteBuild(extra: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => done({ ok: false, output: e.message }));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

