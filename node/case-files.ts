import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCaseId, loadCase, loadGlossary, loadLocal, usesLocal, type CaseIssue, type Glossary, type LocalValues, type Scenario } from '../engine';

/** The scenarios/ folder of this checkout, wherever the command is started from. */
export const SCENARIO_DIR = resolve(fileURLToPath(new URL('../scenarios', import.meta.url)));

const CASE_FILE = /\.ya?ml$/i;

/** Case files named on the command line: files as they are, folders searched for .yaml files. */
export function expandCaseFiles(args: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args.length > 0 ? args : [SCENARIO_DIR]) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(arg).sort()) if (CASE_FILE.test(name) && !isDataFile(name)) files.push(join(arg, name));
    } else files.push(arg);
  }
  return { files, missing };
}

export function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export type CaseLoad = { ok: true; scenario: Scenario; file: string } | { ok: false; issues: CaseIssue[]; file: string };

export function loadCaseFile(file: string): CaseLoad {
  const name = displayName(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, file: name, issues: [{ file: name, line: 1, column: 1, path: '(bestand)', message: 'Dit bestand kan niet gelezen worden.' }] };
  }
  const local = usesLocal(text) ? localFor(file) : { values: undefined };
  if ('issues' in local) return { ok: false, file: name, issues: local.issues };
  const result = loadCase(text, name, { local: local.values });
  if (!result.ok) return { ok: false, file: name, issues: result.issues };
  const expected = basename(file).replace(CASE_FILE, '');
  if (result.scenario.id !== expected) {
    const line = text.split('\n').findIndex((l) => /^id\s*:/.test(l)) + 1;
    const issue = { file: name, line: Math.max(1, line), column: 1, path: 'id', message: `De id "${result.scenario.id}" hoort gelijk te zijn aan de bestandsnaam ("${expected}").` };
    return { ok: false, file: name, issues: [issue] };
  }
  return { ok: true, scenario: result.scenario, file: name };
}

export const LOCAL_FILE = 'lokaal.yaml';
export const GLOSSARY_FILE = 'begrippen.yaml';

/** Files beside the cases that hold data for all of them (local names, the glossary), never a case. */
export function isDataFile(name: string): boolean {
  return name.startsWith('lokaal') || name.startsWith('begrippen');
}

/** The glossary beside the cases (begrippen.yaml), or none when there is no such file. */
export function glossaryFor(dir: string): { glossary: Glossary | undefined } | { issues: CaseIssue[] } {
  const file = join(dir, GLOSSARY_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { glossary: undefined };
  }
  const loaded = loadGlossary(text, displayName(file));
  return loaded.ok ? { glossary: loaded.glossary } : { issues: loaded.issues };
}

/** The local provisions beside a case (lokaal.yaml in the same folder), or none when there is no such file. */
export function localFor(caseFile: string): { values: LocalValues | undefined } | { issues: CaseIssue[] } {
  const file = join(dirname(caseFile), LOCAL_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { values: undefined };
  }
  const loaded = loadLocal(text, displayName(file));
  return loaded.ok ? { values: loaded.values } : { issues: loaded.issues };
}

/** All valid cases in scenarios/, in file order. */
export function listCaseIds(): string[] {
  return expandCaseFiles([SCENARIO_DIR]).files.map((f) => basename(f).replace(CASE_FILE, ''));
}

/** A case by its id from scenarios/ only: for ids read from a file, which name a case and never a path. */
export function findCaseById(id: string): CaseLoad | { ok: false; unknown: true; known: string[] } {
  const known = listCaseIds();
  if (!isCaseId(id) || !known.includes(id)) return { ok: false, unknown: true, known };
  return loadCaseFile(join(SCENARIO_DIR, `${id}.yaml`));
}

/** A case by id from scenarios/, or by the path of a .yaml file anywhere (a case still being written). */
export function findCase(id: string): CaseLoad | { ok: false; unknown: true; known: string[] } {
  if (CASE_FILE.test(id) && existsSync(id)) return loadCaseFile(resolve(id));
  const known = listCaseIds();
  if (!known.includes(id)) return { ok: false, unknown: true, known };
  return loadCaseFile(join(SCENARIO_DIR, `${id}.yaml`));
}
