import { readFileSync } from 'node:fs';
import { optionOrder, score, spokenParts, start, step, type RunState, type Scenario, type StepResult, type Turn } from '../../engine';
import { formatDebrief, wrap } from '../debrief-text';
import { collectVoice } from '../../node/model/collect-voice';
import type { ModelMode } from '../../node/model/mode';
import { parseScript, type ScriptLine } from '../script';
import type { CommandResult } from './result';

export interface ScriptRunOptions {
  scriptFile: string;
  json: boolean;
  /** Turns free text into a move; absent until a classifier is wired in. */
  understand?: (text: string) => Turn;
  /** The run's seed: the order options are shown in, and the fallback replies. */
  seed?: number;
  /** #N is the Nth option as shown on screen (the run's own order), not the Nth in the file. */
  asShown?: boolean;
}

/** `#N` as written in the script, as the option number in the file. */
function fileOption(scenario: Scenario, state: RunState, turn: Turn, asShown: boolean | undefined): Turn {
  if (!asShown || turn.type !== 'option' || state.point === null || !Object.hasOwn(scenario.points, state.point)) return turn;
  const order = optionOrder(state.seed, state.point, scenario.points[state.point]!.options.length);
  return { ...turn, option: order[turn.option - 1] ?? turn.option };
}

type ScriptResult = CommandResult & { state?: RunState };

/** Plays a script file through a case without any interaction and reports the debrief. */
export function playScript(scenario: Scenario, options: ScriptRunOptions): ScriptResult {
  const lines = readScript(options.scriptFile);
  if (!Array.isArray(lines)) return lines;
  let state = start(scenario, { seed: options.seed ?? 0 }).state;
  let used = 0;
  let mayCloseAt: number | undefined;
  for (const entry of lines) {
    if (state.status === 'finished') break;
    let turn: Turn;
    if ('turn' in entry) turn = fileOption(scenario, state, entry.turn, options.asShown);
    else if (options.understand) turn = options.understand(entry.freeText);
    else {
      return {
        code: 2,
        stdout: [],
        stderr: [`${options.scriptFile}:${entry.line}: vrije tekst ("${entry.raw}") wordt nog niet ondersteund; gebruik #N om optie N te kiezen.`],
      };
    }
    const result = step(scenario, state, turn);
    const rejected = rejection(options.scriptFile, entry, state, result);
    if (rejected) return rejected;
    if (offersClose(result)) mayCloseAt = entry.line;
    state = result.state;
    used++;
  }
  return report(scenario, state, lines.slice(used), options.json, [], [], mayCloseAt);
}

export interface ModelScriptOptions {
  scriptFile: string;
  json: boolean;
  model: ModelMode;
  seed?: number;
  asShown?: boolean;
}

/**
 * `play --script --model`: free text is read by the model (the offline classifier steps in when it
 * fails) and, without --json, the client's replies are voiced by it. The engine decides every
 * state change, so the report is what the offline path gives for the same moves; each fallback
 * is noted on stderr with its script line.
 */
export async function playScriptWithModel(scenario: Scenario, options: ModelScriptOptions): Promise<ScriptResult> {
  const lines = readScript(options.scriptFile);
  if (!Array.isArray(lines)) return lines;
  const notices: string[] = [];
  const opening = start(scenario, { seed: options.seed ?? 0 });
  const conversation = opening.events.flatMap((e) => (e.type === 'client_said' ? saidInRoom(scenario, e.text) : []));
  let state = opening.state;
  let used = 0;
  let mayCloseAt: number | undefined;
  for (const entry of lines) {
    if (state.status === 'finished') break;
    let turn: Turn;
    if ('turn' in entry) turn = fileOption(scenario, state, entry.turn, options.asShown);
    else {
      const point = state.point !== null && Object.hasOwn(scenario.points, state.point) ? scenario.points[state.point] : undefined;
      const understood = await options.model.understand(entry.freeText, point?.client, point?.options.map((o) => o.text));
      if (understood.notice) notices.push(`${options.scriptFile}:${entry.line}: ${understood.notice}`);
      turn = understood.turn;
    }
    const result = step(scenario, state, turn);
    const rejected = rejection(options.scriptFile, entry, state, result);
    if (rejected) return { ...rejected, stderr: [...notices, ...rejected.stderr] };
    if (offersClose(result)) mayCloseAt = entry.line;
    if (!options.json) {
      conversation.push(...said('Consulent', result.state.turns.at(-1)?.text ?? entry.raw));
      const voiced = await collectVoice(options.model.voice(scenario, result));
      if (voiced.notice) notices.push(`${options.scriptFile}:${entry.line}: ${voiced.notice}`);
      if (voiced.text) conversation.push(...saidInRoom(scenario, voiced.text));
    }
    state = result.state;
    used++;
  }
  const transcript = options.json ? [] : ['Gesprek:', ...conversation, ''];
  return report(scenario, state, lines.slice(used), options.json, transcript, notices, mayCloseAt);
}

/** A line of the case, each part under the name of whoever says it (the client, or a neighbour in the room). */
function saidInRoom(scenario: Scenario, text: string): string[] {
  return spokenParts(scenario, text).flatMap((part) => said(part.speaker ?? scenario.client.name, part.text));
}

/** One speaker's line in the printed conversation, wrapped and indented under the name. */
function said(who: string, text: string): string[] {
  return wrap(`${who}: ${text}`, 76).map((line, i) => (i === 0 ? `  ${line}` : `      ${line}`));
}


function readScript(scriptFile: string): ScriptLine[] | ScriptResult {
  try {
    return parseScript(readFileSync(scriptFile, 'utf8'));
  } catch {
    return { code: 1, stdout: [], stderr: [`Scriptbestand "${scriptFile}" kan niet gelezen worden.`] };
  }
}

function rejection(scriptFile: string, entry: ScriptLine, state: RunState, result: StepResult): ScriptResult | undefined {
  const rejected = result.events.find((e) => e.type === 'turn_rejected');
  if (!rejected || rejected.type !== 'turn_rejected') return undefined;
  return { code: 1, stdout: [], stderr: [`${scriptFile}:${entry.line}: ${rejected.reason} (bij beslismoment "${state.point}")`] };
}

/** The engine offers to close (after an agreement, or typed words that say a closing option); only the trainee closes. */
function offersClose(result: StepResult): boolean {
  return result.state.status !== 'finished' && result.events.some((e) => e.type === 'may_close');
}

function report(
  scenario: Scenario, state: RunState, unused: ScriptLine[], json: boolean, before: string[], notices: string[], mayCloseAt?: number,
): ScriptResult {
  const stderr = [...notices];
  if (unused.length > 0) {
    stderr.push(`Het gesprek was afgelopen; ${unused.length} ${unused.length === 1 ? 'regel is' : 'regels zijn'} niet gebruikt (vanaf regel ${unused[0]!.line}).`);
  }
  if (state.status !== 'finished') {
    // Typed words never end a conversation: a script that stops without /afronden stays unfinished.
    const offered = mayCloseAt === undefined ? '' : ` Na regel ${mayCloseAt} vroeg de trainer of je wilt afronden.`;
    stderr.push(`Het script is op, maar het gesprek is niet afgerond: alleen jij rondt af. Zet /afronden op de laatste regel.${offered}`);
  }
  const result = score(scenario, state);
  const stdout = json ? [JSON.stringify(result, null, 2)] : [...before, ...formatDebrief(scenario, result)];
  return { code: 0, stdout, stderr, state };
}
