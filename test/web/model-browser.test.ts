// The web trainer with a language model behind its server, in real Chromium: the page asks the
// server, the server asks a fake model. The trainee sees which model answers, the client "thinking",
// the voiced words, the model's reading of a typed sentence, and a notice when the model fails.
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelClient, modelMode, type ModelConfig } from '../../node/model';
import { engineReplyAfter } from './model-helpers';
import { modelApi } from '../../web/server/model-api';
import { serveStatic } from '../../web/server/serve';
import { start } from '../../engine';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { startFakeOpenAI, type FakeOpenAI } from '../model/fake-openai';
import { TEST_KEY } from '../model/helpers';
import { axe, buildFixtureSite, HAS_CHROMIUM, launch, optionButton } from './browser';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const reading = JSON.stringify({ move: 'netwerk', confidence: 0.85, topics: ['familie'] });

describe.skipIf(!HAS_CHROMIUM)('web trainer with a language model', () => {
  let model: FakeOpenAI;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url: string;
  let limited: Server;
  let limitedUrl: string;
  let voices = 0;

  beforeAll(async () => {
    // Readings always work; the first reply is voiced, every later one fails (HTTP 500).
    model = await startFakeOpenAI((seen) => {
      if (seen.body.response_format) return { kind: 'json', content: reading };
      return voices++ === 0 ? { kind: 'stream', pieces: ['Ach, ', 'het huis ', 'is mijn ding niet.'] } : { kind: 'status', status: 500 };
    });
    const config: ModelConfig = { apiKey: TEST_KEY, baseURL: model.baseURL, model: 'test-model', timeoutMs: 2000, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } };
    const api = modelApi({
      makeMode: (stop) => modelMode(createModelClient(config, { stop })), label: `test-model via ${model.baseURL}`,
      findScenario: (id) => (id === 'bakker' ? bakker : undefined),
    });
    const [site, launched] = await Promise.all([buildFixtureSite(), launch()]);
    browser = launched;
    ({ server, url } = await serveStatic({ dir: site, port: 0, host: '127.0.0.1', api }));
    // The same trainer with a model that may be asked once a minute per address.
    const once = modelApi({
      makeMode: (stop) => modelMode(createModelClient(config, { stop })), label: 'test-model', rate: { burst: 1, perMinute: 1 },
      findScenario: (id) => (id === 'bakker' ? bakker : undefined),
    });
    ({ server: limited, url: limitedUrl } = await serveStatic({ dir: site, port: 0, host: '127.0.0.1', api: once }));
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    await new Promise((done) => (limited ? limited.close(done) : done(undefined)));
    await model?.close();
  });

  it('voices the reply, reads typed text with the model, and says so when the model fails', async () => {
    await page.goto(url);
    await page.locator('.card', { hasText: bakker.title }).getByRole('button').click();
    await page.getByRole('heading', { name: `Gesprek met ${bakker.client.name}` }).waitFor();
    await expect.poll(() => page.locator('.model-line').textContent()).toContain('Taalmodel: test-model via http://127.0.0.1:');
    expect(await page.content()).not.toContain(TEST_KEY);

    // Option 1 of the case file, wherever the run's order puts it on the screen.
    await optionButton(page, bakker.points[start(bakker).state.point!]!.options[0]!.text).click();
    const lastClient = page.locator('.chat li.client .text').last();
    await expect.poll(() => lastClient.textContent()).toBe('Ach, het huis is mijn ding niet.');
    await page.locator('fieldset.options button').first().waitFor();
    const chat = (await page.locator('.chat').textContent()) ?? '';
    expect(chat).not.toContain(engineReplyAfter(bakker, [1]).slice(0, 40)); // the case's own words stay hidden

    await page.getByLabel('Of zeg het in je eigen woorden').fill('Komt uw dochter weleens langs?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pending .chip').textContent()).toContain('sociaal netwerk');
    expect(await page.locator('.pending .chip').textContent()).toContain('85%');
    await page.locator('.pending button.primary').click();

    await expect.poll(() => page.locator('.model-notice').textContent()).toContain('Het taalmodel reageerde niet');
    expect(await page.locator('.model-notice').textContent()).toContain('(serverfout)');
    await page.locator('fieldset.options button').first().waitFor();
    const own = engineReplyAfter(bakker, [1, { text: 'Komt uw dochter weleens langs?', move: 'netwerk', topics: ['familie'] }]);
    expect(await page.locator('.chat').textContent()).toContain(own.split('\n')[0]!.slice(0, 40));
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('kanteltrainer.run.v1') ?? 'null'));
    expect(saved.state.turns[1]).toMatchObject({ move: 'netwerk', source: 'model' });
    // The page sent the case and the point; the server showed the model that point's options, in file order.
    const asked = model.seen.filter((s) => s.body.response_format).at(-1)!;
    const listed = asked.body.messages!.at(-1)!.content.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(listed).toEqual(bakker.points[saved.state.turns[1].point]!.options.map((o, i) => `${i + 1}. ${o.text}`));
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(process.env.KANTEL_SCREENSHOTS ?? '/tmp', 'kanteltrainer-model.png'), fullPage: true });
  });

  it('says why when the server refuses to voice (too many requests), and the case\'s own words stand', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const fresh = await context.newPage();
    fresh.setDefaultTimeout(10_000);
    await fresh.goto(`${limitedUrl}#/casus/bakker`);
    await fresh.getByRole('heading', { name: `Gesprek met ${bakker.client.name}` }).waitFor();
    await expect.poll(() => fresh.locator('.model-line').textContent()).toContain('Taalmodel: test-model');
    const first = bakker.points[start(bakker).state.point!]!.options[0]!;
    await optionButton(fresh, first.text).click();
    await fresh.locator('fieldset.options button').first().waitFor();
    const state = await fresh.evaluate(() => JSON.parse(localStorage.getItem('kanteltrainer.run.v1') ?? 'null').state);
    const second = bakker.points[state.point]!.options[0]!;
    await optionButton(fresh, second.text).click();
    await expect.poll(() => fresh.locator('.model-notice').textContent()).toMatch(/^Te veel verzoeken aan het taalmodel vanaf dit apparaat\. Probeer het over \d+ seconden opnieuw\.$/);
    const own = engineReplyAfter(bakker, [1, 1]);
    expect(await fresh.locator('.chat li.client .text').last().textContent()).toBe(own.split('\n\n').at(-1));
    await context.close();
  });
});
