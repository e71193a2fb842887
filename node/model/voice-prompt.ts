import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { RunEvent, RunState, Scenario } from '../../engine';
import { personaForModel } from './persona';

/** What the engine decided the client says this step: the content the model may only rephrase. */
export function engineReply(events: readonly RunEvent[]): string {
  return events
    .filter((e): e is Extract<RunEvent, { type: 'client_said' }> => e.type === 'client_said')
    .map((e) => e.text)
    .join('\n\n');
}

/**
 * What one voice prompt may hold, in characters (about 4,000 tokens of Dutch). A long conversation
 * loses its oldest exchanges first; the persona, the facts told and the current turn always stay.
 */
export const VOICE_PROMPT_CHARS = 16_000;

/**
 * The prompt for voicing one reply. It holds only the persona (without its list of secrets), the situation, the facts the
 * client has already told (the state after the step, so this turn's fact is included), the
 * conversation so far and the engine's reply. Facts not yet revealed are never in it.
 */
export function voiceMessages(scenario: Scenario, state: RunState, events: readonly RunEvent[]): ChatCompletionMessageParam[] {
  const { client } = scenario;
  const told = state.revealed.flatMap((id) => (Object.hasOwn(scenario.facts, id) ? [scenario.facts[id]!] : []));
  const system = [
    `Je speelt ${client.name} (${client.age} jaar) in een keukentafelgesprek met een Wmo-consulent van de gemeente.`,
    `Wie je bent: ${personaForModel(client.persona)}`,
    `Je situatie: ${client.situation}`,
    told.length > 0 ? `Wat je al verteld hebt (meer weet de consulent niet):\n${told.map((f) => `- ${f.says}`).join('\n')}` : 'Je hebt nog niets persoonlijks verteld.',
    'Bij elke beurt krijg je de inhoud van je antwoord. Zeg precies dat, in je eigen woorden en in de ik-vorm,',
    'kort (hooguit vier zinnen), in gewone spreektaal. Voeg geen nieuwe feiten, namen, bedragen of beloftes toe.',
    'Staat er een beschrijving tussen haakjes of over wat er gebeurt, geef die dan kort weer.',
    ...othersInRoom(scenario),
  ].join('\n\n');
  const messages: ChatCompletionMessageParam[] = [{ role: 'system', content: system }];
  const turns = state.turns;
  let point: string | null = null;
  turns.forEach((turn, i) => {
    if (turn.point !== point) {
      const line = (Object.hasOwn(scenario.points, turn.point) ? scenario.points[turn.point] : undefined)?.client;
      if (line) messages.push({ role: 'assistant', content: line });
      point = turn.point;
    }
    if (i < turns.length - 1) {
      messages.push({ role: 'user', content: turn.text });
      if (turn.reply) messages.push({ role: 'assistant', content: turn.reply });
    }
  });
  const current = turns.at(-1);
  messages.push({
    role: 'user',
    content: `De consulent zegt: "${current?.text ?? ''}"\n\nInhoud van jouw antwoord (breng dit over, niets meer):\n${engineReply(events)}`,
  });
  return withinBudget(messages, VOICE_PROMPT_CHARS);
}

/**
 * Who else may speak, so the model keeps their words theirs: a part of the content that starts with
 * "Fatima:" is said by Fatima, and stays under her name in the answer (the faces show that name).
 */
function othersInRoom(scenario: Scenario): string[] {
  const others = Object.values(scenario.speakers);
  if (others.length === 0) return [];
  const first = scenario.client.name.trim().split(/\s+/)[0];
  return [
    `Behalve jij kunnen ook deze mensen iets zeggen: ${others.map((o) => `${o.name} (${o.role})`).join('; ')}.`,
    `Staat in de inhoud een naam met een dubbele punt ("${others[0]!.name}: ..."), dan zegt die persoon dat deel, niet jij.`,
    `Zet dan ook in jouw antwoord die naam met een dubbele punt voor haar of zijn woorden, en "${first}:" als jij daarna weer praat. Laat niemand iets zeggen wat niet in de inhoud staat.`,
  ];
}

/** Drops the oldest exchanges (never the system message or the last one) until the prompt fits. */
function withinBudget(messages: ChatCompletionMessageParam[], budget: number): ChatCompletionMessageParam[] {
  const size = (m: ChatCompletionMessageParam) => (typeof m.content === 'string' ? m.content.length : 0);
  let total = messages.reduce((n, m) => n + size(m), 0);
  let drop = 0;
  while (total > budget && 1 + drop < messages.length - 1) total -= size(messages[1 + drop++]!);
  return drop === 0 ? messages : [messages[0]!, ...messages.slice(1 + drop)];
}
