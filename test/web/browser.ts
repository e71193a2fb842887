import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { serveStatic } from '../../web/server/serve';
import { ROOT } from '../helpers/cases';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** Headless, and without the background traffic this machine's closed network refuses. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Builds the trainer into a temporary folder from bakker, lokaal.yaml, any `extra` case files from
 * scenarios/ and a fixture case whose text holds HTML. A child process, because vitest's own
 * environment switches the web plugins off.
 */
export async function buildFixtureSite(extra: readonly string[] = []): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'kantel-web-'));
  const cases = join(work, 'scenarios');
  const out = join(work, 'site');
  mkdirSync(cases);
  for (const name of ['bakker.yaml', 'lokaal.yaml', 'begrippen.yaml', ...extra]) copyFileSync(join(ROOT, 'scenarios', name), join(cases, name));
  copyFileSync(join(ROOT, 'test', 'web', 'fixtures', 'html-tekst.yaml'), join(cases, 'html-tekst.yaml'));
  const output = await viteBuild({ KANTEL_SCENARIO_DIR: cases, KANTEL_OUT_DIR: out });
  if (!existsSync(join(out, 'index.html'))) throw new Error(`no site was built:\n${output}`);
  return out;
}

/** `vite build` in a child process with the given environment; vitest's own variables are left out. */
export function viteBuild(extra: Record<string, string>): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  return new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, env });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`vite build failed (${code}):\n${text}`))));
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules plus best practices) and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  }
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export interface Trainer {
  browser: Browser;
  server: Server;
  url: string;
  context: BrowserContext;
  page: Page;
}

/** The fixture site (with any `extra` case files) served on a free loopback port, and a fresh page on it that fails the test on any page error. */
export async function openTrainer(extra: readonly string[] = []): Promise<Trainer> {
  const [site, browser] = await Promise.all([buildFixtureSite(extra), launch()]);
  const { server, url } = await serveStatic({ dir: site, port: 0, host: '127.0.0.1' });
  // bypassCSP lets the test inject axe-core; the app itself runs under the server's policy.
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => {
    throw e;
  });
  return { browser, server, url, context, page };
}

export async function closeTrainer(trainer: Partial<Trainer>): Promise<void> {
  await trainer.browser?.close();
  await new Promise((done) => (trainer.server ? trainer.server.close(done) : done(undefined)));
}

/** The texts of the options at this point, in the order the page shows them (without their numbers). */
export function shownOptions(page: Page): Promise<string[]> {
  return page.locator('fieldset.options button > span:not(.num)').allTextContents();
}

/** The option button whose own text is exactly `text` (an option's text in the case file). */
export function optionButton(page: Page, text: string): Locator {
  return page.locator('fieldset.options button').filter({ has: page.getByText(text, { exact: true }) });
}

/** The number on the button whose text is `text`: its place on the screen, 1 for the top one. */
export async function shownNumber(page: Page, text: string): Promise<number> {
  const shown = await shownOptions(page);
  const at = shown.indexOf(text);
  if (at < 0) throw new Error(`option not on screen: "${text}"\nshown: ${shown.join(' | ')}`);
  const label = await page.locator('fieldset.options button .num').nth(at).textContent();
  return Number(label);
}

/** The run kept on this device, as the page saved it. */
export function savedRun(page: Page): Promise<{ caseId: string; state: { seed: number; point: string | null; status: string; turns: { option: number | null }[] } } | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('kanteltrainer.run.v1') ?? 'null'));
}
