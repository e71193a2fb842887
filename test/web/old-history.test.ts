// Issue 13: an old-format history on the device ([{"caseId":"bakker","at":1}]) once made the debrief
// blank on every visit. Now the unreadable entries are left out and the trainee is told, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

describe.skipIf(!HAS_CHROMIUM)('an old-format history on the device', () => {
  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('is left out with a notice, and the case list and a new conversation still work', async () => {
    const { page, url } = trainer as Trainer;
    await page.goto(url);
    await page.evaluate(() => localStorage.setItem('kanteltrainer.history.v1', JSON.stringify([{ caseId: 'bakker', at: 1 }])));
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'niet gelezen worden' });
    expect(await notice.textContent()).toBe('Eén eerdere score op dit apparaat kon niet gelezen worden (een oudere versie van de trainer) en is weggelaten.');
    expect(await axe(page)).toEqual([]);
    await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button').click();
    await page.locator('fieldset.options button').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Henk Bakker');
  });
});
