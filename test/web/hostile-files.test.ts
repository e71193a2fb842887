import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHash, MAX_RUN_FILE_BYTES, start, step, toRunFile, type RunState, type Turn } from '../../engine';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { TRANSCRIPTS } from '../helpers/transcripts';
import { closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

// Files and stored state made to break the web trainer (issue 13): run files whose case is a
// built-in name, too large or forged, and runs on this device at a point named `constructor`, of
// a case that changed or is gone. Each must end in a Dutch message, never a blank page (the
// fixture page fails the test on any page error).

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const firstPoint = Object.keys(bakker.points)[0]!;
const firstOption = bakker.points[firstPoint]!.options[0]!;

function play(turns: readonly Turn[]): RunState {
  let state = start(bakker).state;
  for (const turn of turns) state = step(bakker, state, turn).state;
  return state;
}

const script = readFileSync(join(TRANSCRIPTS, 'bakker-zwak.txt'), 'utf8').split('\n').flatMap((line) => {
  const m = /^#(\d+)/.exec(line.trim());
  return m ? [{ type: 'option' as const, option: Number(m[1]) }] : [];
});
const weak = toRunFile(bakker, play(script), { alias: 'Bert' });
const file = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });

/** Puts a run in the device store and opens the trainer's own address, as a trainee reopening it would. */
async function store(page: Page, url: string, run: unknown): Promise<void> {
  await page.evaluate((text) => localStorage.setItem('kanteltrainer.run.v1', text), JSON.stringify(run));
  await page.goto('about:blank');
  await page.goto(url);
}

const title = HAS_CHROMIUM ? 'hostile files in Chromium' : 'hostile files in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  beforeAll(async () => {
    trainer = await openTrainer();
    page = trainer.page!;
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('Vergelijken names a run of case "constructor" (or "__proto__") as unknown, and stays on screen', async () => {
    await page.goto(`${trainer.url}#/vergelijken`);
    await page.getByRole('heading', { level: 1, name: 'Gesprekken vergelijken' }).waitFor();
    for (const id of ['constructor', '__proto__', 'toString']) {
      await page.locator('input[type="file"]').setInputFiles([file(`${id}.json`, JSON.stringify({ ...weak, caseId: id }))]);
      const expected = [
        id === 'constructor'
          ? `${id}.json: De gesprekken horen bij casus "${id}", maar die casus staat niet in deze trainer.`
          : `${id}.json: De casus in dit gespreksbestand ("${id}") is geen casusnaam: alleen kleine letters, cijfers, - en _, geen map of pad.`,
      ];
      // The files are read asynchronously: wait for the page to name them.
      await expect.poll(() => page.locator('.refused li').allTextContents()).toEqual(expected);
      await page.getByRole('button', { name: 'Alles wissen' }).click();
      await expect.poll(() => page.locator('.refused li').count()).toBe(0);
    }
    expect(await page.getByRole('heading', { level: 1, name: 'Gesprekken vergelijken' }).count()).toBe(1);
  });

  it('refuses a file too large unread, shows the score the turns earn, and what was typed as typed', async () => {
    const forged = structuredClone(weak);
    forged.report.overall = 100;
    const typed = toRunFile(bakker, play([{ type: 'move', move: firstOption.move, text: firstOption.text.toUpperCase() }]), { alias: 'Carla' });
    await page.locator('input[type="file"]').setInputFiles([
      file('groot.json', Buffer.alloc(MAX_RUN_FILE_BYTES + 1, 0x20)),
      file('bert.json', `\uFEFF${JSON.stringify(forged)}`),
      file('carla.json', JSON.stringify(typed)),
    ]);
    await page.locator('.point').first().waitFor();
    await expect.poll(() => page.locator('.refused li').allTextContents()).toEqual(['groot.json: Dit bestand is 2 MB; een gespreksbestand is nooit groter dan 2 MB. Het wordt niet gelezen.']);
    expect(await page.locator('.participants').textContent()).toBe('Bert, Carla');
    const bert = page.locator('table.scores tbody tr').first();
    expect(await bert.locator('td').first().textContent()).toBe(String(weak.report.overall));
    const carla = page.locator('.point').first().locator('.who li', { hasText: 'Carla' });
    expect(await carla.textContent()).toContain(`(typte “${firstOption.text.toUpperCase()}”, opgevat als optie 1)`);
    expect(await page.locator('.free-texts li', { hasText: 'Carla' }).textContent()).toBe(`Carla: “${firstOption.text.toUpperCase()}” (opgevat als optie 1)`);
    if (SHOTS) await page.locator('.point').first().screenshot({ path: join(SHOTS, 'vergelijken-getypt.png') });
  });

  it('a run on this device at point "constructor" gives a Dutch message with an export, not a blank page', async () => {
    await page.goto(trainer.url!);
    const state = { ...start(bakker).state, point: 'constructor', visited: [firstPoint, 'constructor'] };
    await store(page, trainer.url!, { caseId: 'bakker', caseHash: caseHash(bakker), state });
    await page.getByRole('alert').filter({ hasText: 'Je bewaarde gesprek kan niet gelezen worden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Gegevens opslaan als bestand' }).count()).toBe(1);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Je bewaarde gesprek kan niet gelezen worden' }).waitFor();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'punt-constructor.png') });
    await page.getByRole('button', { name: 'Weggooien en opnieuw beginnen' }).click();
  });

  it('a run of a case that changed and lost its point says so, and does not open without options', async () => {
    const state = { ...play([{ type: 'option', option: 1 }]) };
    const moved = { ...state, point: 'weggehaald', visited: [...state.visited, 'weggehaald'] };
    await store(page, trainer.url!, { caseId: 'bakker', caseHash: 'oude-versie', state: moved });
    await page.getByRole('alert').filter({ hasText: 'Let op: deze casus is gewijzigd sinds je gesprek werd bewaard. Je gesprek kan daarom niet verder' }).waitFor();
    expect(await page.locator('fieldset.options').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: 'Kies een casus' }).count()).toBe(1);
  });

  it('a run of a case that changed but still fits opens, with the notice', async () => {
    await store(page, trainer.url!, { caseId: 'bakker', caseHash: 'oude-versie', state: play([{ type: 'option', option: 1 }]) });
    await page.getByRole('alert').filter({ hasText: 'Let op: deze casus is gewijzigd' }).waitFor();
    await page.locator('fieldset.options button').first().waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'kan daarom niet verder' }).count()).toBe(0);
  });

  it('a run of a case this trainer does not have says the case is gone', async () => {
    const state = { ...start(bakker).state, caseId: 'verdwenen' };
    await store(page, trainer.url!, { caseId: 'verdwenen', caseHash: 'x', state });
    await page.getByRole('alert').filter({ hasText: 'De casus van je bewaarde gesprek bestaat niet meer.' }).waitFor();
  });
});
