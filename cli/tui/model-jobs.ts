import type { RunState, Scenario } from '../../engine';
import type { ModelMode } from '../../node/model/mode';
import { readingOf } from '../../node/model/reading';
import type { Job } from './model';
import type { ModelNews } from './update';

/**
 * Carries out one job for the language model and reports back as ModelNews, piece by piece.
 * ModelMode never throws (it falls back to the offline path itself), so every job ends with news.
 */
export async function carryOut(job: Job, model: ModelMode, scenario: Scenario, state: RunState, post: (news: ModelNews) => void): Promise<void> {
  if (job.type === 'read') {
    post({ type: 'read', ...readingOf(await model.understand(job.text, job.clientSaid, job.choices)) });
    return;
  }
  const parts = model.voice(scenario, { state, events: job.events });
  for (;;) {
    const next = await parts.next();
    if (next.done) {
      post({ type: 'voice_done', n: job.n, text: next.value.text, notice: next.value.notice });
      return;
    }
    const part = next.value;
    if (part.type === 'delta') post({ type: 'voice_piece', n: job.n, text: part.text, replace: false });
    else post({ type: 'voice_piece', n: job.n, text: part.text, replace: true, notice: part.notice });
  }
}
