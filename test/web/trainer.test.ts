import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_LABELS, MOVES, runFileSchema, score, start, step, type Report } from '../../engine';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, optionButton, shownNumber, type Trainer } from './browser';

// The web trainer in real Chromium: bakker by options to the strong ending, a reload in the
// middle, the debrief and its run file, one typed turn with a corrected reading, axe on every
// screen, and case text with HTML in it shown as text.

const SCRIPT = join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt');
const OPTIONS = readFileSync(SCRIPT, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('//'))
  .map((l) => {
    const m = /^#(\d+)$/.exec(l);
    if (!m) throw new Error(`bakker-sterk.txt: only option turns are played here, not "${l}"`);
    return Number(m[1]);
  });
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
/**
 * The text of each option on the strong route (the page shows the options in the run's own order, so
 * a test finds them by text), and the engine's report on that route: what the debrief must show. The
 * golden file of the script is the CLI's check (test/transcripts); here the web face must agree with the engine.
 */
const { ROUTE, EXPECTED } = (() => {
  let state = start(bakker).state;
  const route = OPTIONS.map((n) => {
    const text = bakker.points[state.point!]!.options[n - 1]!.text;
    state = step(bakker, state, { type: 'option', option: n }).state;
    return text;
  });
  return { ROUTE: route, EXPECTED: score(bakker, state) as Report };
})();

const title = HAS_CHROMIUM ? 'web trainer in Chromium' : 'web trainer in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ server, url, browser, context, page } = trainer as Trainer);
  }, 120_000);

  afterAll(() => closeTrainer(trainer));


  const optionButtons = () => page.locator('fieldset.options button');
  const turnLabel = () => page.locator('.status .turn');

  it('lists the cases and shows case text with HTML as text', async () => {
    await page.goto(url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kies een casus');
    const card = page.locator('.card', { hasText: 'Proef' });
    expect(await card.locator('h2').textContent()).toBe('Proef <b>vet</b> <script>window.__pwned = 1</script>');
    expect(await card.locator('b, script, img').count()).toBe(0);
    await card.getByRole('button').click();
    await page.locator('.chat li.client').first().waitFor();
    expect(await page.locator('.chat li.client .text').first().textContent()).toBe('Ik weet niet <em>goed</em> waarom u er bent.');
    expect(await page.locator('.chat em').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.getByRole('button', { name: 'Naar de casussen' }).click();
    expect(await axe(page)).toEqual([]);
  });

  it('plays bakker by options to the strong ending, surviving a reload, with the keyboard', async () => {
    await page.getByRole('button', { name: /Start: Sinds Ria/ }).click();
    await page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
    expect(await axe(page)).toEqual([]);
    for (const [i, text] of ROUTE.entries()) {
      if (i === 5) {
        await page.reload();
        await page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
        expect(await turnLabel().textContent()).toBe('Beurt 6');
        expect(await page.locator('.chat li.trainee').count()).toBe(5);
      }
      if (i % 2 === 0) {
        // Keyboard: the digit on the button picks it (focus sits on the options after each turn).
        await page.keyboard.press(String(await shownNumber(page, text)));
      } else {
        await optionButton(page, text).focus();
        await page.keyboard.press('Enter');
      }
      if (i < OPTIONS.length - 1) await expect.poll(() => turnLabel().textContent()).toBe(`Beurt ${i + 2}`);
    }
    await page.getByRole('heading', { name: /Nabespreking/ }).waitFor();
  });

  it('shows the debrief and saves a run file that reads back', async () => {
    const summary = await page.locator('.summary').textContent();
    expect(summary).toContain(`(sterk)`);
    expect(summary).toContain(`${EXPECTED.overall} van 100`);
    expect(await page.locator('table.numbers tbody tr').count()).toBe(6);
    expect(await page.locator('svg[role="img"] rect.chart-bar').count()).toBe(6);
    expect(await page.locator('.timeline > li').count()).toBe(OPTIONS.length);
    expect(await axe(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gesprek opslaan' }).click()]);
    const file = await download.path();
    const run = runFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(run.caseId).toBe('bakker');
    expect(run.report.overall).toBe(EXPECTED.overall);
    expect(run.report.dimensions).toEqual(EXPECTED.dimensions);
    expect(run.state.turns.map((t) => t.option)).toEqual(OPTIONS);
  });

  it('takes a typed turn, shows how it was read and lets the trainee correct it', async () => {
    await page.getByRole('button', { name: 'Opnieuw spelen' }).click();
    await page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
    await page.getByLabel('Of zeg het in je eigen woorden').fill('Heeft u kinderen of vrienden in de buurt die weleens langskomen?');
    await page.keyboard.press('Enter');
    const chip = page.locator('.pending .chip');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Opgevat als');
    expect(await axe(page)).toEqual([]);
    // Keyboard only: Tab to the chosen move, an arrow to the next one, Tab to the button, Enter.
    const read = (await chip.locator('strong').textContent()) ?? '';
    const readMove = MOVES.find((m) => MOVE_LABELS[m] === read)!;
    const other = MOVE_LABELS[MOVES[(MOVES.indexOf(readMove) + 1) % MOVES.length]!];
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('button', { name: 'Zo bedoelde ik het, zeg het' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => turnLabel().textContent()).toBe('Beurt 2');
    expect(await page.locator('.chat li.trainee .move').last().textContent()).toBe(`gelezen als: ${other}`);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('kanteltrainer.run.v1') ?? 'null'));
    expect(saved.state.turns[0]).toMatchObject({ source: 'corrected', text: 'Heeft u kinderen of vrienden in de buurt die weleens langskomen?' });
  });

  it('ends the conversation on request and shows progress over both runs', async () => {
    await page.getByRole('button', { name: 'Gesprek afronden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter'); // "Ja, afronden" has the focus
    await page.getByRole('heading', { name: /Nabespreking/ }).waitFor();
    expect(await page.locator('.progress thead th').count()).toBe(3); // the dimension column and one per run
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opnieuw spelen' }).click();
    await page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
  });

  it('warns and offers an export when the device store is full', async () => {
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('vol', 'QuotaExceededError');
      };
    });
    await optionButtons().first().click();
    await page.getByRole('alert').filter({ hasText: 'Bewaren op dit apparaat lukt niet' }).waitFor();
    expect(await page.getByRole('button', { name: 'Gegevens opslaan als bestand' }).count()).toBe(1);
    expect(await turnLabel().textContent()).toBe('Beurt 2');
  });

  it('says so, and offers an export, when the stored run is corrupt', async () => {
    await page.reload(); // drops the full-store stand-in of the test before
    await page.evaluate(() => localStorage.setItem('kanteltrainer.run.v1', '{kapot'));
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'kan niet gelezen worden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Gegevens opslaan als bestand' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Weggooien en opnieuw beginnen' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
