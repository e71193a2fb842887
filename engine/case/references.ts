import { pathGraph } from '../analysis/graph';
import type { Condition, Option, Scenario } from './schema';
import type { PathSegment } from './issue';
import { didYouMean, unknownPoint } from './suggest';
import { own } from '../own';

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
  /** A key in the map at path that the problem is about: the issue points at the key itself. */
  key?: string;
}

/** Problems zod cannot see: ids that point nowhere, points no one reaches, points with no way out. */
export function checkReferences(scenario: Scenario): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const pointIds = Object.keys(scenario.points);
  const factIds = Object.keys(scenario.facts);
  const endingIds = Object.keys(scenario.endings);
  const start = startPoint(scenario);

  if (pointIds.length === 0) problems.push({ path: ['points'], message: 'Er zijn nog geen beslismomenten. Voeg er minstens één toe.' });
  if (endingIds.length === 0) problems.push({ path: ['endings'], message: 'Er zijn nog geen einden. Voeg er minstens één toe.' });
  if (scenario.start !== undefined && !Object.hasOwn(scenario.points, scenario.start)) {
    problems.push({ path: ['start'], message: `Onbekend beslismoment "${scenario.start}".${didYouMean(scenario.start, pointIds)}` });
  }

  for (const [pointId, point] of Object.entries(scenario.points)) {
    if (point.next !== undefined && !Object.hasOwn(scenario.points, point.next)) {
      problems.push({ path: ['points', pointId, 'next'], message: unknownPoint(point.next, pointIds, false) });
    }
    point.options.forEach((option, i) => {
      const at: PathSegment[] = ['points', pointId, 'options', i];
      problems.push(...checkExit(option, at, pointIds, endingIds));
      option.reveals.forEach((factId, j) => {
        if (!Object.hasOwn(scenario.facts, factId)) {
          problems.push({ path: [...at, 'reveals', j], message: `Onbekend feit "${factId}".${didYouMean(factId, factIds)}` });
        }
      });
    });
  }

  for (const [factId, fact] of Object.entries(scenario.facts)) {
    fact.after.forEach((earlier, i) => {
      const path: PathSegment[] = ['facts', factId, 'after', i];
      if (!Object.hasOwn(scenario.facts, earlier)) problems.push({ path, message: `Onbekend feit "${earlier}".${didYouMean(earlier, factIds)}` });
      else if (earlier === factId) problems.push({ path, message: 'Een feit kan niet op zichzelf wachten. Noem hier een ander feit, dat eerder in het gesprek boven tafel komt.' });
    });
  }

  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    if (ending.when) problems.push(...checkCondition(ending.when, ['endings', endingId, 'when'], factIds, pointIds));
  }

  for (const [domain, expert] of Object.entries(scenario.verslag?.zrm ?? {})) {
    expert?.facts.forEach((factId, i) => {
      if (!Object.hasOwn(scenario.facts, factId)) {
        problems.push({ path: ['verslag', 'zrm', domain, 'facts', i], message: `Onbekend feit "${factId}".${didYouMean(factId, factIds)}` });
      }
    });
  }

  problems.push(...checkFactsRevealable(scenario));
  // Reachability is only meaningful once every id points somewhere; otherwise it repeats the same mistake.
  if (start !== undefined && problems.length === 0) problems.push(...checkReachability(scenario, start));
  return problems;
}

export function startPoint(scenario: Scenario): string | undefined {
  return scenario.start ?? Object.keys(scenario.points)[0];
}

/** Where an option leads: a point, the close of the conversation, or a fixed ending. */
export function optionExit(option: Option): { kind: 'point'; id: string } | { kind: 'close' } | { kind: 'ending'; id: string } | undefined {
  if (option.next !== undefined) return { kind: 'point', id: option.next };
  if (option.ending !== undefined) return { kind: 'ending', id: option.ending };
  if (option.close === true) return { kind: 'close' };
  return undefined;
}

function checkExit(option: Option, at: PathSegment[], pointIds: string[], endingIds: string[]): ReferenceProblem[] {
  const exits = [option.next !== undefined, option.close === true, option.ending !== undefined].filter(Boolean).length;
  if (exits !== 1) {
    const message =
      exits === 0
        ? 'Deze optie leidt nergens heen. Geef precies één van: next (volgend moment), close: true (afronden) of ending (vast einde).'
        : 'Deze optie heeft meer dan één vervolg. Kies precies één van: next, close of ending.';
    return [{ path: at, message }];
  }
  if (option.next !== undefined && !pointIds.includes(option.next)) {
    return [{ path: [...at, 'next'], message: unknownPoint(option.next, pointIds, true) }];
  }
  if (option.ending !== undefined && !endingIds.includes(option.ending)) {
    return [{ path: [...at, 'ending'], message: `Onbekend einde "${option.ending}".${didYouMean(option.ending, endingIds)}` }];
  }
  return [];
}

function checkCondition(when: Condition, at: PathSegment[], factIds: string[], pointIds: string[]): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const lists: [keyof Condition, string[], string][] = [
    ['found', factIds, 'feit'],
    ['notFound', factIds, 'feit'],
    ['visited', pointIds, 'beslismoment'],
  ];
  for (const [key, known, noun] of lists) {
    const ids = (when[key] as string[] | undefined) ?? [];
    ids.forEach((id, i) => {
      if (!known.includes(id)) problems.push({ path: [...at, key, i], message: `Onbekend ${noun} "${id}".${didYouMean(id, known)}` });
    });
  }
  return problems;
}

function checkFactsRevealable(scenario: Scenario): ReferenceProblem[] {
  const revealedByOption = new Set(Object.values(scenario.points).flatMap((p) => p.options.flatMap((o) => o.reveals)));
  return Object.entries(scenario.facts)
    .filter(([id, fact]) => fact.moves.length === 0 && !revealedByOption.has(id))
    .map(([id]) => ({
      path: ['facts', id, 'moves'],
      message: 'Geen enkele move of optie kan dit feit naar boven halen. Noem moves bij het feit of zet het bij reveals van een optie.',
    }));
}

function checkReachability(scenario: Scenario, start: string): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const option of own(scenario.points, id)?.options ?? []) {
      if (option.next !== undefined && Object.hasOwn(scenario.points, option.next) && !reached.has(option.next)) {
        reached.add(option.next);
        queue.push(option.next);
      }
    }
  }
  for (const id of Object.keys(scenario.points)) {
    if (!reached.has(id)) {
      problems.push({ path: ['points', id], message: `Beslismoment "${id}" is onbereikbaar: geen optie leidt ernaartoe vanaf "${start}".` });
    }
  }
  // Options carry no conditions, so a way back to an earlier point lets a conversation go round forever.
  const { cycle } = pathGraph(scenario);
  if (cycle) {
    problems.push({
      path: ['points', cycle.from, 'options', cycle.option, 'next'],
      message: `Deze optie leidt terug naar "${cycle.to}", waar het gesprek al langskwam: zo kan het eindeloos rondgaan. Laat het gesprek vooruit lopen, bijvoorbeeld naar een nieuw beslismoment.`,
    });
  }
  return problems;
}
