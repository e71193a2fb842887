// Issue 17, progress on the device: two learners on one device each see their own history and
// trends, an earlier debrief opens again, the history goes to another device as a file and back
// without doubles, and a full storage shows a notice and loses no turn. Real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, optionButton, shownOptions, type Trainer } from './browser';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const leadsOn = new Set(Object.values(bakker.points).flatMap((p) => p.options.filter((o) => o.next !== undefined).map((o) => o.text)));

async function playBakker(page: Page, turns: number): Promise<void> {
  await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button').click();
  await page.locator('fieldset.options button').first().waitFor();
  for (let n = 1; n <= turns; n++) {
    const text = (await shownOptions(page)).find((t) => leadsOn.has(t));
    if (!text) throw new Error('geen optie die verder leidt');
    await optionButton(page, text).click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe(`Beurt ${n + 1}`);
  }
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await page.getByRole('button', { name: 'Ja, afronden' }).click();
  await page.locator('#debrief-title').waitFor();
}

async function toCases(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Naar de casussen' }).first().click();
  await page.locator('#list-title').waitFor();
}

async function addLearner(page: Page, name: string): Promise<void> {
  await page.getByLabel('Nieuwe naam').fill(name);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect.poll(() => page.locator('.learner [role=status]').textContent()).toBe(`Je oefent als ${name}.`);
}

async function openProgress(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Mijn voortgang' }).click();
  await page.locator('#progress-title').waitFor();
}

/** Per case heading on "Mijn voortgang", e.g. "Sinds Ria …: 2 gesprekken". */
const caseHeadings = (page: Page) => page.locator('.case-progress h2').allTextContents();

describe.skipIf(!HAS_CHROMIUM)('progress on the device', () => {
  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('keeps each learner their own runs, trends and debriefs; export and import round-trip', { timeout: 120_000 }, async () => {
    const { page, url, browser } = trainer as Trainer;
    await page.goto(url);
    await addLearner(page, 'Anna');
    await playBakker(page, 2);
    const firstTurns = await page.locator('.timeline > li').count();
    await toCases(page);
    await playBakker(page, 3);
    await toCases(page);

    await addLearner(page, 'Bram');
    await openProgress(page);
    expect(await page.locator('#progress-title').textContent()).toBe('Mijn voortgang: Bram');
    expect(await page.getByText('Je hebt nog geen gesprek afgerond.').count()).toBe(1);
    await page.getByRole('button', { name: 'Terug naar de casussen' }).click();
    await playBakker(page, 1);
    await toCases(page);
    await openProgress(page);
    expect((await caseHeadings(page))[0]).toMatch(/: 1 gesprek$/);

    // Back to Anna: her two runs, a trend over both, and her first debrief opens again.
    await page.getByRole('button', { name: 'Terug naar de casussen' }).click();
    await page.getByRole('combobox', { name: /^Naam/ }).selectOption({ label: 'Anna' });
    await openProgress(page);
    expect(await page.locator('#progress-title').textContent()).toBe('Mijn voortgang: Anna');
    expect((await caseHeadings(page))[0]).toMatch(/: 2 gesprekken$/);
    const trend = await page.locator('.trend svg').first().getAttribute('aria-label');
    expect(trend).toMatch(/^Totaalscore, van oud naar nieuw: \d+, \d+ \(van 100\)$/);
    expect(await page.locator('.trend').count()).toBe(7);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(process.env.KANTEL_SHOTS ?? '/tmp', 'mijn-voortgang.png'), fullPage: true });
    await page.getByRole('button', { name: /^Nabespreking openen van gesprek 1/ }).click();
    await page.locator('#debrief-title').waitFor();
    expect(await page.locator('.timeline > li').count()).toBe(firstTurns);
    await page.getByRole('button', { name: 'Naar de casussen' }).first().click();
    await page.locator('#progress-title').waitFor();

    // Export Anna's history, import it on another device (a fresh browser profile), twice.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Voortgang opslaan als bestand' }).click()]);
    expect(file.suggestedFilename()).toBe('kanteltrainer-voortgang-anna.json');
    const path = (await file.path())!;
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.runs).toHaveLength(2);

    const other = await browser.newContext({ bypassCSP: true });
    const second = await other.newPage();
    await second.goto(url);
    await addLearner(second, 'Anna');
    await openProgress(second);
    await second.getByLabel('Voortgang inlezen uit een bestand').setInputFiles(path);
    await expect.poll(() => second.getByRole('status').filter({ hasText: 'ingelezen' }).textContent()).toBe('2 gesprekken ingelezen.');
    expect((await caseHeadings(second))[0]).toMatch(/: 2 gesprekken$/);
    await second.getByLabel('Voortgang inlezen uit een bestand').setInputFiles(path);
    await expect.poll(() => second.getByRole('status').filter({ hasText: 'ingelezen' }).textContent()).toBe('Geen nieuwe gesprekken ingelezen; 2 stonden er al.');
    expect((await caseHeadings(second))[0]).toMatch(/: 2 gesprekken$/);
    // A file that is not a progress file is refused with a reason.
    await second.getByLabel('Voortgang inlezen uit een bestand').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"runs":[]}') });
    await expect.poll(() => second.getByRole('alert').textContent()).toContain('geen voortgangsbestand');
    await other.close();
  });

  it('with the storage full, says the run could not be kept, and keeps every turn on screen and in memory', { timeout: 90_000 }, async () => {
    const { browser, url } = trainer as Trainer;
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(url);
    await addLearner(page, 'Chris');
    await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button').click();
    await page.locator('fieldset.options button').first().waitFor();
    await page.evaluate(() => {
      let size = 1 << 20;
      let n = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`vulsel-${n++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    for (let n = 1; n <= 3; n++) {
      const text = (await shownOptions(page)).find((t) => leadsOn.has(t))!;
      await optionButton(page, text).click();
      await expect.poll(() => page.locator('.status .turn').textContent()).toBe(`Beurt ${n + 1}`);
    }
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await page.locator('#debrief-title').waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'kon niet in je voortgang op dit apparaat bewaard worden' });
    await notice.waitFor();
    const turns = await page.locator('.timeline > li').count();
    expect(turns).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Naar de casussen' }).first().click();
    await openProgress(page);
    expect((await caseHeadings(page))[0]).toMatch(/: 1 gesprek$/);
    await page.getByRole('button', { name: /^Nabespreking openen van gesprek 1/ }).click();
    await page.locator('#debrief-title').waitFor();
    expect(await page.locator('.timeline > li').count()).toBe(turns);
    await context.close();
  });
});
