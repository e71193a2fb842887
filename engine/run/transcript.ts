import type { Scenario } from '../case/schema';
import type { Move } from '../vocabulary';
import type { RunState } from './state';
import { own } from '../own';
import { spokenParts } from './speakers';

/** A line of the chat. A client line said by someone else in the room (a neighbour, a son) names them in `speaker`. */
export type Line = { who: 'client' | 'trainee'; text: string; move?: Move | null; n?: number; speaker?: string };

/**
 * The conversation so far, rebuilt from the run state alone, so a resumed run shows the same
 * chat in every face: the client's line at each new decision point, what the trainee said and
 * the reply.
 */
export function transcript(scenario: Scenario, state: RunState): Line[] {
  const lines: Line[] = [];
  let heard = '';
  const say = (text: string) => {
    if (lines.at(-1)?.who !== 'client') heard = '';
    // A reply often runs into the next point's opening line: what was just said is not said twice.
    for (const part of spokenParts(scenario, text)) {
      const rest = heard ? unsaid(heard, part.text) : part.text;
      if (rest) lines.push(clientLine(rest, part.speaker));
    }
    heard = `${heard} ${text}`;
  };
  let shown: string | null = null;
  for (const turn of state.turns) {
    if (turn.point !== shown) {
      const client = own(scenario.points, turn.point)?.client;
      if (client) say(client);
      shown = turn.point;
    }
    lines.push({ who: 'trainee', text: turn.text, move: turn.move, n: turn.n });
    if (turn.reply) say(turn.reply);
  }
  if (state.point !== null && state.point !== shown) {
    const client = own(scenario.points, state.point)?.client;
    if (client) say(client);
  }
  return lines;
}

function clientLine(text: string, speaker: string | null): Line {
  return speaker === null ? { who: 'client', text } : { who: 'client', text, speaker };
}

/** The sentences of `next` the client did not already say in `said` (the same words, punctuation aside). */
export function unsaid(said: string, next: string): string {
  const heard = plain(said);
  const sentences = next.match(/[^.!?…]+(?:[.!?…]+["'”’)]*|$)\s*/g) ?? [next];
  return sentences
    .filter((s) => {
      const p = plain(s);
      return p === '' || !heard.includes(p);
    })
    .join('')
    .trim();
}

function plain(text: string): string {
  return ` ${text.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The conversation as shown when a language model voices the client: after a voiced turn, the
 * model's words stand in for the case's own reply and next opening line (together they are what
 * the model was given to say). While turn `answering` is being voiced, the case's lines for it
 * stay hidden, so the trainee never reads the answer before the client "says" it.
 */
export function voicedTranscript(scenario: Scenario, state: RunState, voiced: Readonly<Record<number, string>>, answering: number | null): Line[] {
  const shown: Line[] = [];
  let replaced = false;
  for (const line of transcript(scenario, state)) {
    if (line.who === 'trainee') {
      shown.push(line);
      const n = line.n ?? -1;
      replaced = n === answering || voiced[n] !== undefined;
      const words = voiced[n];
      if (words) for (const part of spokenParts(scenario, words)) shown.push(clientLine(part.text, part.speaker));
      continue;
    }
    if (!replaced) shown.push(line);
  }
  return shown;
}

export const PHASES = ['verkennen', 'oplossingen', 'afspraken'] as const;
export type Phase = (typeof PHASES)[number];

/** The phase of the current point (read from the case), or of the last point played. */
export function currentPhase(scenario: Scenario, state: RunState): Phase {
  const id = state.point ?? state.turns.at(-1)?.point;
  const phase = id ? own(scenario.points, id)?.phase : undefined;
  // The opening comes before the onderzoek; the faces show it under the first phase of the conversation.
  return phase === undefined || phase === 'opening' ? 'verkennen' : phase;
}
