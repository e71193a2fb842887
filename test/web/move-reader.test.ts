import type { Page, Worker as PageWorker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_LABELS } from '../../engine';
import { classify } from '../../engine/classifier';
import { closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

// The offline move reader trains on its first sentence, a few seconds. It does so in a worker, started as
// soon as a conversation opens, so the page is not frozen when the trainee types a first turn; where no
// worker can start, the page reads the turn itself.

const SENTENCE = 'Wie helpt u nu met de boodschappen, uw dochter of iemand uit de buurt?';
const title = HAS_CHROMIUM ? 'the move reader in the browser' : 'the move reader in the browser (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Trainer;
  beforeAll(async () => {
    trainer = await openTrainer();
  }, 180_000);
  afterAll(() => closeTrainer(trainer));

  async function typeFirstTurn(page: Page): Promise<string> {
    await page.getByLabel('Of zeg het in je eigen woorden').fill(SENTENCE);
    await page.keyboard.press('Enter');
    const chip = page.locator('.pending .chip strong');
    await chip.waitFor({ timeout: 30_000 });
    return (await chip.textContent()) ?? '';
  }

  it('starts training in a worker when a conversation opens, before anything is typed, and reads the turn there', async () => {
    const page = await trainer.context.newPage();
    const workers: PageWorker[] = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto(`${trainer.url}#/casus/bakker`);
    await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
    await expect.poll(() => workers.filter((w) => w.url().includes('classifier-worker')).length, { timeout: 10_000 }).toBe(1);
    expect(await typeFirstTurn(page)).toBe(MOVE_LABELS[classify(SENTENCE).move]);
    // The page itself never loaded the reader: it lives in the worker only.
    const onPage = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/classifier-[^/]*\.js$/.test(n) && !n.includes('worker')));
    expect(onPage).toEqual([]);
    await page.close();
  }, 60_000);

  it('reads the turn on the page itself where no worker can start', async () => {
    const page = await trainer.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'Worker', { value: undefined, configurable: true });
    });
    await page.goto(`${trainer.url}#/casus/bakker`);
    await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
    expect(await typeFirstTurn(page)).toBe(MOVE_LABELS[classify(SENTENCE).move]);
    await page.close();
  }, 60_000);

  it('falls back to the page when the worker fails to load', async () => {
    const page = await trainer.context.newPage();
    await page.route(/classifier-worker/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${trainer.url}#/casus/bakker`);
    await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
    expect(await typeFirstTurn(page)).toBe(MOVE_LABELS[classify(SENTENCE).move]);
    await page.close();
  }, 60_000);
});
