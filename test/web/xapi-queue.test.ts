// Issue 17, xAPI: statements per run, queued on disk and sent in order to an LRS stand-in that
// is down, hangs, and comes back, also after a restart of the queue.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSIONS, score, start, step, turnOf, type RunState, type Turn } from '../../engine';
import { statementQueue, type StatementQueue } from '../../web/server/xapi/queue';
import { lrsSender } from '../../web/server/xapi/lrs';
import { runRecorder } from '../../web/server/xapi/recorder';
import { isoDuration } from '../../web/server/xapi/statements';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { startLrs, VERB, type LrsStandIn } from './lrs-stand-in';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const RUN = '3f1c2a4e-8b7d-4c2a-9e1f-0a1b2c3d4e5f';
const learner = { objectType: 'Agent' as const, name: 'Anna', account: { homePage: 'http://127.0.0.1', name: 'a1b2' } };

let open: { lrs?: LrsStandIn; queues: StatementQueue[] } = { queues: [] };
afterEach(async () => {
  for (const q of open.queues) q.stop();
  await open.lrs?.close();
  open = { queues: [] };
});

function setup(dir: string, lrs: LrsStandIn, typedText = false) {
  const queue = statementQueue({ dir, sender: lrsSender({ endpoint: lrs.url, username: 'sleutel', password: 'geheim', timeoutMs: 300 }), retry: { first: 20, most: 100 } });
  open.queues.push(queue);
  let clock = 0;
  const recorder = runRecorder({ dir, queue, findScenario: (id) => (id === 'bakker' ? bakker : undefined), base: 'https://kanteltrainer.invalid/xapi', typedText, now: () => new Date(Date.UTC(2026, 0, 1) + (clock += 61_500)) });
  return { queue, recorder };
}

const turns: Turn[] = [
  { type: 'option', option: 2 },
  { type: 'move', move: 'verhelderen', text: 'Wat betekent het voor u dat Ria er niet meer is?', topics: [], confidence: 0.8, source: 'classifier' },
  { type: 'option', option: 1 },
  { type: 'close' },
];

function played(n: number): RunState {
  let state = start(bakker, { seed: 7 }).state;
  for (const t of turns.slice(0, n)) state = step(bakker, state, t).state;
  return state;
}

describe('xAPI statements through the queue', () => {
  it('wait while the LRS is down or hangs, survive a restart, and arrive in order once it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kantel-xapi-'));
    const lrs = (open.lrs = await startLrs());
    lrs.mode = 'down';
    let { queue, recorder } = setup(dir, lrs);
    const post = (n: number) => recorder.record({ runId: RUN, caseId: 'bakker', seed: 7, turns: played(n).turns.map(turnOf), learner });
    expect(post(0)).toEqual({ ok: true, queued: 1 });
    expect(post(1)).toEqual({ ok: true, queued: 1 });
    expect(post(1)).toEqual({ ok: true, queued: 0 }); // the same run again: nothing new
    await expect.poll(() => lrs.refused).toBeGreaterThan(0);
    lrs.mode = 'hang';
    expect(post(2)).toEqual({ ok: true, queued: 1 }); // a hanging LRS does not hold up a turn
    expect(queue.pending()).toBe(3);

    // The server restarts: a new queue on the same folder, the LRS still down.
    queue.stop();
    lrs.mode = 'down';
    ({ queue, recorder } = setup(dir, lrs));
    expect(queue.pending()).toBe(3);
    const final = played(4);
    expect(final.status).toBe('finished');
    const decisions = final.turns.filter((t) => t.kind !== 'close').length;
    // The later decisions (a close is none), then completed and terminated.
    expect(post(4)).toEqual({ ok: true, queued: decisions - 2 + 2 });
    lrs.mode = 'up';
    await queue.idle();
    expect(readdirSync(dir).filter((n) => n.endsWith('.json'))).toEqual([]);

    const verbs = lrs.received.map(VERB);
    expect(verbs).toEqual(['initialized', ...Array<string>(decisions).fill('answered'), 'completed', 'terminated']);
    expect(new Set(lrs.received.map((s) => s.context.registration))).toEqual(new Set([RUN]));
    expect(new Set(lrs.received.map((s) => s.id)).size).toBe(decisions + 3);
    expect(lrs.auth.every((a) => a === `Basic ${Buffer.from('sleutel:geheim').toString('base64')}`)).toBe(true);

    const report = score(bakker, final);
    const answered = lrs.received.filter((s) => VERB(s) === 'answered') as unknown as { object: { id: string; definition: { interactionType: string } }; result: { response?: string; extensions: Record<string, unknown> } }[];
    expect(answered.map((s) => s.result.response)).toEqual(final.turns.filter((t) => t.kind !== 'close').map((t) => (t.option === null ? undefined : String(t.option))));
    expect(answered.map((s) => s.object.id)).toEqual(final.turns.filter((t) => t.kind !== 'close').map((t) => `https://kanteltrainer.invalid/xapi/casus/bakker/moment/${t.point}`));
    expect(answered.every((s) => s.object.definition.interactionType === 'choice')).toBe(true);
    const points = answered.map((s) => s.result.extensions['https://kanteltrainer.invalid/xapi/extensions/punten'] as Record<string, number>);
    for (const [i, p] of points.entries()) {
      expect(Object.keys(p).sort()).toEqual([...DIMENSIONS].sort());
      for (const d of DIMENSIONS) expect(p[d]).toBe(report.items.filter((it) => it.turn === i + 1 && it.dimension === d).reduce((a, it) => a + it.points, 0));
    }
    // Typed words stay home unless the organisation enables them.
    expect(answered.some((s) => 'https://kanteltrainer.invalid/xapi/extensions/tekst' in s.result.extensions)).toBe(false);
    const completed = lrs.received.find((s) => VERB(s) === 'completed') as unknown as { result: { score: { scaled: number; raw: number }; duration: string; completion: boolean } };
    expect(completed.result.score).toMatchObject({ scaled: report.overall / 100, raw: report.overall });
    expect(completed.result.completion).toBe(true);
    expect(completed.result.duration).toMatch(/^PT/);
    // Posting the finished run again sends nothing twice.
    expect(post(4)).toEqual({ ok: true, queued: 0 });
  });

  it('sends typed words when enabled, and refuses a run that does not fit the case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kantel-xapi-'));
    const lrs = (open.lrs = await startLrs());
    const { queue, recorder } = setup(dir, lrs, true);
    expect(recorder.record({ runId: RUN, caseId: 'bakker', seed: 7, turns: played(2).turns.map(turnOf), learner })).toEqual({ ok: true, queued: 3 });
    await queue.idle();
    const typed = lrs.received[2] as unknown as { result: { extensions: Record<string, unknown> } };
    expect(typed.result.extensions['https://kanteltrainer.invalid/xapi/extensions/tekst']).toBe('Wat betekent het voor u dat Ria er niet meer is?');
    expect(recorder.record({ runId: RUN, caseId: 'bakker', seed: 7, turns: [{ type: 'option', option: 42 }], learner })).toEqual({ ok: false, reason: 'does-not-fit' });
    expect(recorder.record({ runId: RUN, caseId: 'bestaat-niet', seed: 7, turns: [], learner })).toEqual({ ok: false, reason: 'unknown-case' });
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });
});
