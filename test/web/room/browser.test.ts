import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine';
import { openRooms, type RoomService } from '../../../web/server/room/service';
import { serveStatic } from '../../../web/server/serve';
import { loadFile, SCENARIOS } from '../../helpers/cases';
import { STORES, storeTitle } from '../../helpers/databases';
import { axe, buildFixtureSite, HAS_CHROMIUM, launch } from '../browser';

// A facilitator and three participants, each in a browser context of their own, play a room to
// the end in real Chromium: one reloads halfway and plays on, one types a sentence; the
// facilitator sees who is where and what was chosen, reveals the endings and opens the comparison.

const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const NAMES = ['<b>Anna</b>', 'Bram', 'Cor'];

let site: string;
let browser: Browser;
beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  [site, browser] = await Promise.all([buildFixtureSite(), launch()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

async function newPage(url: string): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  return { context, page, errors };
}

const turnLabel = (page: Page) => page.locator('.status .turn');

/** Takes the option on screen at place `at` (or the last, when there are fewer) and waits for the next turn or the debrief. */
async function take(page: Page, at: number): Promise<void> {
  const before = await turnLabel(page).textContent();
  const buttons = page.locator('fieldset.options button');
  await buttons.first().waitFor();
  await buttons.nth(Math.min(at, (await buttons.count()) - 1)).click();
  await expect.poll(async () => (await page.locator('.debrief, .status .turn').first().textContent()) !== before || (await page.locator('.debrief').count()) > 0).toBe(true);
}

/** The place on screen of an option that leads on to another point, so a reload comes mid-run. */
async function onward(page: Page): Promise<number> {
  const shown = await page.locator('fieldset.options button > span:not(.num)').allTextContents();
  const point = Object.values(bakker.points).find((p) => shown.every((t) => p.options.some((o) => o.text === t)))!;
  return shown.findIndex((t) => point.options.find((o) => o.text === t)!.next !== undefined);
}

async function playToEnd(page: Page, at: number): Promise<void> {
  for (let i = 0; i < 40 && (await page.locator('.debrief').count()) === 0; i++) {
    if ((await page.locator('fieldset.options button').count()) === 0) {
      await page.waitForTimeout(100);
      continue;
    }
    await take(page, at);
  }
  await page.locator('.debrief').first().waitFor();
}

describe.each(STORES)('group room in Chromium', (kind) => {
  const title = !HAS_CHROMIUM ? `${kind.name} (overgeslagen: /usr/bin/chromium ontbreekt)` : storeTitle(kind, 'a facilitator and three participants');
  describe.skipIf(!HAS_CHROMIUM || !kind.available)(title, () => {
    let rooms: RoomService;
    let server: Server;
    let url: string;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const fresh = await kind.fresh();
      drop = fresh.drop;
      rooms = await openRooms({ database: fresh.config, findScenario: (id) => (id === 'bakker' ? bakker : undefined) });
      ({ server, url } = await serveStatic({ dir: site, port: 0, host: '127.0.0.1', api: rooms.api }));
    }, 60_000);
    afterAll(async () => {
      server?.closeAllConnections();
      await new Promise((done) => (server ? server.close(done) : done(undefined)));
      await rooms?.close();
      await drop?.();
    });

    it('plays a room end to end; a reload mid-run plays on; the facilitator sees it all and compares from the room', async () => {
      // The way in from the case list: the room's own join page, and from there opening a room.
      const host = await newPage(url);
      await host.page.getByRole('link', { name: 'Groepsruimte' }).click();
      await host.page.getByRole('heading', { name: 'Meedoen in een groepsruimte' }).waitFor();
      expect(await host.page.evaluate(() => location.hash)).toBe('#/ruimte');
      await host.page.getByRole('link', { name: 'Zelf een groepsruimte openen (gespreksleider)' }).click();
      await host.page.getByRole('heading', { name: 'Een groepsruimte openen' }).waitFor();
      expect(await axe(host.page)).toEqual([]);
      await host.page.getByLabel('Casus').selectOption('bakker');
      await host.page.getByRole('button', { name: 'Ruimte openen' }).click();
      await host.page.getByRole('heading', { name: /^Groepsruimte: / }).waitFor();
      expect(host.page.url()).toMatch(/#\/ruimte\/leiden\/[\w-]{16}\/[\w-]{16,}$/);
      const code = (await host.page.locator('.room-code').textContent())!.replace('-', '');
      const link = await host.page.locator('.room-link a').getAttribute('href');
      expect(link).toBe(`${url}#/ruimte/${code}`);
      // On loopback only, the screen says how to let the network in (once the server has said it has no network address).
      await host.page.getByText('HOST=0.0.0.0 npm start').waitFor();
      expect(await host.page.getByText('HOST=0.0.0.0 npm start').count()).toBe(1);
      expect(await host.page.getByRole('img', { name: /^QR-code met het adres/ }).count()).toBe(1);
      await host.page.getByText('Live verbonden').waitFor();

      const people = await Promise.all(NAMES.map(() => newPage(link!)));
      for (const [i, p] of people.entries()) {
        await p.page.getByRole('heading', { name: 'Meedoen in een groepsruimte' }).waitFor();
        expect(await p.page.getByLabel('Code van de ruimte').inputValue()).toBe(code);
        if (i === 0) expect(await axe(p.page)).toEqual([]);
        await p.page.getByLabel('Jouw naam').fill(NAMES[i]!);
        await p.page.getByRole('button', { name: 'Meedoen' }).click();
        await p.page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
      }
      // The facilitator sees the names as typed, markup and all, as text.
      await expect.poll(() => host.page.locator('.room-people li strong').allTextContents()).toEqual(NAMES);
      expect(await host.page.locator('.room-people b').count()).toBe(0);
      expect(await axe(people[1]!.page)).toEqual([]);

      // Anna takes two turns, then reloads: she is back at turn 3 and plays on.
      const anna = people[0]!.page;
      await take(anna, await onward(anna));
      await take(anna, await onward(anna));
      await anna.reload();
      await expect.poll(() => turnLabel(anna).textContent()).toBe('Beurt 3');
      // Bram is typing when his page reloads: the half-typed sentence is still there.
      const bram = people[1]!.page;
      await bram.getByLabel('Of zeg het in je eigen woorden').fill('Hoe gaat het met de boodschappen');
      await bram.reload();
      await expect.poll(() => bram.getByLabel('Of zeg het in je eigen woorden').inputValue()).toBe('Hoe gaat het met de boodschappen');
      await bram.getByLabel('Of zeg het in je eigen woorden').fill('');
      // Cor types his first turn in his own words; the facilitator gets the sentence as text.
      const cor = people[2]!.page;
      await cor.getByLabel('Of zeg het in je eigen woorden').fill('Wat fijn dat u er bent, hoe gaat het <i>nu</i> met u?');
      await cor.keyboard.press('Enter');
      const confirm = cor.locator('.pending .actions button.primary');
      await confirm.waitFor();
      // When the reader is unsure, the trainee names the move first.
      if (await confirm.isDisabled()) await cor.locator('.pending input[type=radio]').first().check();
      await confirm.click();
      await expect.poll(() => turnLabel(cor).textContent()).toBe('Beurt 2');
      await host.page.getByText('Wat fijn dat u er bent, hoe gaat het <i>nu</i> met u?', { exact: false }).waitFor();

      await Promise.all(people.map((p, i) => playToEnd(p.page, i)));
      await expect.poll(() => host.page.locator('.room-people li').allTextContents()).toEqual(NAMES.map((n) => `${n}: klaar (einde nog verborgen)`));

      // Every point anyone reached, with a bar for each option: unchosen ones too.
      const firstPoint = host.page.locator('.room-point').first();
      expect(await firstPoint.locator('.dist-row').count()).toBe(bakker.points.opening!.options.length);
      const counts = (await firstPoint.locator('.dist-count').allTextContents()).map((t) => (/^(\d+)/.exec(t) ? Number(/^(\d+)/.exec(t)![1]) : 0));
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
      expect(counts).toContain(0);
      expect(await host.page.getByText('De eindes zijn verborgen tot je ze toont.').count()).toBe(1);
      expect(await axe(host.page)).toEqual([]);

      await host.page.getByRole('button', { name: 'Eindes tonen' }).click();
      await expect.poll(() => host.page.locator('.room-endings li').count()).toBeGreaterThan(0);
      const endingTitles = Object.values(bakker.endings).map((e) => e.title);
      for (const line of await host.page.locator('.room-people li').allTextContents()) {
        expect(endingTitles.some((t) => line.includes(`klaar (${t})`))).toBe(true);
      }
      await host.page.screenshot({ path: join(site, '..', `room-host-${kind.name}.png`) });

      await host.page.getByRole('button', { name: 'Vergelijking openen' }).click();
      await host.page.getByRole('heading', { name: 'Gesprekken vergelijken' }).first().waitFor();
      for (const name of NAMES) await host.page.getByText(name, { exact: true }).first().waitFor();
      expect(await axe(host.page)).toEqual([]);
      await host.page.getByRole('button', { name: 'Terug naar de ruimte' }).click();

      const csv = host.page.waitForEvent('download');
      await host.page.getByRole('button', { name: 'Opslaan als CSV-bestand (Excel)' }).click();
      const bytes = await (await csv).createReadStream().then(async (s) => {
        const chunks: Buffer[] = [];
        for await (const c of s) chunks.push(c as Buffer);
        return Buffer.concat(chunks);
      });
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(4);

      // A run file per participant, as the trainer saves them.
      const files: string[] = [];
      host.page.on('download', (d) => files.push(d.suggestedFilename()));
      await host.page.getByRole('button', { name: 'Gespreksbestanden opslaan' }).click();
      await expect.poll(() => files.length).toBe(3);
      expect(files.every((f) => /^run-bakker-[a-z0-9-]+-\d+\.json$/.test(f))).toBe(true);

      for (const p of [host, ...people]) expect(p.errors).toEqual([]);
      await Promise.all([host, ...people].map((p) => p.context.close()));
    }, 240_000);

    it('plays a room at the pace the facilitator sets: everyone waits after each turn until the group is moved on', async () => {
      const host = await newPage(`${url}#/ruimte/nieuw`);
      await host.page.getByRole('heading', { name: 'Een groepsruimte openen' }).waitFor();
      await host.page.getByLabel('Casus').selectOption('bakker');
      await host.page.getByRole('radio', { name: /Samen: iedereen wacht/ }).check();
      await host.page.getByRole('button', { name: 'Ruimte openen' }).click();
      await host.page.getByRole('heading', { name: /^Groepsruimte: / }).waitFor();
      await host.page.getByText('Samen: de groep mag tot en met beurt 1.').waitFor();
      const link = (await host.page.locator('.room-link a').getAttribute('href'))!;

      const people = await Promise.all(['Dirk', 'Eva'].map(async (name) => {
        const p = await newPage(link);
        await p.page.getByLabel('Jouw naam').fill(name);
        await p.page.getByRole('button', { name: 'Meedoen' }).click();
        await p.page.getByRole('heading', { name: 'Gesprek met Henk Bakker' }).waitFor();
        return p;
      }));
      for (const round of [1, 2]) {
        for (const p of people) {
          await take(p.page, await onward(p.page));
          // Held: the notice says why, and the conversation cannot be used until the group moves on.
          await p.page.getByRole('heading', { name: 'Even wachten' }).waitFor();
          expect(await p.page.locator('[inert]').count()).toBe(1);
        }
        await host.page.getByText('2 van 2 wachten op de volgende beurt.').waitFor();
        if (round === 1) expect(await axe(people[0]!.page)).toEqual([]);
        await host.page.getByRole('button', { name: `Groep verder laten gaan (naar beurt ${round + 1})` }).click();
        for (const p of people) {
          await expect.poll(() => p.page.getByRole('heading', { name: 'Even wachten' }).count()).toBe(0);
          expect(await p.page.locator('[inert]').count()).toBe(0);
        }
      }
      await expect.poll(() => turnLabel(people[0]!.page).textContent()).toBe('Beurt 3');
      for (const p of [host, ...people]) expect(p.errors).toEqual([]);
      await Promise.all([host, ...people].map((p) => p.context.close()));
    }, 180_000);
  });
});
