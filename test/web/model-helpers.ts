import { engineReply } from '../../node/model';
import { start, step, type Move, type Scenario, type Topic } from '../../engine';

/** What the case itself has the client say after these turns (option numbers or typed moves): the text a model would voice. */
export function engineReplyAfter(scenario: Scenario, turns: (number | { text: string; move: Move; topics: Topic[] })[]): string {
  let state = start(scenario).state;
  let said = '';
  for (const t of turns) {
    const result = step(scenario, state, typeof t === 'number' ? { type: 'option', option: t } : { type: 'move', ...t, confidence: 0.85, source: 'model' });
    state = result.state;
    said = engineReply(result.events);
  }
  return said;
}
