import { readFileSync } from 'node:fs';
import { score, start, step, type RunState, type Scenario, type Turn } from '../../engine';
import { formatDebrief } from '../debrief-text';
import { parseScript } from '../script';
import type { CommandResult } from './result';

export interface ScriptRunOptions {
  scriptFile: string;
  json: boolean;
  /** Turns free text into a move; absent until a classifier is wired in. */
  understand?: (text: string) => Turn;
}

/** Plays a script file through a case without any interaction and reports the debrief. */
export function playScript(scenario: Scenario, options: ScriptRunOptions): CommandResult & { state?: RunState } {
  let text: string;
  try {
    text = readFileSync(options.scriptFile, 'utf8');
  } catch {
    return { code: 1, stdout: [], stderr: [`Scriptbestand "${options.scriptFile}" kan niet gelezen worden.`] };
  }
  const lines = parseScript(text);
  const stderr: string[] = [];
  let state = start(scenario).state;
  let used = 0;
  for (const entry of lines) {
    if (state.status === 'finished') break;
    let turn: Turn;
    if ('turn' in entry) turn = entry.turn;
    else if (options.understand) turn = options.understand(entry.freeText);
    else {
      return {
        code: 2,
        stdout: [],
        stderr: [`${options.scriptFile}:${entry.line}: vrije tekst ("${entry.raw}") wordt nog niet ondersteund; gebruik #N om optie N te kiezen.`],
      };
    }
    const result = step(scenario, state, turn);
    const rejected = result.events.find((e) => e.type === 'turn_rejected');
    if (rejected && rejected.type === 'turn_rejected') {
      return { code: 1, stdout: [], stderr: [`${options.scriptFile}:${entry.line}: ${rejected.reason} (bij beslismoment "${state.point}")`] };
    }
    state = result.state;
    used++;
  }
  const unused = lines.slice(used);
  if (unused.length > 0) {
    stderr.push(`Het gesprek was afgelopen; ${unused.length} ${unused.length === 1 ? 'regel is' : 'regels zijn'} niet gebruikt (vanaf regel ${unused[0]!.line}).`);
  }
  const report = score(scenario, state);
  const stdout = options.json ? [JSON.stringify(report, null, 2)] : formatDebrief(scenario, report);
  return { code: 0, stdout, stderr, state };
}
