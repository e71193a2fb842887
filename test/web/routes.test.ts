// Every screen has its own address and the browser's Back button moves between screens, in
// real Chromium: it never leaves the trainer from an inner screen, not even when the trainee
// came in by a link. A link to a case asks before it replaces another case's unfinished run.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../web/src/routes';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, savedRun, type Trainer } from './browser';

const SHOTS = process.env.KANTEL_SCREENSHOTS;

describe('addresses of the screens', () => {
  const routes: Route[] = [
    { screen: 'list' },
    { screen: 'compare' },
    { screen: 'progress' },
    { screen: 'conversation', caseId: 'bakker' },
    { screen: 'debrief', caseId: 'de-boer' },
    { screen: 'room', rest: '' },
    { screen: 'room', rest: 'ABCD2345' },
    { screen: 'room', rest: 'leiden/abcdefghijklmnop/tok_en-1234567890abcdef' },
  ];
  it.each(routes)('reads back its own address: %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
  it.each(['', '#', '#/', '#/onzin', '#/casus/', '#/casus/a b', '#/casus/bakker/iets', '#/vergelijken/x', '#/ruimte/a b', '#/ruimte/a/b/c/d/e'])('takes "%s" for the case list', (hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'list' });
  });
});

const title = HAS_CHROMIUM ? 'screens with their own address, in Chromium' : 'screens with their own address, in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  let url: string;
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ page, url } = trainer as Trainer);
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  const h1 = () => page.getByRole('heading', { level: 1 }).textContent();
  const hash = () => page.evaluate(() => location.hash);
  const turnLabel = () => page.locator('.status .turn');

  it('gives the list, a conversation, the debrief and the comparison their own address, and Back goes between them', async () => {
    await page.goto(url);
    await expect.poll(h1).toBe('Kies een casus');
    await page.getByRole('link', { name: 'Vergelijken' }).click();
    await expect.poll(h1).toBe('Gesprekken vergelijken');
    expect(await hash()).toBe('#/vergelijken');
    await page.goBack();
    await expect.poll(h1).toBe('Kies een casus');

    await page.getByRole('button', { name: /Start: Sinds Ria/ }).click();
    await expect.poll(h1).toBe('Gesprek met Henk Bakker');
    expect(await hash()).toBe('#/casus/bakker');
    await page.locator('fieldset.options button').first().click();
    await expect.poll(() => turnLabel().textContent()).toBe('Beurt 2');
    await page.goBack();
    await expect.poll(h1).toBe('Kies een casus');
    expect(await hash()).toBe('');
    // Forward returns to the run where it was.
    await page.goForward();
    await expect.poll(h1).toBe('Gesprek met Henk Bakker');
    expect(await turnLabel().textContent()).toBe('Beurt 2');

    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await expect.poll(h1).toMatch(/^Nabespreking/);
    expect(await hash()).toBe('#/casus/bakker/nabespreking');
    expect(await axe(page)).toEqual([]);
    // The finished conversation is replaced by its debrief: Back goes to the list, not into a run that is over.
    await page.goBack();
    await expect.poll(h1).toBe('Kies een casus');
    expect(await hash()).toBe('');
  });

  it('keeps the trainee in the trainer when Back is pressed on a screen opened by a link', async () => {
    const fresh = await trainer.browser!.newContext({ viewport: { width: 1024, height: 800 } });
    const tab = await fresh.newPage();
    try {
      await tab.goto('about:blank');
      await tab.goto(`${url}#/casus/bakker`);
      await tab.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
      await tab.goBack();
      await tab.getByRole('heading', { level: 1, name: 'Kies een casus' }).waitFor();
      expect(tab.url()).toBe(`${url}#/`);
      // A reload on the inner screen keeps the run and does not stack a second list under it.
      await tab.goForward();
      await tab.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
      await tab.reload();
      await tab.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
      await tab.goBack();
      await tab.getByRole('heading', { level: 1, name: 'Kies een casus' }).waitFor();
      await tab.goBack();
      await expect.poll(() => tab.url()).toBe('about:blank');
    } finally {
      await fresh.close();
    }
  });

  it('asks before a link to another case replaces an unfinished run', async () => {
    await page.goto(`${url}#/`);
    await page.getByRole('button', { name: /Start: Sinds Ria/ }).click();
    await page.locator('fieldset.options button').first().click();
    await expect.poll(() => turnLabel().textContent()).toBe('Beurt 2');

    await page.goto(`${url}#/casus/html-tekst`);
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.textContent()).toContain('is nog niet af (1 beurt)');
    expect((await savedRun(page))?.caseId).toBe('bakker');
    expect(await axe(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'link-vraagt.png') });
    await question.getByRole('button', { name: 'Eerst dat gesprek afmaken' }).click();
    await expect.poll(h1).toBe('Gesprek met Henk Bakker');
    expect(await turnLabel().textContent()).toBe('Beurt 2');
    expect(await hash()).toBe('#/casus/bakker');

    await page.goto(`${url}#/casus/html-tekst`);
    await page.getByRole('button', { name: 'Toch opnieuw beginnen' }).click();
    await expect.poll(() => savedRun(page).then((r) => r?.caseId)).toBe('html-tekst');
    expect(await hash()).toBe('#/casus/html-tekst');
    expect(await turnLabel().textContent()).toBe('Beurt 1');
  });

  it('says so when a link names a case that is not there', async () => {
    await page.goto(`${url}#/casus/bestaat-niet`);
    await page.getByRole('alert').filter({ hasText: 'niet in deze trainer' }).waitFor();
    expect(await h1()).toBe('Kies een casus');
    expect(await hash()).toBe('#/');
  });
});
