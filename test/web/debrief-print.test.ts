// The debrief on paper and on small screens, in real Chromium: a typical run prints on at most
// two A4 pages with the client's replies, the learner's name and the run's date, and the scores
// beside the story instead of above an empty column; the progress table fits 1280 px and a
// phone; the reasons under a turn do not repeat its number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHash, score, start, step, type RunState } from '../../engine';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

/** The state after a script of test/transcripts (option numbers, maybe /afronden). */
function played(script: string): RunState {
  let state = start(bakker, { seed: 7 }).state;
  for (const line of readFileSync(join(ROOT, 'test', 'transcripts', script), 'utf8').split('\n')) {
    const m = /^#(\d+)/.exec(line.trim());
    if (m && state.status === 'active') state = step(bakker, state, { type: 'option', option: Number(m[1]) }).state;
    if (line.trim() === '/afronden' && state.status === 'active') state = step(bakker, state, { type: 'close' }).state;
  }
  return state;
}

const LEARNER = { id: 'anna', name: 'Anna de Vries' };
// 14 March 2026, 10:00 in the Netherlands: the debrief shows the day the run was played, not the day it is printed.
const PLAYED_AT = Date.UTC(2026, 2, 14, 9, 0);

/** A finished run of `script` kept on the device for Anna, with its history entry (and earlier ones), as the page keeps them. */
async function keep(page: Page, url: string, script: string, earlier: number): Promise<RunState> {
  const state = played(script);
  const report = score(bakker, state);
  const entry = (at: number, id: string) => ({ caseId: 'bakker', at, overall: report.overall, dimensions: report.dimensions, ending: report.ending, id });
  const history = [...Array.from({ length: earlier }, (_, i) => entry(PLAYED_AT - (earlier - i) * 86_400_000, `eerder-${i}`)), entry(PLAYED_AT, 'deze-run')];
  await page.goto(`${url}#/`);
  await page.evaluate(
    ({ learner, run, history }) => {
      localStorage.clear();
      localStorage.setItem('kanteltrainer.learners.v1', JSON.stringify({ current: learner.id, learners: [learner] }));
      localStorage.setItem(`kanteltrainer.run.v1.${learner.id}`, run);
      localStorage.setItem(`kanteltrainer.history.v1.${learner.id}`, history);
    },
    { learner: LEARNER, run: JSON.stringify({ caseId: 'bakker', caseHash: caseHash(bakker), state, runId: 'deze-run' }), history: JSON.stringify(history) },
  );
  // Opened afresh on the debrief's own address, as after a reload.
  await page.goto('about:blank');
  await page.goto(`${url}#/casus/bakker/nabespreking`);
  await page.getByRole('heading', { level: 1, name: /Nabespreking/ }).waitFor();
  return state;
}

const title = HAS_CHROMIUM ? 'the debrief on paper and on a phone, in Chromium' : 'the debrief on paper and on a phone, in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  let page: Page;
  let url: string;
  beforeAll(async () => {
    trainer = await openTrainer();
    ({ page, url } = trainer as Trainer);
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it.each(['bakker-sterk.txt', 'bakker-gemiddeld.txt'])('prints a typical run (%s) on at most two A4 pages', async (script) => {
    const state = await keep(page, url, script, 0);
    expect(state.turns.length).toBeGreaterThanOrEqual(15);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThan(0);
    if (SHOTS) await page.pdf({ format: 'A4', path: join(SHOTS, `nabespreking-${script.replace('.txt', '')}.pdf`) });
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('prints the client’s replies, the learner’s name and the date of the run', async () => {
    const state = await keep(page, url, 'bakker-sterk.txt', 0);
    await page.emulateMedia({ media: 'print' });
    try {
      const first = page.locator('.timeline > li').first();
      expect(await first.locator('.reply').isVisible()).toBe(true);
      expect(await first.locator('.reply').textContent()).toBe(`Henk Bakker: ${state.turns[0]!.reply}`);
      expect(await page.locator('.timeline .reply:visible').count()).toBe(state.turns.filter((t) => t.reply).length);
      const byline = page.locator('.played-by');
      expect(await byline.isVisible()).toBe(true);
      expect(await byline.textContent()).toBe('Gesprek van Anna de Vries, 14 maart 2026');
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it('leaves no empty area beside the scores on paper: the story runs on next to them', async () => {
    await keep(page, url, 'bakker-sterk.txt', 0);
    await page.setViewportSize({ width: 740, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    try {
      const blank = await page.evaluate(() => {
        const table = document.querySelector('.debrief .chart table')!.getBoundingClientRect();
        const summary = document.querySelector('.debrief .summary')!.getBoundingClientRect();
        // Below the score table, in the right-hand strip it stands in, down to the end of the story.
        const x = (table.left + table.right) / 2;
        const empty: number[] = [];
        for (let y = table.bottom + 8; y < summary.bottom - 8; y += 12) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !hit.closest('p, h2, li')) empty.push(Math.round(y));
        }
        return { empty: empty.length, height: Math.round(summary.bottom - table.bottom) };
      });
      expect(blank.height).toBeGreaterThan(100);
      expect(blank.empty).toBe(0);
    } finally {
      await page.emulateMedia({ media: null });
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  });

  it('shows the name and date on screen too, and the reasons under a turn without its number again', async () => {
    const state = await keep(page, url, 'bakker-gemiddeld.txt', 0);
    expect(await page.locator('.played-by').textContent()).toBe('Gesprek van Anna de Vries, 14 maart 2026');
    const report = score(bakker, state);
    const flagged = report.turns.find((t) => t.reasons.some((r) => r.includes(`Beurt ${t.n}: `)))!;
    expect(flagged, 'a turn with a reason that names its turn').toBeDefined();
    const turn = page.locator('.timeline > li').nth(flagged.n - 1);
    expect(await turn.locator('.t-head strong').textContent()).toBe(`Beurt ${flagged.n}`);
    const reasons = await turn.locator('.reasons li').allTextContents();
    expect(reasons).toHaveLength(flagged.reasons.length);
    for (const r of reasons) expect(r).not.toMatch(/Beurt \d+:/);
    expect(await axe(page)).toEqual([]);
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('fits the progress table on a %i px wide screen', async (width, height) => {
    await page.setViewportSize({ width, height });
    try {
      await keep(page, url, 'bakker-gemiddeld.txt', 6);
      const table = page.locator('.progress table');
      await table.scrollIntoViewIfNeeded();
      // The last five runs, each a column; every cell inside the screen, nothing to scroll sideways.
      expect(await table.locator('thead th').count()).toBe(6);
      expect(await table.locator('tbody tr').count()).toBe(7);
      const overflow = await page.evaluate(() => {
        const cells = [...document.querySelectorAll('.progress th, .progress td')];
        return {
          page: document.documentElement.scrollWidth - innerWidth,
          outside: cells.filter((c) => c.getBoundingClientRect().right > innerWidth || c.getBoundingClientRect().left < 0).length,
          cells: cells.length,
        };
      });
      expect(overflow.cells).toBe(6 * 8);
      expect(overflow.outside).toBe(0);
      expect(overflow.page).toBeLessThanOrEqual(0);
      expect(await table.locator('tbody tr').last().locator('td').last().textContent()).toBe(String(score(bakker, played('bakker-gemiddeld.txt')).overall));
      expect(await axe(page)).toEqual([]);
      if (SHOTS) await page.locator('.progress').screenshot({ path: join(SHOTS, `voortgang-${width}.png`) });
    } finally {
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  });
});
