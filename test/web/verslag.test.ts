// The verslag after the debrief, in real Chromium: the trainee writes it in the seven steps,
// scores the ZRM domains, finds it again after a reload, lays it beside the model verslag with
// this run's checklist, and takes it along in the saved run file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHash, readRunFile, start, step, toRunFile, type RunState, type WrittenVerslag } from '../../engine';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

function played(script: string): RunState {
  let state = start(bakker, { seed: 3 }).state;
  for (const line of readFileSync(join(ROOT, 'test', 'transcripts', script), 'utf8').split('\n')) {
    const m = /^#(\d+)/.exec(line.trim());
    if (m && state.status === 'active') state = step(bakker, state, { type: 'option', option: Number(m[1]) }).state;
    if (line.trim() === '/afronden' && state.status === 'active') state = step(bakker, state, { type: 'close' }).state;
  }
  return state;
}

/** A finished run kept on the device, opened on its debrief's own address. */
async function openDebrief(page: Page, url: string, state: RunState): Promise<void> {
  await page.goto(`${url}#/`);
  await page.evaluate((run) => {
    localStorage.clear();
    localStorage.setItem('kanteltrainer.run.v1', run);
  }, JSON.stringify({ caseId: 'bakker', caseHash: caseHash(bakker), state }));
  await page.goto('about:blank');
  await page.goto(`${url}#/casus/bakker/nabespreking`);
  await page.getByRole('heading', { level: 1, name: /Nabespreking/ }).waitFor();
}

const title = HAS_CHROMIUM ? 'the verslag after the debrief, in Chromium' : 'the verslag after the debrief, in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  let url: string;
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ page, url } = trainer as Trainer);
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  const strong = played('bakker-sterk.txt');

  it('takes the trainee from the top of the debrief to the verslag, with a field per step and the case\'s ZRM domains', async () => {
    await openDebrief(page, url, strong);
    await page.getByRole('button', { name: 'Verslag schrijven' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag-title');
    for (const label of ['Hulpvraag', 'Beperkingen', 'Eigen kracht', 'Netwerk', 'Voorliggende en algemene voorzieningen', 'Conclusie', 'Wat is afgesproken']) {
      await expect.poll(() => page.getByLabel(label, { exact: true }).count()).toBe(1);
    }
    const domains = await page.locator('.zrm label').allTextContents();
    expect(domains).toEqual(['Instrumentele ADL (huishouden, boodschappen, koken)', 'Geestelijke gezondheid', 'Sociaal netwerk', 'Maatschappelijke participatie', 'Financiën']);
  });

  it('keeps what was written through a reload', async () => {
    await page.getByLabel('Hulpvraag', { exact: true }).fill('Hij wil weer goed eten en naar de club.');
    await page.getByLabel('Netwerk', { exact: true }).fill('Dochter Marloes wil samen koken; Gerrit haalt hem op.');
    await page.getByLabel('Financiën').selectOption('2');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Nabespreking/ }).waitFor();
    expect(await page.getByLabel('Netwerk', { exact: true }).inputValue()).toBe('Dochter Marloes wil samen koken; Gerrit haalt hem op.');
    expect(await page.getByLabel('Financiën').inputValue()).toBe('2');
  });

  it('lays the verslag beside the model with this run\'s checklist and the expert\'s ZRM scores', async () => {
    await page.getByRole('button', { name: 'Leg naast het voorbeeld' }).click();
    const review = page.locator('.verslag-review');
    await review.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verslag-review-title');
    const netwerk = review.locator('.verslag-step').filter({ has: page.getByRole('heading', { name: 'Netwerk', exact: true }) });
    expect(await netwerk.locator('.written').textContent()).toBe('Dochter Marloes wil samen koken; Gerrit haalt hem op.');
    expect(await netwerk.locator('.model').textContent()).toContain('Dochter Marloes woont een kwartier verderop');
    const marloes = netwerk.locator('.checklist li').filter({ hasText: 'Dochter Marloes (48)' });
    expect(await marloes.getAttribute('class')).toBe('c-yes');
    expect(await marloes.textContent()).toContain('herkend in je verslag');
    const eigen = review.locator('.verslag-step').filter({ has: page.getByRole('heading', { name: 'Eigen kracht', exact: true }) });
    expect(await eigen.locator('.written').textContent()).toBe('(niet ingevuld)');
    const financien = review.locator('.zrm-table tr').filter({ hasText: 'Financiën' });
    expect(await financien.locator('td').allTextContents()).toEqual(['2', '5: volledig zelfredzaam', 'Ruim pensioen en een afbetaald huis; hij kan zelf hulp inkopen.']);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) {
      await page.locator('#verslag').screenshot({ path: join(SHOTS, 'verslag-review.png') });
    }
  });

  it('puts the verslag in the saved run file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gesprek opslaan' }).click()]);
    const read = readRunFile(readFileSync(await download.path(), 'utf8'));
    expect(read.ok && read.run.verslag).toEqual({
      fields: { hulpvraag: 'Hij wil weer goed eten en naar de club.', netwerk: 'Dochter Marloes wil samen koken; Gerrit haalt hem op.' },
      zrm: { financien: 2 },
    });
  });

  it('shows a weak run a checklist without the facts it never found, and an empty verslag for another run', async () => {
    await openDebrief(page, url, played('bakker-zwak.txt'));
    expect(await page.getByLabel('Netwerk', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Leg naast het voorbeeld' }).click();
    const review = page.locator('.verslag-review');
    await review.waitFor();
    expect(await review.locator('.checklist li').filter({ hasText: 'Gevonden:' }).count()).toBe(0);
    expect(await review.locator('.zrm-table').textContent()).toContain('Niet gevonden in jouw gesprek: Dochter Marloes');
  });

  it('shows the group\'s verslagen in the comparison, under the model, with the ZRM scores side by side and text kept as text', { timeout: 60_000 }, async () => {
    const file = (name: string, state: RunState, alias: string, verslag?: WrittenVerslag) => ({
      name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toRunFile(bakker, state, { alias, ...(verslag ? { verslag } : {}) }))),
    });
    await page.goto(`${url}#/vergelijken`);
    await page.getByRole('heading', { level: 1, name: 'Gesprekken vergelijken' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles([
      file('anna.json', strong, 'Anna', { fields: { hulpvraag: 'Weer <b>goed</b> eten.' }, zrm: { financien: 4 } }),
      file('bert.json', played('bakker-zwak.txt'), 'Bert'),
    ]);
    const section = page.locator('.compare-verslagen');
    // Two run files are checked and scored again before anything is shown: on a busy machine that takes a while.
    await section.waitFor({ timeout: 30_000 });
    expect(await section.locator('p').first().textContent()).toContain('1 van de 2 deelnemers schreef');
    const hulpvraag = section.locator('.verslag-step').first();
    expect(await hulpvraag.locator('dt').allTextContents()).toEqual(['Voorbeeldverslag', 'Anna']);
    expect(await hulpvraag.locator('dd.written').textContent()).toBe('Weer <b>goed</b> eten.');
    expect(await page.locator('main b').count()).toBe(0);
    const financien = section.locator('.zrm-table tr').filter({ hasText: 'Financiën' });
    expect(await financien.locator('td').allTextContents()).toEqual(['5', '4']);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) await section.screenshot({ path: join(SHOTS, 'verslag-vergelijken.png') });
  });
});
