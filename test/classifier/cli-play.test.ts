import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Scenario } from '../../engine';
import { judgeOption } from '../../engine/case/judgement';
import { classify } from '../../engine/classifier';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

const SCRIPT = [
  'Goedemiddag meneer Bakker, fijn dat ik even langs mag komen.',
  'Wat bedoelt u precies met dat het huishouden niet meer lukt?',
  'Dat klinkt alsof u Ria heel erg mist.',
  'wat doet u nog zelf in huis',
  'Heeft u kinderen die in de buurt wonen?',
  'Hoe vult u tegenwoordig uw dagen?',
  'Kent u de buurtbus die bij de kerk stopt?',
  'Dan spreken we af dat ik over zes weken bel hoe het gaat, en u krijgt het verslag thuis.',
];

function scriptFile(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kt-')), 'vrij.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** `#N` lines (file order) that lead from the opening to the first point with a strong closing option, and that option. */
function pathToClose(scenario: Scenario): { lines: string[]; point: string; text: string } {
  const startId = scenario.start ?? Object.keys(scenario.points)[0]!;
  const from = new Map<string, [string, number]>();
  const queue = [startId];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift()!;
    const closing = scenario.points[id]!.options.find((o) => o.close && judgeOption(o) === 'strong');
    if (closing) {
      const lines: string[] = [];
      for (let at = id; at !== startId; at = from.get(at)![0]) lines.unshift(`#${from.get(at)![1]}`);
      return { lines, point: id, text: closing.text };
    }
    scenario.points[id]!.options.forEach((o, i) => {
      if (o.next === undefined || seen.has(o.next)) return;
      seen.add(o.next);
      from.set(o.next, [id, i + 1]);
      queue.push(o.next);
    });
  }
  throw new Error(`${scenario.id}: geen sterke afsluitende optie bereikbaar`);
}

describe('play --script with free text', () => {
  it('reads every free-text line as a move; the trainee closes with /afronden and gets an ending', () => {
    const run = runCli(['play', 'bakker', '--script', scriptFile([...SCRIPT, '/afronden']), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.finished).toBe(true);
    expect(report.ending).not.toBeNull();
    expect(report.endingTitle).toBeTruthy();
    expect(SCRIPT.map((text) => classify(text).move)).toEqual([
      'overig', 'verhelderen', 'verhelderen', 'eigen_kracht', 'netwerk', 'brede_blik', 'algemene_voorziening', 'afspraak',
    ]);
    const typed = report.turns.slice(0, SCRIPT.length);
    for (const [i, turn] of typed.entries()) {
      expect(turn).toMatchObject({ kind: 'move', source: 'classifier', text: SCRIPT[i] });
      expect(turn.confidence).toBeGreaterThan(0);
      expect(turn.form).not.toBeNull();
      // A typed line keeps the move it was read as, unless it said an option: then it is that option.
      const option = turn.option === null ? undefined : bakker.points[turn.point]!.options[turn.option - 1]!;
      expect(turn.move).toBe(option?.move ?? classify(SCRIPT[i]!).move);
      expect(turn.optionText).toBe(option?.text ?? null);
    }
    // Typing an agreement did not end the conversation: the trainee's /afronden did.
    expect(report.turns).toHaveLength(SCRIPT.length + 1);
    expect(report.turns.at(-1)).toMatchObject({ kind: 'close', source: 'trainee' });
  });

  it('never ends on typed words: a typed closing option is taken, and the conversation waits for /afronden', () => {
    const { lines, point, text } = pathToClose(bakker);
    const typedLine = lines.length + 1;

    // Without /afronden the script stops with the conversation still open, and says how to close it.
    const open = runCli(['play', 'bakker', '--script', scriptFile([...lines, text]), '--json']);
    expect(open.code).toBe(0);
    const unfinished = reportSchema.parse(JSON.parse(open.stdout));
    expect(unfinished.finished).toBe(false);
    expect(unfinished.ending).toBeNull();
    expect(unfinished.turns.at(-1)).toMatchObject({ point, kind: 'move', match: 'verbatim', optionText: text });
    expect(open.stderr).toContain('het gesprek is niet afgerond: alleen jij rondt af. Zet /afronden op de laatste regel.');
    expect(open.stderr).toContain(`Na regel ${typedLine} vroeg de trainer of je wilt afronden.`);
    const readable = runCli(['play', 'bakker', '--script', scriptFile([...lines, text])]);
    expect(readable.stdout).toContain('Het gesprek is niet afgerond.');

    // With /afronden after it, the same words count and the case picks its ending.
    const closed = runCli(['play', 'bakker', '--script', scriptFile([...lines, text, '/afronden']), '--json']);
    expect(closed.code).toBe(0);
    expect(closed.stderr).toBe('');
    const finished = reportSchema.parse(JSON.parse(closed.stdout));
    expect(finished.finished).toBe(true);
    expect(finished.ending).not.toBeNull();
    expect(finished.turns.slice(-2)).toMatchObject([{ point, kind: 'move', match: 'verbatim', optionText: text }, { kind: 'close' }]);
  }, 90_000); // two CLI runs of a longer script (the opening adds two points); slow on a loaded machine
});
