import { parseArgs } from 'node:util';
import { render } from 'ink';
import { caseHash, formatIssue, start, type RunState, type Scenario } from '../../engine';
import { displayName, findCase, listCaseIds } from '../case-files';
import type { CommandResult } from '../commands/result';
import { App } from './App';
import { NL } from './messages';
import { menuModel, runModel, type CaseSummary, type Model } from './model';
import { loadRun, runPathMaker, saveRun } from './run-store';
import type { Deps } from './update';
import { understandOffline } from '../understand';

export const INTERACTIVE_HELP = `kanteltrainer play [casus] [--resume <runbestand>] [--out <map>]

Opent de trainer in de terminal. Zonder casus kies je er eerst een uit het menu.
Na elke beurt wordt het gesprek bewaard (standaard in runs/, of in de map na --out);
met --resume speel je een bewaard gesprek verder. Toetsen: ↑↓ of cijfers kiezen, Enter
bevestigt, Tab wisselt naar zelf typen, ? geeft hulp, q stopt.`;

interface PlayOptions {
  /** When the run started; passed in so file names do not depend on a hidden clock. */
  now?: Date;
  isTTY?: boolean;
}

/** Interactive play: checks the arguments and the terminal, then runs the Ink trainer until the trainee stops. */
export async function playInteractive(args: string[], options: PlayOptions = {}): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { resume: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return fail([(e as Error).message, '', INTERACTIVE_HELP]);
  }
  if (parsed.values.help) return { code: 0, stdout: [INTERACTIVE_HELP], stderr: [] };
  if (!(options.isTTY ?? process.stdin.isTTY)) return { code: 2, stdout: [], stderr: [NL.notATerminal] };

  const initial = prepare(parsed.positionals[0], parsed.values.resume, parsed.values.out ?? 'runs', options.now ?? new Date());
  if ('code' in initial) return initial;
  const saved = new Set<string>();
  if (initial.model.runPath && initial.model.state && initial.model.state.turns.length > 0) saved.add(initial.model.runPath);
  const effects = {
    save(path: string, scenario: Scenario, state: RunState) {
      saveRun(path, scenario, state);
      saved.add(path);
    },
  };
  const instance = render(<App initial={initial.model} deps={initial.deps} effects={effects} />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
  if (saved.size === 0) return { code: 0, stdout: [NL.nothingSaved], stderr: [] };
  const stdout: string[] = [];
  for (const path of saved) stdout.push(NL.savedLine(displayName(path)));
  const last = [...saved].at(-1)!;
  stdout.push(NL.resumeLine(displayName(last)));
  return { code: 0, stdout, stderr: [] };
}

function prepare(id: string | undefined, resume: string | undefined, outDir: string, now: Date): { model: Model; deps: Deps } | CommandResult {
  const deps = makeDeps(outDir, now);
  const cases = caseSummaries();
  if (resume) {
    const loaded = loadRun(resume);
    if (!loaded.ok) return fail([loaded.reason === 'unreadable' ? NL.resumeUnreadable(resume) : NL.resumeInvalid(resume)]);
    const { run } = loaded;
    if (id && id !== run.caseId) return fail([NL.resumeMismatch(resume, run.caseId, id)]);
    const found = findCase(run.caseId);
    if (!found.ok) return fail([NL.resumeOtherCase(resume, run.caseId)]);
    const changed = run.caseHash !== caseHash(found.scenario);
    return { model: runModel(cases, found.scenario, run.state, resume, changed ? NL.resumeChanged : null), deps };
  }
  if (!id) return { model: menuModel(cases), deps };
  const found = findCase(id);
  if (!found.ok) {
    if ('unknown' in found) return fail([`Onbekende casus "${id}". Beschikbaar: ${found.known.join(', ')}.`]);
    return fail(['Deze casus bevat fouten:', ...found.issues.map(formatIssue)]);
  }
  const started = runModel(cases, found.scenario, start(found.scenario).state, deps.newRunPath(id));
  return { model: { ...started, menuCursor: Math.max(0, cases.findIndex((c) => c.id === id)) }, deps };
}

function makeDeps(outDir: string, now: Date): Deps {
  return {
    loadCase(id) {
      const found = findCase(id);
      if (found.ok) return found.scenario;
      return 'unknown' in found ? `Onbekende casus "${id}".` : `De casus "${id}" bevat fouten; controleer hem met: kanteltrainer validate`;
    },
    understand(text) {
      const turn = understandOffline(text);
      if (turn.type !== 'move') return { move: 'overig', confidence: null, topics: [] };
      return { move: turn.move, confidence: turn.confidence ?? null, topics: turn.topics ?? [] };
    },
    newRunPath: runPathMaker(outDir, now),
  };
}

/** What the menu needs of each valid case; a case with errors is left out (validate says why). */
export function caseSummaries(): CaseSummary[] {
  const out: CaseSummary[] = [];
  for (const id of listCaseIds()) {
    const found = findCase(id);
    if (!found.ok) continue;
    const s = found.scenario;
    out.push({ id, title: s.title, summary: s.summary, clientName: s.client.name, clientAge: s.client.age, difficulty: s.difficulty, learningGoals: s.learningGoals });
  }
  return out;
}

function fail(stderr: string[]): CommandResult {
  return { code: 1, stdout: [], stderr };
}
