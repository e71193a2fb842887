import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toRunFile, type Scenario } from '../../engine';
import { judgeOption } from '../../engine/case/judgement';
import { playScript, playScriptWithModel } from '../../cli/commands/play-script';
import { understandOffline } from '../../node/understand';
import { modelMode } from '../../node/model';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { startFakeOpenAI, type Behaviour, type FakeOpenAI, type Seen } from './fake-openai';
import { TEST_KEY, testClient } from './helpers';

const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

const SCRIPT = [
  '// vrije tekst en opties door elkaar',
  'Goedemorgen meneer Bakker, wat fijn dat ik even mag komen. Waar loopt u tegenaan?',
  '#1',
  'Wat doet u zelf nog in huis?',
  'Zijn er mensen in uw omgeving die u zouden kunnen helpen, uw kinderen misschien?',
  '#2',
  'Wat vindt u ervan als we afspreken dat ik volgende week terugbel?',
  '/afronden',
];

function scriptFile(lines: string[] = SCRIPT): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kt-model-')), 'script.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const isClassify = (seen: Seen) => seen.body.response_format !== undefined;
const reading = JSON.stringify({ move: 'netwerk', confidence: 0.9, topics: ['familie'] });

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(answer: (seen: Seen, n: number) => Behaviour): Promise<FakeOpenAI> {
  server = await startFakeOpenAI(answer);
  return server;
}

describe('play --script --model', () => {
  it('when every call fails, the run state and JSON report are exactly the offline ones, with a notice per fallback', async () => {
    const fake = await serve(() => ({ kind: 'status', status: 503 }));
    const { client } = testClient(fake.baseURL, { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    const file = scriptFile();
    const offline = playScript(bakker, { scriptFile: file, json: true, understand: understandOffline });
    const model = await playScriptWithModel(bakker, { scriptFile: file, json: true, model: modelMode(client) });
    expect(model.state).toEqual(offline.state);
    expect(model.stdout).toEqual(offline.stdout);
    expect(model.stderr.filter((l) => l.includes('Het taalmodel kon deze beurt niet lezen'))).toHaveLength(4);
    expect(model.stderr[0]).toMatch(/script\.txt:2: Het taalmodel/);
  });

  it('without --json, shows the conversation with engine replies when voicing fails mid-stream, and loses no turn', async () => {
    const fake = await serve((seen) => (isClassify(seen) ? { kind: 'status', status: 500 } : { kind: 'stream', pieces: ['Nou, '], drop: true }));
    const { client } = testClient(fake.baseURL, { retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    const file = scriptFile();
    const offline = playScript(bakker, { scriptFile: file, json: false, understand: understandOffline });
    const model = await playScriptWithModel(bakker, { scriptFile: file, json: false, model: modelMode(client) });
    expect(model.state).toEqual(offline.state);
    expect(model.stdout[0]).toBe('Gesprek:');
    const debriefAt = model.stdout.indexOf(offline.stdout[0]!);
    expect(model.stdout.slice(debriefAt)).toEqual(offline.stdout);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const conversation = flat(model.stdout.slice(0, debriefAt).join(' '));
    for (const turn of offline.state!.turns.filter((t) => t.reply)) expect(conversation).toContain(flat(turn.reply));
    expect(model.stderr.some((l) => l.includes('Het taalmodel reageerde niet; de cliënt antwoordt nu zonder model. (verbinding viel weg)'))).toBe(true);
  });

  it('uses the model reading for free text (source "model") and voiced replies in the conversation', async () => {
    const fake = await serve((seen) => (isClassify(seen) ? { kind: 'json', content: reading } : { kind: 'stream', pieces: ['Tja, ', 'mijn dochter.'] }));
    const { client } = testClient(fake.baseURL);
    const model = await playScriptWithModel(bakker, { scriptFile: scriptFile(), json: false, model: modelMode(client) });
    expect(model.code).toBe(0);
    expect(model.stderr).toEqual([]);
    const free = model.state!.turns.filter((t) => t.kind === 'move');
    expect(free).toHaveLength(4);
    // Every typed line was read by the model, with the model's own certainty.
    for (const turn of free) expect(turn).toMatchObject({ source: 'model', confidence: 0.9 });
    // The engine still decides: a line that says one of the point's options takes that option (and its
    // move); a line that says none of them keeps the move the model read.
    const answeredFreely = free.filter((t) => t.option === null);
    expect(answeredFreely.length).toBeGreaterThan(0);
    for (const turn of answeredFreely) expect(turn).toMatchObject({ move: 'netwerk', match: 'none' });
    for (const turn of free.filter((t) => t.option !== null)) {
      const option = bakker.points[turn.point]!.options[turn.option! - 1]!;
      expect(turn.move).toBe(option.move);
      expect(['verbatim', 'meaning']).toContain(turn.match);
    }
    // The model was shown the options of the point the trainee was at, numbered in file order.
    const asked = fake.seen.filter(isClassify);
    expect(asked).toHaveLength(4);
    for (const [i, seen] of asked.entries()) {
      const user = seen.body.messages!.find((m) => m.role === 'user')!.content;
      const options = bakker.points[free[i]!.point]!.options;
      expect(user).toContain('Keuzemogelijkheden op dit moment:');
      for (const [n, option] of options.entries()) expect(user).toContain(`${n + 1}. ${option.text}`);
      expect(user).toContain(`De consulent zegt: "${free[i]!.text}"`);
    }
    expect(model.stdout.join('\n')).toContain(`${bakker.client.name}: Tja, mijn dochter.`);
    expect(JSON.stringify(toRunFile(bakker, model.state!))).not.toContain(TEST_KEY);
  });

  it('takes the option and form the model names, but never a pitfall the words do not say', async () => {
    const startId = bakker.start ?? Object.keys(bakker.points)[0]!;
    const opening = bakker.points[startId]!;
    const soundAt = opening.options.findIndex((o) => judgeOption(o) === 'strong');
    expect(soundAt).toBeGreaterThanOrEqual(0);
    const next = opening.options[soundAt]!.next!;
    const pitfallAt = bakker.points[next]!.options.findIndex((o) => judgeOption(o) === 'weak');
    expect(pitfallAt).toBeGreaterThanOrEqual(0);
    // The fake model names an option by the number it was shown: the sound one first, then the pitfall.
    const named = [opening.options[soundAt]!.text, bakker.points[next]!.options[pitfallAt]!.text];
    const fake = await serve((seen, n) => {
      const user = seen.body.messages!.find((m) => m.role === 'user')!.content;
      const listed = user.split('\n').find((l) => l.endsWith(`. ${named[n]}`));
      const option = listed ? Number(listed.split('.')[0]) : null;
      return { kind: 'json', content: JSON.stringify({ move: 'verhelderen', confidence: 0.8, topics: [], form: 'complex_reflection', option }) };
    });
    const { client } = testClient(fake.baseURL);
    const file = scriptFile(['Zegt u het maar.', 'Zegt u het maar.', '/afronden']);
    const model = await playScriptWithModel(bakker, { scriptFile: file, json: true, model: modelMode(client) });
    expect(model.code).toBe(0);
    expect(model.stderr).toEqual([]);
    const [first, second] = model.state!.turns;
    // The sound option the model named is taken, as the model's reading, with the model's form.
    expect(first).toMatchObject({ point: startId, kind: 'move', option: soundAt + 1, match: 'model', source: 'model', form: 'complex_reflection' });
    expect(first!.move).toBe(opening.options[soundAt]!.move);
    // The pitfall it named is refused: these words do not say it, so the client answers freely.
    expect(second).toMatchObject({ point: next, kind: 'move', option: null, match: 'none', move: 'verhelderen', form: 'complex_reflection' });
    // The report names what the trainee's words were taken as, and that the run was closed.
    const report = JSON.parse(model.stdout.join('\n')) as { finished: boolean; turns: { kind: string; optionText: string | null }[] };
    expect(report.turns.map((t) => [t.kind, t.optionText])).toEqual([['move', opening.options[soundAt]!.text], ['move', null], ['close', null]]);
    expect(report.finished).toBe(true);
  });

  it('runs from the command line against the test server; the key shows up nowhere in the output', async () => {
    const fake = await serve((seen, n) => {
      if (n === 0) return { kind: 'status', status: 429 };
      return isClassify(seen) ? { kind: 'json', content: reading } : { kind: 'stream', pieces: ['Ja, ', 'goed.'] };
    });
    const env = { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: fake.baseURL, KANTELTRAINER_MODEL: 'test-model', KANTELTRAINER_MODEL_TIMEOUT: '5', OPENAI_LOG: 'debug' };
    const run = await cli(['play', 'bakker', '--script', scriptFile(), '--model'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gesprek:');
    expect(run.stdout).toContain('Ja, goed.');
    expect(run.stdout).toContain('Nabespreking:');
    expect(`${run.stdout}${run.stderr}`).not.toContain(TEST_KEY);
    expect(fake.seen.every((s) => s.authorization === `Bearer ${TEST_KEY}` && s.body.model === 'test-model')).toBe(true);
  });

  it('asks for the key when --model is given without one', async () => {
    const run = await cli(['play', 'bakker', '--script', scriptFile(), '--model', '--json'], { OPENAI_API_KEY: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Voor --model is OPENAI_API_KEY nodig');
  });
});

/** The real command line, run without blocking, so the fake server in this process can answer. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'cli', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
