// Issue 17, SCORM 1.2: the package of bakker, built by the CLI, plays inside scorm-again's SCORM
// 1.2 runtime (an LMS stand-in that frames it) in Chromium. After a run, a resume and a finish the
// data model holds status, score, time, one interaction per decision point, and the suspended run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { HAS_CHROMIUM, launch } from './browser';
import { serveLms, unzipTo } from './scorm-lms';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const leadsOn = new Set(Object.values(bakker.points).flatMap((p) => p.options.filter((o) => o.next !== undefined).map((o) => o.text)));

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

interface Cmi {
  core: { lesson_status: string; score: { raw: string; min: string; max: string }; session_time: string; exit: string; entry: string };
  suspend_data: string;
  /** scorm-again keeps the interactions by index: { "0": {…}, "1": {…} }. */
  interactions: Record<string, { id: string; type: string; student_response: string; result: string }>;
}

/** The LMS page with a fresh runtime (optionally loaded with what the LMS kept), framing the package. */
async function openInLms(page: Page, url: string, kept: object | null): Promise<FrameLocator> {
  await page.goto(url);
  await page.evaluate((data) => {
    const w = window as unknown as { Scorm12API: new (s: object) => { loadFromJSON(j: object): void }; API: unknown };
    const api = new w.Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    api.loadFromJSON(data ?? { core: { student_id: 'c-1', student_name: 'Test, Anna' }, student_data: { mastery_score: '60' } });
    w.API = api;
    const frame = document.createElement('iframe');
    frame.title = 'Kanteltrainer';
    frame.width = '1000';
    frame.height = '700';
    frame.src = '/pakket/index.html?casus=bakker&slaag=60';
    document.body.append(frame);
  }, kept);
  return page.frameLocator('iframe');
}

const cmi = (page: Page): Promise<Cmi> => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)));

async function takeOneThatLeadsOn(frame: FrameLocator, n: number): Promise<void> {
  const texts = await frame.locator('fieldset.options button > span:not(.num)').allTextContents();
  const text = texts.find((t) => leadsOn.has(t));
  if (!text) throw new Error('geen optie die verder leidt');
  await frame.locator('fieldset.options button').filter({ has: frame.getByText(text, { exact: true }) }).click();
  await expect.poll(() => frame.locator('.status .turn').textContent()).toBe(`Beurt ${n + 1}`);
}

describe.skipIf(!HAS_CHROMIUM)('the SCORM 1.2 package in an LMS runtime', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let url = '';
  let built = { code: null as number | null, stdout: '', stderr: '' };
  let files: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'kantel-scorm-test-'));

  beforeAll(async () => {
    built = await cli(['scorm', 'bakker', '--out', join(work, 'pakket.zip'), '--slaag', '60']);
    if (built.code !== 0) throw new Error(built.stderr);
    files = unzipTo(readFileSync(join(work, 'pakket.zip')), join(work, 'pakket'));
    ({ server, url } = await serveLms(join(work, 'pakket')));
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('is built with a manifest: one SCO for the case, its pass mark, every file listed', () => {
    expect(built.stdout).toContain('SCORM 1.2-pakket gemaakt:');
    expect(files[0]).toBe('imsmanifest.xml');
    const manifest = readFileSync(join(work, 'pakket', 'imsmanifest.xml'), 'utf8');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html?casus=bakker&amp;slaag=60"');
    expect(manifest).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    for (const f of files.filter((f) => f !== 'imsmanifest.xml')) expect(manifest).toContain(`<file href="${f}"/>`);
    expect(files.some((f) => /\.(gz|br)$/.test(f))).toBe(false);
  });

  it('reports the run, resumes it from suspend_data and reports the finish', { timeout: 120_000 }, async () => {
    const context = await browser!.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => {
      throw e;
    });
    let frame = await openInLms(page, url, null);
    await frame.locator('fieldset.options button').first().waitFor();
    await takeOneThatLeadsOn(frame, 1);
    await takeOneThatLeadsOn(frame, 2);
    let data = await cmi(page);
    expect(data.core.lesson_status).toBe('incomplete');
    expect(data.core.exit).toBe('suspend');
    expect(Object.values(data.interactions)).toHaveLength(2);
    expect(Object.values(data.interactions)[0]!.id).toBe(bakker.start ?? Object.keys(bakker.points)[0]);
    expect(data.suspend_data).toMatch(/^\[1,"bakker",\d+,\[\d+,\d+\]\]$/);
    const firstTwo = Object.values(data.interactions).map((i) => i.student_response);

    // The learner closes the window: the trainer finishes its session; the LMS keeps the data.
    await page.evaluate(() => ((document.querySelector('iframe') as HTMLIFrameElement).src = 'about:blank'));
    await expect.poll(async () => (await cmi(page)).core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const kept = await cmi(page);
    expect(await page.evaluate(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated())).toBe(true);

    // Next visit: the LMS hands back what it kept, with entry "resume"; the run goes on at turn 3.
    frame = await openInLms(page, url, { ...kept, core: { ...kept.core, entry: 'resume', session_time: undefined }, student_data: { mastery_score: '60' } });
    await expect.poll(() => frame.locator('.status .turn').textContent()).toBe('Beurt 3');
    await takeOneThatLeadsOn(frame, 3);
    await frame.getByRole('button', { name: 'Gesprek afronden' }).click();
    await frame.getByRole('button', { name: 'Ja, afronden' }).click();
    await frame.locator('#debrief-title').waitFor();
    const shown = Number(/(\d+) van 100/.exec((await frame.locator('.overall strong').textContent()) ?? '')?.[1]);

    data = await cmi(page);
    expect(data.core.score.raw).toBe(String(shown));
    expect(data.core.score.max).toBe('100');
    expect(data.core.lesson_status).toBe(shown >= 60 ? 'passed' : 'failed');
    expect(data.core.exit).toBe('');
    const entries = Object.values(data.interactions);
    expect(entries).toHaveLength(3); // the close is no decision
    expect(entries.slice(0, 2).map((i) => i.student_response)).toEqual(firstTwo);
    for (const entry of entries) {
      expect(entry.type).toBe('choice');
      expect(entry.student_response).toMatch(/^[1-9a-z]$/);
      expect(['correct', 'wrong', 'neutral', 'unanticipated']).toContain(entry.result);
      expect(Object.hasOwn(bakker.points, entry.id)).toBe(true);
    }
    // Each result follows the case's verdict on the option taken, as the debrief shows it.
    const verdicts = await frame.locator('.timeline > li .verdict').allTextContents();
    const expected = verdicts.slice(0, 3).map((v) => ({ Sterk: 'correct', Neutraal: 'neutral', Zwak: 'wrong', 'Kritieke fout': 'wrong' })[v]);
    expect(entries.map((e) => e.result)).toEqual(expected);
    await page.screenshot({ path: join(process.env.KANTEL_SHOTS ?? tmpdir(), 'scorm-lms.png') });
    await context.close();
  });

  it('plays as the normal trainer outside an LMS', { timeout: 60_000 }, async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${url}/pakket/index.html?casus=bakker`);
    await page.locator('#list-title').waitFor();
    expect(await page.locator('.card h2').allTextContents()).toEqual([bakker.title]);
    await context.close();
  });
});
