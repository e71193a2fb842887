import { describe, expect, it } from 'vitest';
import { reportSchema, score, start, step, type Scenario } from '../../engine';
import { explore } from '../../engine/analysis/explore';
import { pathGraph } from '../../engine/analysis/graph';
import { allCases, fixture } from '../helpers/cases';

const cases: [string, Scenario][] = [['mini (fixture)', fixture('mini.yaml')], ...allCases().map((c): [string, Scenario] => [c.id, c])];

/** Every option path, listed one by one: only for small cases, to check the counted walk against. */
function enumerate(scenario: Scenario): RunResult[] {
  const out: RunResult[] = [];
  const go = (options: number[]): void => {
    const state = replay(scenario, options);
    if (state.status === 'finished') return void out.push({ options, ending: state.ending });
    const count = scenario.points[state.point!]!.options.length;
    for (let o = 1; o <= count; o++) go([...options, o]);
  };
  go([]);
  return out;
}

interface RunResult {
  options: number[];
  ending: string | null;
}

function replay(scenario: Scenario, options: number[]) {
  let state = start(scenario).state;
  for (const option of options) state = step(scenario, state, { type: 'option', option }).state;
  return state;
}

describe.each(cases)('every path of %s', (_name, scenario) => {
  const graph = pathGraph(scenario);
  const found = explore(scenario);

  it('ends: the decision points form no loop, so every option path reaches an ending', () => {
    expect(graph.cycle).toBeNull();
    expect(graph.pathCount).toBeGreaterThan(0);
    expect(Number.isFinite(graph.pathCount)).toBe(true);
    expect([...graph.reachable].sort()).toEqual(Object.keys(scenario.points).sort());
  });

  it('reaches each ending it claims by a path that replays to that ending', () => {
    expect(found.endingsReached.size).toBeGreaterThan(0);
    for (const [ending, options] of found.endingsReached) {
      const state = replay(scenario, options);
      expect(state.status).toBe('finished');
      expect(state.ending).toBe(ending);
    }
  });

  it('keeps every score within 0–100 and every report well-formed, on end states spread over the walk', () => {
    expect(found.terminals.length).toBeGreaterThan(0);
    // Scoring is the slow part; an even spread of up to 1,500 end states keeps CI quick on big cases.
    const every = Math.max(1, Math.ceil(found.terminals.length / 1_500));
    for (const { state } of found.terminals.filter((_, i) => i % every === 0)) {
      const report = reportSchema.parse(score(scenario, state));
      for (const value of [report.overall, ...Object.values(report.dimensions)]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('the counted walk on a case small enough to list every path', () => {
  const scenario = fixture('mini.yaml');
  const listed = enumerate(scenario);

  it('counts exactly the paths there are, both over the point graph and over merged run states', () => {
    expect(pathGraph(scenario).pathCount).toBe(listed.length);
    const found = explore(scenario);
    expect(found.truncated).toBe(false);
    expect(found.pathCount).toBe(listed.length);
  });

  it('finds exactly the endings that some listed path reaches', () => {
    const endings = new Set(listed.map((r) => r.ending));
    expect(new Set(explore(scenario).endingsReached.keys())).toEqual(endings);
  });
});

describe('a case whose options lead back to an earlier point', () => {
  it('is seen as a loop, with the option that closes it', () => {
    const scenario = structuredClone(fixture('mini.yaml'));
    const last = Object.keys(scenario.points).at(-1)!;
    const option = scenario.points[last]!.options[0]!;
    delete option.close;
    delete option.ending;
    option.next = scenario.start ?? Object.keys(scenario.points)[0]!;
    const graph = pathGraph(scenario);
    expect(graph.cycle).toEqual({ from: last, option: 0, to: option.next });
    expect(graph.pathCount).toBe(Infinity);
  });
});

describe.each(allCases().map((c): [string, Scenario] => [c.id, c]))('case %s', (_id, scenario) => {
  it('has reachable strong, middle and weak endings, found whatever the order of the options', () => {
    const qualities = new Set([...explore(scenario).endingsReached.keys()].map((id) => scenario.endings[id]?.quality));
    expect(qualities).toEqual(new Set(['sterk', 'gemiddeld', 'zwak']));
    // The same case with every point's options reversed: the walk must not lean on the best option being first.
    const reversed = structuredClone(scenario);
    for (const point of Object.values(reversed.points)) point.options.reverse();
    const again = new Set([...explore(reversed).endingsReached.keys()].map((id) => reversed.endings[id]?.quality));
    expect(again).toEqual(new Set(['sterk', 'gemiddeld', 'zwak']));
  });
});
