// The glossary overlay (key u) in a small terminal (60×20), in tmux: a list taller than the screen is
// read a page at a time like the debrief, with its title and keys in view, down to its last entry;
// Esc closes it and the conversation is there again, without anything pushed into the scrollback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { glossaryLines } from '../../cli/commands/glossary';
import { caseTerms } from '../../engine/analysis/lint-jargon';
import { glossaryFor } from '../../node/case-files';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { hasTmux, tmuxServer } from '../helpers/tmux';

const COLUMNS = 60;
const ROWS = 20;
const out = mkdtempSync(join(tmpdir(), 'kanteltrainer-begrippen-'));
const term = tmuxServer('begrippen');

/** The entries the overlay lists for bakker at this width, one string per screen line. */
function expectedLines(): string[] {
  const found = glossaryFor(SCENARIOS);
  if (!('glossary' in found) || !found.glossary) throw new Error('scenarios/begrippen.yaml ontbreekt of is ongeldig');
  const glossary = found.glossary;
  const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
  const used = Object.fromEntries(caseTerms(bakker, glossary).map((id) => [id, glossary[id]!]));
  return glossaryLines(used, undefined, COLUMNS - 4, false);
}

/** The text inside the overlay's border, line by line. */
const inside = (shown: string) => shown.split('\n').filter((l) => l.startsWith('│')).map((l) => l.replace(/^│ ?/, '').replace(/ *│$/, ''));

afterAll(() => {
  if (hasTmux) term.close();
  rmSync(out, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('the glossary in a small terminal', () => {
  it('pages down to the last entry with title and keys in view, and Esc returns to the conversation', { timeout: 120_000 }, async () => {
    const lines = expectedLines();
    expect(lines.length).toBeGreaterThan(ROWS); // otherwise this test proves nothing
    term.launch('klein', COLUMNS, ROWS, ROOT, `NO_COLOR=1 node ${join(ROOT, 'cli', 'bin.js')} play bakker --out ${out}; sleep 60`);
    await term.waitFor('klein', 'Wat zeg je?');
    term.keys('klein', 'u');
    const first = await term.waitFor('klein', /Regel 1–\d+ van \d+/);
    expect(first).not.toContain(lines.at(-1)!); // the last entry starts below the fold

    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      if (page > 30) throw new Error('het einde van de begrippenlijst kwam niet in beeld');
      const shown = await term.waitFor('klein', /Regel \d+–\d+ van \d+/);
      const rows = shown.replace(/\n+$/, '').split('\n');
      expect(rows.length).toBeLessThan(ROWS);
      expect(inside(shown)[0]).toBe('Begrippen in deze casus');
      expect(shown).toContain('Esc: sluiten');
      expect(term.history('klein')).toBeLessThanOrEqual(ROWS);
      for (const line of inside(shown)) seen.add(line.trimEnd());
      if (shown.includes('dit is het einde')) {
        // The last entry, its term and the last line of its explanation, are on the last page.
        const last = lines.findLastIndex((l) => !l.startsWith(' '));
        for (const line of lines.slice(last)) expect(inside(shown)).toContain(line);
        break;
      }
      const at = /Regel (\d+)–/.exec(shown)![1];
      term.keys('klein', page % 2 === 0 ? 'PageDown' : 'Space');
      await term.waitFor('klein', (text) => /Regel (\d+)–/.exec(text)?.[1] !== at);
    }
    // Every line of every entry came by on some page.
    expect(lines.filter((l) => !seen.has(l.trimEnd()))).toEqual([]);

    term.keys('klein', 'Home');
    await term.waitFor('klein', 'Regel 1–');
    term.keys('klein', 'Escape');
    const back = await term.waitFor('klein', (text) => text.includes('Wat zeg je?') && !text.includes('Begrippen in deze casus'));
    expect(back.split('\n')[0]).toMatch(/^Kanteltrainer · /);
    expect(back).toContain('Het gesprek afronden');
    expect(term.history('klein')).toBeLessThanOrEqual(ROWS);
  });
});
