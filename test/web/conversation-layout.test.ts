// The conversation screen as a newcomer meets it, in real Chromium: on a 1280×800 laptop the
// typing box is in sight on the first turn; on a phone each choice brings the start of the
// client's reply into view; text typed but not sent survives a reload; and the client does not
// say the same sentence in two bubbles in a row.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, optionButton, savedRun, type Trainer } from './browser';

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

/** True when the element's middle is on screen and nothing covers it there. */
function inSight(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const x = (r.left + r.right) / 2;
    const y = (r.top + r.bottom) / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit === el || el.contains(hit);
  }, selector);
}

const title = HAS_CHROMIUM ? 'the conversation screen on a laptop and a phone, in Chromium' : 'the conversation screen on a laptop and a phone, in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  let url: string;
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ page, url } = trainer as Trainer);
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  async function fresh(width: number, height: number): Promise<void> {
    await page.setViewportSize({ width, height });
    await page.goto(`${url}#/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: /Start: Sinds Ria/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
  }

  it('shows the typing box without scrolling on the first turn at 1280×800', async () => {
    await fresh(1280, 800);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await inSight(page, '.freetext input')).toBe(true);
    expect(await inSight(page, '.freetext button[type="submit"]')).toBe(true);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'gesprek-eerste-beurt-1280.png') });
  });

  it('keeps text typed but not sent over a reload, for this run only', async () => {
    await fresh(1280, 800);
    const box = page.getByLabel('Of zeg het in je eigen woorden');
    await box.fill('Hoe gaat het nu met u, sinds');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
    expect(await box.inputValue()).toBe('Hoe gaat het nu met u, sinds');
    // Sent: the draft goes.
    await box.fill('Hoe gaat het nu met u, sinds Ria er niet meer is?');
    await page.keyboard.press('Enter');
    await page.locator('.pending').waitFor();
    if (await page.locator('.pending button.primary').isDisabled()) await page.locator('.pending input[type="radio"]').first().check();
    await page.locator('.pending button.primary').click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 2');
    expect(await box.inputValue()).toBe('');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
    expect(await box.inputValue()).toBe('');
    // A new run starts with an empty box, whatever was left in another.
    await box.fill('Iets voor het vorige gesprek');
    await page.getByRole('button', { name: 'Naar de casussen' }).click();
    await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button', { name: /^Start/ }).click();
    await page.getByRole('button', { name: 'Toch opnieuw beginnen' }).click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 1');
    expect(await box.inputValue()).toBe('');
  });

  it('brings the start of the client’s reply into view after each choice on a phone', async () => {
    await fresh(390, 844);
    for (let i = 0; i < 3; i++) {
      // An option the client answers and that leads on to another point.
      const text = bakker.points[(await savedRun(page))!.state.point!]!.options.find((o) => o.reply && o.next)?.text;
      expect(text, 'an option with a reply that leads on').toBeDefined();
      await optionButton(page, text!).click();
      await expect.poll(() => page.locator('.status .turn').textContent()).toBe(`Beurt ${i + 2}`);
      const reply = page.locator('.chat li.trainee').last().locator('xpath=following-sibling::li[1]');
      await expect.poll(async () => (await reply.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
      const box = (await reply.boundingBox())!;
      // Its first line is on the screen, near the top, so it is read from the start.
      expect(box.y).toBeLessThan(844 / 3);
      expect(await reply.getAttribute('class')).toContain('client');
      if (SHOTS && i === 0) await page.screenshot({ path: join(SHOTS, 'gesprek-na-keuze-390.png') });
    }
    // The focus is on the options' group (for the digit keys), without pulling the reply out of view.
    expect(await page.evaluate(() => document.activeElement?.matches('fieldset.options') ?? false)).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it('does not show the same client sentence in two bubbles in a row', async () => {
    await fresh(1024, 800);
    // Through the shared opening first, to the case's own first point.
    let turn = 1;
    for (let point = (await savedRun(page))!.state.point!; bakker.points[point]!.phase === 'opening'; point = (await savedRun(page))!.state.point!) {
      await optionButton(page, bakker.points[point]!.options.find((o) => o.next !== undefined)!.text).click();
      turn++;
      await expect.poll(() => page.locator('.status .turn').textContent()).toBe(`Beurt ${turn}`);
    }
    const loket = bakker.points[(await savedRun(page))!.state.point!]!.options.find((o) => o.reply?.includes('vlot geregeld'));
    expect(loket, 'the quick-help option whose reply is "Nou, dat is vlot geregeld"').toBeDefined();
    await optionButton(page, loket!.text).click();
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe(`Beurt ${turn + 1}`);
    const lines = await page.locator('.chat > li').evaluateAll((items) => items.map((li) => ({ who: li.className, text: li.querySelector('.text')?.textContent ?? '' })));
    const sentences = (t: string) => t.toLowerCase().split(/(?<=[.!?])\s+/).map((s) => s.replace(/[^\p{L}\p{N} ]/gu, '').trim()).filter(Boolean);
    for (let i = 1; i < lines.length; i++) {
      if (lines[i]!.who !== 'client' || lines[i - 1]!.who !== 'client') continue;
      const before = lines[i - 1]!.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ');
      for (const s of sentences(lines[i]!.text)) expect(before.replace(/\s+/g, ' '), `"${s}" said twice`).not.toContain(s);
    }
    expect(lines.some((l) => l.text.includes('Wanneer kan die hulp dan beginnen?'))).toBe(true);
    expect(lines.filter((l) => l.text.includes('vlot geregeld'))).toHaveLength(1);
  });
});
