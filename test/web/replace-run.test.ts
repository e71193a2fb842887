// One run is kept on the device. Starting another case over an unfinished run asks first, in
// real Chromium: the trainee can go back to the old conversation or knowingly start anew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

describe.skipIf(!HAS_CHROMIUM)('starting a case over an unfinished run', () => {
  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('asks before the unfinished run is replaced, and can return to it', async () => {
    const { page, url } = trainer as Trainer;
    const savedCase = () => page.evaluate(() => JSON.parse(localStorage.getItem('kanteltrainer.run.v1') ?? 'null')?.caseId);
    await page.goto(url);
    await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button').click();
    await page.locator('fieldset.options button').first().click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 2');
    await page.getByRole('button', { name: 'Naar de casussen' }).click();

    const proef = page.locator('.card', { hasText: 'Proef' });
    await proef.getByRole('button', { name: /^Start/ }).click();
    const question = proef.getByRole('alertdialog');
    expect(await question.textContent()).toContain('is nog niet af (1 beurt)');
    expect(await axe(page)).toEqual([]);
    await question.getByRole('button', { name: 'Eerst dat gesprek afmaken' }).click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 2');
    expect(await savedCase()).toBe('bakker');

    await page.getByRole('button', { name: 'Naar de casussen' }).click();
    await proef.getByRole('button', { name: /^Start/ }).click();
    await proef.getByRole('button', { name: 'Toch opnieuw beginnen' }).click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 1');
    expect(await savedCase()).not.toBe('bakker');
  });
});
