// Issue 17, xAPI end to end: the web trainer, served with an LRS behind it (the stand-in, down at
// first), plays bakker in Chromium; the turns are never held up, and once the LRS is back the
// run's statements arrive in order, for the learner who played.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../web/server/serve';
import { modelApi } from '../../web/server/model-api';
import { xapiApi } from '../../web/server/xapi/api';
import { lrsSender } from '../../web/server/xapi/lrs';
import { statementQueue, type StatementQueue } from '../../web/server/xapi/queue';
import { runRecorder } from '../../web/server/xapi/recorder';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { buildFixtureSite, HAS_CHROMIUM, launch, optionButton, shownOptions } from './browser';
import { startLrs, VERB, type LrsStandIn } from './lrs-stand-in';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const leadsOn = new Set(Object.values(bakker.points).flatMap((p) => p.options.filter((o) => o.next !== undefined).map((o) => o.text)));

describe.skipIf(!HAS_CHROMIUM)('xAPI from the web trainer', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let lrs: LrsStandIn | undefined;
  let queue: StatementQueue | undefined;
  let url = '';

  beforeAll(async () => {
    const [site, b, l] = await Promise.all([buildFixtureSite(), launch(), startLrs()]);
    browser = b;
    lrs = l;
    lrs.mode = 'down';
    const dir = mkdtempSync(join(tmpdir(), 'kantel-xapi-web-'));
    queue = statementQueue({ dir, sender: lrsSender({ endpoint: lrs.url, username: 'k', password: 'g', timeoutMs: 500 }), retry: { first: 50, most: 200 } });
    const recorder = runRecorder({ dir, queue, findScenario: (id) => (id === 'bakker' ? bakker : undefined), base: 'https://kanteltrainer.invalid/xapi', typedText: false });
    const xapi = xapiApi(recorder, null);
    // As npm start wires it: /api/health tells the page that runs go to an LRS.
    const health = modelApi({ makeMode: null, label: null, findScenario: () => undefined, health: () => ({ xapi: true }) });
    ({ server, url } = await serveStatic({ dir: site, port: 0, host: '127.0.0.1', api: (req, res, path) => xapi(req, res, path) || health(req, res, path) }));
  }, 120_000);
  afterAll(async () => {
    queue?.stop();
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    await lrs?.close();
  });

  it('sends the run of the learner who played, in order, after the LRS was down', { timeout: 90_000 }, async () => {
    const page = await (await browser!.newContext()).newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(url);
    await page.getByLabel('Nieuwe naam').fill('Anna');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.locator('.card', { hasText: 'Sinds Ria' }).getByRole('button').click();
    await page.locator('fieldset.options button').first().waitFor();
    for (let n = 1; n <= 2; n++) {
      const text = (await shownOptions(page)).find((t) => leadsOn.has(t))!;
      await optionButton(page, text).click();
      await expect.poll(() => page.locator('.status .turn').textContent()).toBe(`Beurt ${n + 1}`);
    }
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await page.locator('#debrief-title').waitFor();
    expect(lrs!.received).toEqual([]);
    await expect.poll(() => queue!.pending()).toBe(5);
    expect(lrs!.refused).toBeGreaterThan(0);

    lrs!.mode = 'up';
    await queue!.idle();
    expect(lrs!.received.map(VERB)).toEqual(['initialized', 'answered', 'answered', 'completed', 'terminated']);
    const [first] = lrs!.received as unknown as { actor: { name: string; account: { name: string } }; context: { registration: string } }[];
    expect(first!.actor.name).toBe('Anna');
    expect(first!.actor.account.name).toMatch(/^[0-9a-f]{16}$/);
    expect(first!.context.registration).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const shown = Number(/(\d+) van 100/.exec((await page.locator('.overall strong').textContent()) ?? '')?.[1]);
    const completed = lrs!.received[3] as unknown as { result: { score: { raw: number } } };
    expect(completed.result.score.raw).toBe(shown);
  });
});
