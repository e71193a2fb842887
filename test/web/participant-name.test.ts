// The participant's name in the web trainer, as a newcomer meets it: typed on the start screen,
// then on the debrief, in the run file "Gesprek opslaan" writes (so a trainer's comparison calls the
// run by that name, as play --naam does in the terminal), and in the comparison of the device's run.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFileSchema } from '../../engine';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const NAME = 'Anna de Vries';
const title = HAS_CHROMIUM ? 'a participant name in the web trainer, in Chromium' : 'a participant name in the web trainer (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  let url: string;
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ page, url } = trainer as Trainer);
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('is asked on the start screen and kept with the run, the debrief and its file', { timeout: 60_000 }, async () => {
    await page.goto(`${url}#/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel('Nieuwe naam').fill(NAME);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Je oefent als' }).textContent()).toBe(`Je oefent als ${NAME}.`);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'naam-start.png') });

    await page.getByRole('button', { name: /Start: Sinds Ria/ }).click();
    await page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
    for (let turn = 1; turn <= 2; turn++) {
      await page.locator('fieldset.options button').first().click();
      await expect.poll(() => page.locator('.chat li.trainee').count()).toBe(turn);
    }
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await page.getByRole('heading', { level: 1, name: /Nabespreking/ }).waitFor();
    expect(await page.locator('.played-by').textContent()).toMatch(new RegExp(`^Gesprek van ${NAME}, \\d+ \\w+ \\d{4}$`));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gesprek opslaan' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gesprek-bakker-anna-de-vries-\d+-3\.json$/);
    const run = runFileSchema.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(run.alias).toBe(NAME);
    expect(run.state.turns).toHaveLength(3);

    // The trainer's comparison of that file calls the run by the participant's name.
    await page.goto(`${url}#/vergelijken`);
    await page.getByRole('heading', { level: 1, name: 'Gesprekken vergelijken' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles([{ name: basename(download.suggestedFilename()), mimeType: 'application/json', buffer: readFileSync(await download.path()) }]);
    await page.locator('.participants').waitFor();
    expect(await page.locator('.participants').textContent()).toBe(NAME);
    expect(await page.locator('table.scores tbody tr th').first().textContent()).toBe(NAME);
  });

  it('names the run kept on this device by the participant in the comparison', { timeout: 60_000 }, async () => {
    await page.goto(`${url}#/`);
    await page.getByRole('button', { name: /Start: Sinds Ria/ }).click();
    const replace = page.getByRole('button', { name: /Nieuw gesprek|Opnieuw beginnen|vervangen/i });
    if (await replace.count()) await replace.first().click();
    await page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
    await page.locator('fieldset.options button').first().click();
    await expect.poll(() => page.locator('.chat li.trainee').count()).toBe(1);
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${url}#/vergelijken`);
    await page.getByRole('button', { name: /dit apparaat/ }).click();
    await page.locator('.participants').waitFor();
    expect(await page.locator('.participants').textContent()).toBe(NAME);
  });
});
