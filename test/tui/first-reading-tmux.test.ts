// The offline reader trains on the first typed sentence, which takes seconds. In a real terminal (tmux)
// the trainee sees the sentence and a spinner that says why it takes a moment, then the reading; a
// second sentence is read at once, without that spinner.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';
import { hasTmux, tmuxServer } from '../helpers/tmux';

const out = mkdtempSync(join(tmpdir(), 'kanteltrainer-eerste-zin-'));
const term = tmuxServer('eerste-zin');
const FIRST_TIME = 'De eerste keer duurt dat een paar seconden.';

afterAll(() => {
  if (hasTmux) term.close();
  rmSync(out, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('the first typed sentence in the terminal', () => {
  it('shows the sentence and why it takes a moment while the reader trains, then the reading; the next sentence reads at once', { timeout: 120_000 }, async () => {
    term.launch('zin', 100, 40, ROOT, `NO_COLOR=1 node ${join(ROOT, 'cli', 'bin.js')} play bakker --out ${out}; sleep 60`);
    await term.waitFor('zin', 'Wat zeg je?');
    term.keys('zin', 'Tab');
    term.keys('zin', '-l', 'Hoe gaat het nu met u, sinds uw vrouw er niet meer is?');
    term.keys('zin', 'Enter');
    const waiting = await term.waitFor('zin', FIRST_TIME, 10_000);
    expect(waiting).toContain('Jij: "Hoe gaat het nu met u, sinds uw vrouw er niet meer is?"');
    const read = await term.waitFor('zin', 'Opgevat als:');
    expect(read).not.toContain(FIRST_TIME);
    // Say it, then type a second sentence: the reader is ready now.
    term.keys('zin', 'Enter');
    await term.waitFor('zin', (shown) => shown.includes('Beurt 2'));
    term.keys('zin', 'Tab');
    term.keys('zin', '-l', 'Wie komt er bij u over de vloer?');
    term.keys('zin', 'Enter');
    const second = await term.waitFor('zin', (shown) => shown.includes('Wie komt er bij u over de vloer?') && shown.includes('Opgevat als:'));
    expect(second).not.toContain(FIRST_TIME);
  });
});
