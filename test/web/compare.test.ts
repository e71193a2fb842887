import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHash, start, step, toRunFile, type Scenario } from '../../engine';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { TRANSCRIPTS } from '../helpers/transcripts';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

// "Vergelijken" in real Chromium: three run files made by the engine from the bakker scripts
// and one broken file go in through the file picker; the broken one is named with its reason,
// anonymising hides the aliases, and presentation mode steps through the points by keyboard.

const SHOTS = process.env.KANTEL_SCREENSHOTS;

const TYPED = 'Wat <img src=x onerror="window.__pwned=1">doet u <b>zelf</b> nog graag?';

function runFrom(scenario: Scenario, script: string, alias?: string, typed?: string): string {
  let state = start(scenario).state;
  if (typed) state = step(scenario, state, { type: 'move', move: 'brede_blik', text: typed }).state;
  for (const line of readFileSync(join(TRANSCRIPTS, script), 'utf8').split('\n')) {
    const m = /^#(\d+)/.exec(line.trim());
    if (m && state.status === 'active') state = step(scenario, state, { type: 'option', option: Number(m[1]) }).state;
  }
  return JSON.stringify(toRunFile(scenario, state, alias ? { alias } : {}), null, 2);
}

const title = HAS_CHROMIUM ? 'comparing runs in Chromium' : 'comparing runs in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
  const files = [
    { name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(runFrom(bakker, 'bakker-sterk.txt', 'Anna')) },
    { name: 'bert.json', mimeType: 'application/json', buffer: Buffer.from(runFrom(bakker, 'bakker-gemiddeld.txt', 'Bert <i>de Vries</i>')) },
    { name: 'derde.json', mimeType: 'application/json', buffer: Buffer.from(runFrom(bakker, 'bakker-zwak.txt', undefined, TYPED)) },
    { name: 'kapot<b>.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "kanteltrainer-run", "caseId": "bakker"') },
  ];

  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ server, url, browser, page } = trainer as Trainer);
  }, 120_000);

  afterAll(() => closeTrainer(trainer));


  it('opens from the case list', async () => {
    await page.goto(url);
    await page.getByRole('link', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprekken vergelijken' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('loads three run files, refuses the broken one with its reason, and shows text as text', async () => {
    await page.locator('input[type="file"]').setInputFiles(files);
    await page.locator('.point').first().waitFor();
    const refused = page.locator('.refused li');
    expect(await refused.count()).toBe(1);
    expect(await refused.textContent()).toBe('kapot<b>.json: Dit is geen gespreksbestand van Kanteltrainer (geen geldige JSON).');
    expect(await page.locator('.refused b').count()).toBe(0);
    expect(await page.locator('.participants').textContent()).toBe('Anna, Bert <i>de Vries</i>, Deelnemer C');
    expect(await page.locator('main i').count()).toBe(0);
    // A typed sentence is shown as text, never as markup.
    expect(await page.locator('.free-texts li').first().textContent()).toBe(`Deelnemer C: “${TYPED}”`);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Everyone is at the first point, each once (Deelnemer C typed a sentence before choosing), and the discussion question is there.
    const first = page.locator('.point').first();
    const counts = await first.locator('.dist-count').allTextContents();
    expect(counts.map((c) => Number(/\d+/.exec(c)![0])).reduce((a, b) => a + b, 0)).toBe(3);
    expect(await first.locator('.who strong').count()).toBe(3);
    expect(new Set(await first.locator('.who strong').allTextContents())).toEqual(new Set(['Anna', 'Bert <i>de Vries</i>', 'Deelnemer C']));
    expect(await first.locator('.discussion').count()).toBe(1);
    expect(await page.locator('.multiple').count()).toBe(7);
    expect(await page.locator('table.scores tbody tr').count()).toBe(3);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, 'vergelijken.png') });
      await page.locator('.multiples').screenshot({ path: join(SHOTS, 'scores.png') });
      await page.locator('.point').first().screenshot({ path: join(SHOTS, 'moment1.png') });
    }
  });

  it('takes files dropped on the drop zone, and refuses a run loaded twice', async () => {
    const again = files[0]!.buffer.toString('utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'anna-nogmaals.json', { type: 'application/json' }));
      data.items.add(new File(['{"caseId": "bakker", "format": "iets anders"}'], 'ander.json', { type: 'application/json' }));
      document.querySelector('.dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, again);
    await expect.poll(() => page.locator('.refused li').count()).toBe(3);
    const reasons = await page.locator('.refused li').allTextContents();
    expect(reasons).toContain('anna-nogmaals.json: Dit is hetzelfde gesprek als anna.json; dat telt één keer.');
    expect(reasons.some((r) => r.startsWith('ander.json: Dit gespreksbestand is beschadigd'))).toBe(true);
    expect(await page.locator('table.scores tbody tr').count()).toBe(3);
  });

  it('downloads the comparison as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opslaan als CSV-bestand (Excel)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^deelnemer,beslismoment,beurt,optie,gespreksstap,tekst,punten_/);
    expect(csv).toContain('Anna,');
  });

  it('keeps the loaded runs over a reload and the Back button, checked again when read back', async () => {
    await page.reload();
    await page.locator('.point').first().waitFor();
    expect(await page.locator('table.scores tbody tr').count()).toBe(3);
    expect(await page.locator('.refused li').count()).toBe(3);
    await page.getByRole('button', { name: 'Naar de casussen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kies een casus' }).waitFor();
    await page.goBack();
    await page.locator('.point').first().waitFor();
    expect(await page.locator('table.scores tbody tr').count()).toBe(3);
    // What the tab kept is data, not trusted: a tampered entry is read again by the engine and refused.
    const kept = await page.evaluate(() => JSON.parse(sessionStorage.getItem('kanteltrainer.compare.v1') ?? 'null'));
    expect(kept.inputs.map((i: { source: string }) => i.source)).toEqual(['anna.json', 'bert.json', 'derde.json', 'kapot<b>.json', 'anna-nogmaals.json', 'ander.json']);
    await page.evaluate(() => {
      const data = JSON.parse(sessionStorage.getItem('kanteltrainer.compare.v1')!);
      data.inputs[1].text = data.inputs[1].text.replace('"overall"', '"overal"');
      sessionStorage.setItem('kanteltrainer.compare.v1', JSON.stringify(data));
    });
    await page.reload();
    await page.locator('.point').first().waitFor();
    expect(await page.locator('table.scores tbody tr').count()).toBe(2);
    await page.evaluate(() => sessionStorage.setItem('kanteltrainer.compare.v1', '{"inputs": "kapot"}'));
    await page.reload();
    await page.getByText('Nog geen gesprekken geladen.').waitFor();
    await page.locator('input[type="file"]').setInputFiles(files);
    await page.locator('.point').first().waitFor();
    expect(await page.locator('table.scores tbody tr').count()).toBe(3);
  });

  it('anonymises: the aliases disappear', async () => {
    await page.getByLabel('Anonimiseren').check();
    expect(await page.locator('.participants').textContent()).toBe('Deelnemer A, Deelnemer B, Deelnemer C');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('Bert');
    expect(text).not.toContain('anna-nogmaals.json');
  });

  it('steps through presentation mode with the arrow keys and leaves with Esc', async () => {
    await page.getByRole('button', { name: 'Presenteren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const counter = () => dialog.locator('.counter').textContent();
    const total = await page.locator('.points > li').count();
    expect(await counter()).toBe(`Moment 1 van ${total}`);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await counter()).toBe(`Moment 2 van ${total}`);
    await page.keyboard.press('ArrowRight');
    expect(await counter()).toBe(`Moment 3 van ${total}`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'presenteren.png') });
    await page.keyboard.press('ArrowLeft');
    expect(await counter()).toBe(`Moment 2 van ${total}`);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('refuses the run kept on this device while it has no turns, saying why', async () => {
    const state = start(bakker).state;
    await page.evaluate((text) => localStorage.setItem('kanteltrainer.run.v1', text), JSON.stringify({ caseId: 'bakker', caseHash: caseHash(bakker), state }));
    await page.reload();
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByRole('button', { name: 'Gesprek op dit apparaat toevoegen' }).click();
    await expect.poll(() => page.locator('.refused li').allTextContents()).toEqual(['Jij (dit apparaat): In dit gesprek is nog niets gezegd (geen beurten); er valt niets te vergelijken.']);
    expect(await page.locator('.participants').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Alles wissen' }).click();
  });

  it('adds the run kept on this device, and goes back to the case list', async () => {
    let state = start(bakker).state;
    state = step(bakker, state, { type: 'option', option: 1 }).state;
    const saved = JSON.stringify({ caseId: 'bakker', caseHash: caseHash(bakker), state });
    await page.evaluate((text) => localStorage.setItem('kanteltrainer.run.v1', text), saved);
    await page.reload();
    await page.getByRole('button', { name: 'Gesprek op dit apparaat toevoegen' }).click();
    await expect.poll(() => page.locator('.participants').textContent()).toBe('Jij (dit apparaat)');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Naar de casussen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kies een casus' }).waitFor();
  });
});
