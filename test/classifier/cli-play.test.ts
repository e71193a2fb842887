import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../engine';
import { runCli } from '../helpers/run-cli';

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

describe('play --script with free text', () => {
  it('reads every free-text line as a move and reaches an ending', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kt-')), 'vrij.txt');
    writeFileSync(file, `${SCRIPT.join('\n')}\n`);
    const run = runCli(['play', 'bakker', '--script', file, '--json']);
    expect(run.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.finished).toBe(true);
    expect(report.ending).not.toBeNull();
    expect(report.turns.map((t) => t.move)).toEqual([
      'overig', 'verhelderen', 'verhelderen', 'eigen_kracht', 'netwerk', 'brede_blik', 'algemene_voorziening', 'afspraak',
    ]);
    for (const [i, turn] of report.turns.entries()) {
      expect(turn).toMatchObject({ source: 'classifier', text: SCRIPT[i] });
      expect(turn.confidence).toBeGreaterThan(0);
    }
  });
});
