import * as engine from '../../engine';
import type { Report, RunState, Scenario, Turn } from '../../engine';
import { classify } from '../../engine/classifier';
import { parseScript } from '../../cli/script';

// Ways to play a case for calibration: scripts written as consultants would play (typed or by
// option), and gaming strategies that must never earn a strong ending. Written against the engine's
// public functions only, so the same runner can score an older engine for a before/after table.

export type Policy = (scenario: Scenario, state: RunState, turnIndex: number) => Turn;

const MAX_TURNS = 40;

/** How the faces show options; an engine without its own order shows them in file order. */
const orderOf = (seed: number, point: string, count: number): number[] => {
  const own = (engine as { optionOrder?: (s: number, p: string, c: number) => number[] }).optionOrder;
  return own ? own(seed, point, count) : Array.from({ length: count }, (_, i) => i + 1);
};

function optionsHere(scenario: Scenario, state: RunState) {
  return state.point !== null && Object.hasOwn(scenario.points, state.point) ? scenario.points[state.point]!.options : [];
}

export function typed(text: string): Turn {
  const { move, confidence, topics } = classify(text);
  return { type: 'move', move, text, topics, confidence, source: 'classifier' };
}

/** Plays a policy until the conversation ends or MAX_TURNS, then closes. */
export function playPolicy(scenario: Scenario, policy: Policy, seed = 0): Report {
  let state = engine.start(scenario, { seed }).state;
  for (let i = 0; i < MAX_TURNS && state.status !== 'finished'; i++) state = engine.step(scenario, state, policy(scenario, state, i)).state;
  if (state.status !== 'finished') state = engine.step(scenario, state, { type: 'close' }).state;
  return engine.score(scenario, state);
}

/** A script file's lines: #N (file order), /afronden, or typed text. Ends closed. */
export function playScriptText(scenario: Scenario, text: string, seed = 0): Report {
  const lines = parseScript(text);
  return playPolicy(scenario, (_s, _state, i) => {
    const line = lines[i];
    if (!line) return { type: 'close' };
    return 'turn' in line ? line.turn : typed(line.freeText);
  }, seed);
}

export const firstAsShown: Policy = (scenario, state) => {
  const options = optionsHere(scenario, state);
  return { type: 'option', option: orderOf(state.seed, state.point ?? '', options.length)[0] ?? 1 };
};

export const longest: Policy = (scenario, state) => {
  const options = optionsHere(scenario, state);
  let best = 0;
  options.forEach((o, i) => {
    if (o.text.length > (options[best]?.text.length ?? 0)) best = i;
  });
  return { type: 'option', option: best + 1 };
};

/** Typed lines, one per turn, cycled. */
export function cycle(lines: readonly string[]): Policy {
  return (_s, _state, i) => typed(lines[i % lines.length]!);
}

/** Keyword stuffing: every term a scorer might look for, in one line, turn after turn. */
export const KEYWORD_LINES = [
  'eigen kracht netwerk mantelzorg buurtbus wijkcentrum vrijwilligers dochter buren hobby eten verdriet verslag evaluatie cliëntondersteuning',
  'wat kunt u zelf, wie helpt er, familie kinderen buren vrienden club kerk, algemene voorziening maatwerk pgb persoonlijk plan afspraak nazorg',
  'open vraag samenvatten doorvragen luisteren vraag achter de vraag brede blik wederkerigheid dagbesteding eenzaamheid geld gezondheid',
];

/** One good sentence, said at every turn. */
export const REPEATED_LINE = ['Kunt u mij daar wat meer over vertellen?'];

/** Well-formed, case-blind questions and closing lines: good form, no listening. */
export const GENERIC_LINES = [
  'Goedemiddag, fijn dat ik even langs mag komen.',
  'Wat is voor u op dit moment het belangrijkste?',
  'Hoe ziet een gewone dag er voor u uit?',
  'Wat lukt u nog goed zelf?',
  'Wie zijn de mensen om u heen?',
  'Wat deed u vroeger graag?',
  'Hoe gaat het met uw gezondheid?',
  'Hoe zit het met uw geldzaken?',
  'Wat zou u zelf het liefst willen?',
  'Hoe komt u ergens als u weg moet?',
  'Wat heeft u zelf al geprobeerd?',
  'Wie zou u kunnen helpen?',
  'Hoe kijkt u naar de toekomst?',
  'Wat zou u voor een ander kunnen betekenen?',
  'Er zijn in de wijk allerlei activiteiten en vrijwilligers.',
  'Ik maak een verslag van dit gesprek en stuur het u toe.',
  'Zullen we over zes weken bellen hoe het gaat?',
  '/afronden',
];

export function linesPolicy(lines: readonly string[]): Policy {
  return (_s, _state, i) => {
    const line = lines[i];
    if (line === undefined || line === '/afronden') return { type: 'close' };
    return typed(line);
  };
}

const isCritical = (o: Scenario['points'][string]['options'][number]) => o.refusesApplication || o.critical !== undefined || o.flag?.critical !== undefined;

/**
 * A consultant who plays well but makes a knock-out: the shortest way to the nearest point with a
 * critical option (strongest options where there is a choice of way), that option, then the
 * strongest options to the end.
 */
export function legalErrorPolicy(scenario: Scenario): Policy {
  const route = routeToCritical(scenario);
  let erred = false;
  return (_s, state) => {
    const point = state.point !== null && Object.hasOwn(scenario.points, state.point) ? scenario.points[state.point]! : undefined;
    if (!point) return { type: 'close' };
    const critical = point.options.findIndex(isCritical);
    if (!erred && critical >= 0) {
      erred = true;
      return { type: 'option', option: critical + 1 };
    }
    const planned = erred ? undefined : route.get(state.point!);
    if (planned !== undefined) return { type: 'option', option: planned + 1 };
    const best = engine.strongestOption(point);
    return best === undefined ? { type: 'close' } : { type: 'option', option: best + 1 };
  };
}

/** For each point on the way from the start to the nearest critical option: which option to take. */
function routeToCritical(scenario: Scenario): Map<string, number> {
  const first = scenario.start ?? Object.keys(scenario.points)[0]!;
  const parent = new Map<string, { from: string; option: number } | null>([[first, null]]);
  const queue = [first];
  let target: string | undefined;
  while (queue.length > 0) {
    const id = queue.shift()!;
    const point = scenario.points[id]!;
    if (point.options.some(isCritical)) {
      target = id;
      break;
    }
    point.options.forEach((o, i) => {
      if (o.next !== undefined && !parent.has(o.next) && !isCritical(o)) {
        parent.set(o.next, { from: id, option: i });
        queue.push(o.next);
      }
    });
  }
  const route = new Map<string, number>();
  for (let at = target; at !== undefined; ) {
    const link = parent.get(at);
    if (!link) break;
    route.set(link.from, link.option);
    at = link.from;
  }
  return route;
}

export function hasCriticalOption(scenario: Scenario): boolean {
  return Object.values(scenario.points).some((p) => p.options.some(isCritical));
}
