import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCase, loadLocal, type LocalValues, type Scenario } from '../../engine';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCENARIOS = join(ROOT, 'scenarios');

/** The local provisions every case in scenarios/ is read with. */
export function localValues(): LocalValues {
  const loaded = loadLocal(readFileSync(join(SCENARIOS, 'lokaal.yaml'), 'utf8'), 'lokaal.yaml');
  if (!loaded.ok) throw new Error(`lokaal.yaml is ongeldig: ${loaded.issues.map((i) => i.message).join('; ')}`);
  return loaded.values;
}

export function loadFile(path: string, name = path): Scenario {
  const result = loadCase(readFileSync(path, 'utf8'), name, { local: localValues() });
  if (!result.ok) throw new Error(`${name} is ongeldig:\n${result.issues.map((i) => `${i.line}:${i.column} ${i.path} ${i.message}`).join('\n')}`);
  return result.scenario;
}

export function fixture(name: string): Scenario {
  return loadFile(join(ROOT, 'test', 'fixtures', name), name);
}

/** Every case in scenarios/ (the local-provisions file excepted), by id. */
export function allCases(): Scenario[] {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('lokaal') && !f.startsWith('begrippen'))
    .sort()
    .map((f) => loadFile(join(SCENARIOS, f), f));
}
