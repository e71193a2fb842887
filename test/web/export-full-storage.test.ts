// Issue 13, data loss: with the device storage full, the alert offers "Gegevens opslaan als bestand".
// That file must hold the conversation on screen (it once held {"run": null, "history": null},
// read from the very storage that was full). Real Chromium, storage filled until it refuses.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runFileSchema } from '../../engine';
import { join } from 'node:path';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { closeTrainer, HAS_CHROMIUM, openTrainer, optionButton, shownOptions, type Trainer } from './browser';

// Options are shown in the run's own order; take one that leads on, so the conversation does not end here.
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const leadsOn = new Set(Object.values(bakker.points).flatMap((p) => p.options.filter((o) => o.next !== undefined).map((o) => o.text)));
async function takeOneThatLeadsOn(page: Page): Promise<void> {
  const text = (await shownOptions(page)).find((t) => leadsOn.has(t));
  if (!text) throw new Error('geen optie die verder leidt');
  await optionButton(page, text).click();
}

/** Fills localStorage until it refuses: big pieces first, then ever smaller ones. Returns how many characters went in. */
function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    let total = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`vulsel-${n++}`, 'x'.repeat(size));
        total += size;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return total;
  });
}

async function exported(page: Page): Promise<{ run: unknown; history: { caseId: string }[]; stored: unknown }> {
  const alert = page.getByRole('alert').filter({ hasText: 'Bewaren op dit apparaat lukt niet' });
  const [file] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Gegevens opslaan als bestand' }).click()]);
  return JSON.parse(readFileSync((await file.path())!, 'utf8'));
}

describe.skipIf(!HAS_CHROMIUM)('exporting the data when the device storage is full', () => {
  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('downloads the run in memory, with its turns, and the history in memory', { timeout: 60_000 }, async () => {
    const { page, url } = trainer as Trainer;
    await page.goto(url);
    await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button').click();
    await page.locator('fieldset.options button').first().waitFor();
    expect(await fillStorage(page)).toBeGreaterThan(0);

    // Two turns: the first one may still have fitted before the storage was full; the second cannot.
    await takeOneThatLeadsOn(page);
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 2');
    await takeOneThatLeadsOn(page);
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 3');
    await page.getByRole('alert').filter({ hasText: 'Bewaren op dit apparaat lukt niet' }).waitFor();

    const data = await exported(page);
    const run = runFileSchema.parse(data.run);
    expect(run.caseId).toBe('bakker');
    expect(run.state.status).toBe('active');
    expect(run.state.turns).toHaveLength(2);
    expect(run.state.turns.every((t) => t.option !== null)).toBe(true);
    // The storage never got the second turn: the file is the only copy of it.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kanteltrainer.run.v1') ?? 'null'));
    expect(stored?.state?.turns?.length ?? 0).toBeLessThan(2);

    // Finishing with the storage full: the run ends up in the history in memory, and in the export.
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await page.locator('#debrief-title').waitFor();
    const after = await exported(page);
    expect(runFileSchema.parse(after.run).state.status).toBe('finished');
    expect(after.history.filter((h) => h.caseId === 'bakker')).toHaveLength(1);
  });
});
