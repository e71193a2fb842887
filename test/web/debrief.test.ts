import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHash, CRITICAL_CAP, MOVE_LABELS, runStateSchema, score, start, step, strongestOption, type RunState } from '../../engine';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, savedRun, type Trainer } from './browser';

// The debrief after a knock-out, in real Chromium: a typed refusal, then closing, opens the debrief
// with the critical block and a capped score, the ending told from the run, the skill panel and a
// verdict per turn. And the offer to close after an agreement, which only the trainee takes.

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const REFUSAL = 'Een aanvraag neem ik niet in behandeling.';

/** Types a sentence and lets it count as the reader took it (or, when unsure, as its best guess). */
async function sayTyped(page: Page, text: string): Promise<void> {
  await page.getByLabel('Of zeg het in je eigen woorden').fill(text);
  await page.keyboard.press('Enter');
  const pending = page.locator('.pending');
  await pending.waitFor();
  if ((await pending.locator('input[type="radio"]:checked').count()) === 0) await pending.locator('input[type="radio"]').first().check();
  await pending.locator('button.primary').click();
  await pending.waitFor({ state: 'detached' });
}

/** Whether the element is wholly on screen: inside the window and inside every box around it that scrolls. */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const inside = (o: { top: number; bottom: number; left: number; right: number }) => r.top >= o.top - 1 && r.bottom <= o.bottom + 1 && r.left >= o.left - 1 && r.right <= o.right + 1;
    if (!inside({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (/(auto|scroll|hidden)/.test(getComputedStyle(up).overflowY) && !inside(up.getBoundingClientRect())) return false;
    }
    return true;
  }, selector);
}

const title = HAS_CHROMIUM ? 'the debrief and closing, in Chromium' : 'the debrief and closing, in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  let url: string;
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ page, url } = trainer as Trainer);
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  let finished: RunState;

  it('opens with the critical block and a score of at most 40 after a typed refusal and closing', async () => {
    await page.goto(url);
    await page.getByRole('button', { name: `Start: ${bakker.title}` }).click();
    await page.getByRole('heading', { name: `Gesprek met ${bakker.client.name}` }).waitFor();
    await sayTyped(page, REFUSAL);
    await expect.poll(() => page.locator('.status .turn').textContent()).toBe('Beurt 2');
    // No agreement was made, so nothing offers to close: the trainee closes.
    expect(await page.locator('.may-close').count()).toBe(0);
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, afronden' }).click();
    await page.getByRole('heading', { level: 1, name: /Nabespreking/ }).waitFor();

    // The critical block comes first: right under the heading (and whose run it was), before the ending, the score and everything else.
    const order = await page.evaluate(() => {
      const h1 = document.querySelector('.debrief h1 + .played-by') ?? document.querySelector('.debrief h1')!;
      const blocks = ['.critical', '.summary', '.skills', '.timeline'].map((s) => document.querySelector(s));
      return {
        next: h1.nextElementSibling?.className ?? null,
        sorted: blocks.every((b, i) => b && (i === 0 || blocks[i - 1]!.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)),
      };
    });
    expect(order).toEqual({ next: 'critical', sorted: true });
    const critical = page.locator('.critical');
    expect(await critical.getByRole('heading').textContent()).toMatch(/^Kritieke fout/);
    expect(await critical.textContent()).toContain('Je weigerde een aanvraag aan te nemen');
    expect(await critical.textContent()).toContain(`niet hoger worden dan ${CRITICAL_CAP}`);
    const overall = Number(/(\d+) van 100/.exec((await page.locator('.summary .overall').textContent()) ?? '')?.[1]);
    expect(overall).toBeLessThanOrEqual(CRITICAL_CAP);
    expect(await page.locator('.summary .quality').textContent()).toBe('(zwak)');

    // What the page shows is the engine's report on the run it kept.
    finished = runStateSchema.parse((await savedRun(page))!.state);
    const report = score(bakker, finished);
    expect(overall).toBe(report.overall);
    expect(report.critical.map((f) => f.code)).toContain('aanvraag_geweigerd');
    expect(await page.locator('.summary > p:not(.overall)').allTextContents()).toEqual(report.story);

    // The first turn: one verdict, the reasons, how the typed sentence was read, and a better option.
    const first = page.locator('.timeline > li').first();
    expect(await first.locator('.verdict').allTextContents()).toEqual(['Kritieke fout']);
    expect(await first.textContent()).toContain(`Jij: ${REFUSAL}`);
    expect(await first.textContent()).toContain(`gelezen als: ${MOVE_LABELS[finished.turns[0]!.move!]}`);
    expect(await first.textContent()).toContain('Bij geen optie');
    expect(await first.locator('.reasons li').first().textContent()).toContain('Je weigerde een aanvraag aan te nemen');
    const opening = bakker.points[finished.turns[0]!.point]!;
    expect(await first.locator('.example').textContent()).toBe(`Zo had het ook gekund: ${opening.options[strongestOption(opening)!]!.text}`);
    expect(await page.locator('.timeline .verdict').count()).toBe(report.turns.length);

    expect(await axe(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'debrief-kritiek.png'), fullPage: true });
  });

  it('has the conversation-skill panel with the MITI thresholds', async () => {
    const report = score(bakker, finished);
    const panel = page.locator('section.skills');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Gesprekstechniek');
    expect(await panel.textContent()).toContain('MITI');
    expect(await panel.locator('thead th').allTextContents()).toEqual(['Maat', 'Jij', 'Redelijk', 'Goed', 'Oordeel']);
    const rows = panel.locator('tbody tr');
    expect(report.skills.measures.length).toBeGreaterThan(0);
    expect(await rows.count()).toBe(report.skills.measures.length);
    for (const [i, m] of report.skills.measures.entries()) {
      expect((await rows.nth(i).locator('th, td').allTextContents()).map((t) => t.trim())).toEqual([m.label, String(m.shown), String(m.fair), String(m.good), m.level]);
    }
  });

  it('shows how the opening went: each element with its status and turn, as the engine reports it', async () => {
    const report = score(bakker, finished);
    const panel = page.locator('section.opening');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('De opening');
    const items = await panel.locator('li').allTextContents();
    expect(items).toHaveLength(5);
    // A refusal typed at the door: nothing of the opening was done, and no right was named.
    expect(report.opening!.elements.every((e) => e.status === 'niet')).toBe(true);
    for (const [i, e] of report.opening!.elements.entries()) expect(items[i]).toBe(`${e.label}: niet gedaan`);
    if (SHOTS) await panel.screenshot({ path: join(SHOTS, 'debrief-opening.png') });
  });

  it('offers to close after an agreement, and only the trainee closes', async () => {
    // A run at the last point of the strong route, kept on the device as the page keeps one.
    let state = start(bakker, { seed: 4242 }).state;
    while (state.point !== 'afronden') state = step(bakker, state, { type: 'option', option: strongestOption(bakker.points[state.point!]!)! + 1 }).state;
    await page.goto(url);
    await page.evaluate((run) => localStorage.setItem('kanteltrainer.run.v1', run), JSON.stringify({ caseId: 'bakker', caseHash: caseHash(bakker), state }));
    // A laptop screen: the chat beside the choices, each in a box of its own that scrolls.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByRole('heading', { name: `Gesprek met ${bakker.client.name}` }).waitFor();
    const turns = state.turns.length;
    const closing = bakker.points.afronden!.options[strongestOption(bakker.points.afronden!)!]!.text;

    // Said in one's own words, the closing option is an agreement: the page asks, the run goes on.
    await sayTyped(page, closing);
    const box = page.getByRole('group', { name: 'Jullie hebben afspraken gemaakt. Wil je het gesprek afronden?' });
    await box.waitFor();
    expect(await page.locator('.status .turn').textContent()).toBe(`Beurt ${turns + 2}`);
    expect((await savedRun(page))!.state.status).toBe('active');
    expect(await page.locator('.may-close').textContent()).toContain('Wil je het gesprek afronden?');
    // The options have the focus, and the offer just above them is still in sight.
    expect(await page.evaluate(() => document.activeElement?.matches('fieldset.options') ?? false)).toBe(true);
    expect(await onScreen(page, '.may-close')).toBe(true);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'afronden-vraag.png') });

    // "Nog niet": the box goes, the focus goes to the options (not lost), the conversation goes on.
    await box.getByRole('button', { name: 'Nog niet, verder praten' }).click();
    expect(await page.locator('.may-close').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.matches('fieldset.options') ?? false)).toBe(true);
    expect((await savedRun(page))!.state.status).toBe('active');

    // Asked again after the next agreement; "Ja, afronden" ends it.
    await sayTyped(page, closing);
    await box.waitFor();
    await box.getByRole('button', { name: 'Ja, afronden' }).click();
    await page.getByRole('heading', { level: 1, name: /Nabespreking/ }).waitFor();
    const run = (await savedRun(page))!.state;
    expect(run.status).toBe('finished');
    expect(run.turns).toHaveLength(turns + 3);
    expect(await page.locator('.critical').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 800 });
  });
});
