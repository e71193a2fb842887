// The case list tells a newcomer what to expect, in real Chromium: that they may type their own
// words, roughly how long a case takes (from the longest way through its points) and what is scored.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, DIMENSION_LABELS } from '../../engine';
import { pathGraph } from '../../engine/analysis/graph';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { axe, closeTrainer, HAS_CHROMIUM, openTrainer, type Trainer } from './browser';

const SHOTS = process.env.KANTEL_SCREENSHOTS;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

const title = HAS_CHROMIUM ? 'what the case list says, in Chromium' : 'what the case list says, in Chromium (overgeslagen: /usr/bin/chromium ontbreekt)';

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let trainer: Partial<Trainer> = {};
  beforeAll(async () => {
    trainer = await openTrainer();
  }, 120_000);
  afterAll(() => closeTrainer(trainer));

  it('says that you can type, how long a case takes and what is scored', async () => {
    const { page, url } = trainer as Trainer;
    await page.goto(`${url}#/`);
    await page.getByRole('heading', { level: 1, name: 'Kies een casus' }).waitFor();
    const how = page.locator('.how');
    expect(await how.isVisible()).toBe(true);
    const text = (await how.textContent()) ?? '';
    expect(text).toContain('in je eigen woorden');
    expect(text).toContain('score van 0 tot 100');
    for (const d of DIMENSIONS) expect(text).toContain(DIMENSION_LABELS[d].toLowerCase());

    // bakker: as many turns as its longest way through its points (it grows as the case does), about a minute each.
    const turns = pathGraph(bakker).longestPath;
    expect(turns).toBeGreaterThanOrEqual(15);
    const card = page.locator('.card', { hasText: 'Sinds Ria' });
    const said = /^Duur: ongeveer (\d+) à (\d+) minuten \(tot (\d+) beurten\)$/.exec((await card.locator('.duration').textContent()) ?? '');
    expect(said).not.toBeNull();
    const [low, high, most] = said!.slice(1).map(Number) as [number, number, number];
    expect(most).toBe(turns);
    expect(low).toBeLessThanOrEqual(turns);
    expect(high).toBeGreaterThanOrEqual(turns);
    expect(await axe(page)).toEqual([]);
    for (const [w, h] of [[1280, 800], [390, 844]] as const) {
      await page.setViewportSize({ width: w, height: h });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `casussen-${w}.png`), fullPage: true });
    }
  });
});
