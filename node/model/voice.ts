import type { RunEvent, RunState, Scenario } from '../../engine';
import { terminalSafe } from '../../engine/text/control';
import { openWithRetry, type Deadline, type ModelClient } from './client';
import { ModelFailure, toFailure, type FailureReason } from './failure';
import { MODEL_NL, notice } from './messages';
import { engineReply, voiceMessages } from './voice-prompt';

/**
 * What a face receives while a reply is voiced: pieces of text as they stream in, or, when the
 * model fails (even half-way), one `fallback` with the engine's own reply that replaces whatever
 * was shown, and a Dutch notice to show with it.
 */
export type VoicePart =
  | { type: 'delta'; text: string }
  | { type: 'fallback'; text: string; notice: string; reason: FailureReason };

export interface Voiced {
  text: string;
  source: 'model' | 'engine';
  notice?: string;
  reason?: FailureReason;
}

/**
 * Voices the client's reply to one step. The engine already decided everything (trust, facts,
 * the next point); the model only rephrases `client_said`. Nothing here touches the run state.
 * No temperature or token limit is sent, so reasoning models and local servers accept the request.
 */
export async function* voiceReply(
  client: ModelClient, scenario: Scenario, step: { state: RunState; events: readonly RunEvent[] },
): AsyncGenerator<VoicePart, Voiced, undefined> {
  const engine = engineReply(step.events);
  if (engine === '') return { text: '', source: 'engine' };
  let deadline: Deadline | undefined;
  try {
    const opened = await openWithRetry(client, (signal) =>
      client.openai.chat.completions.create(
        { model: client.config.model, stream: true, messages: voiceMessages(scenario, step.state, step.events) },
        { signal },
      ),
    );
    deadline = opened.deadline;
    let text = '';
    let finish: string | null = null;
    for await (const chunk of opened.value) {
      deadline.touch();
      const choice = chunk.choices[0];
      if (choice?.delta?.refusal) throw new ModelFailure('refusal');
      // A model's words are shown in terminals too: no escape sequence or control code gets through.
      const piece = terminalSafe(choice?.delta?.content ?? '');
      if (piece) {
        text += piece;
        yield { type: 'delta', text: piece };
      }
      if (choice?.finish_reason) finish = choice.finish_reason;
    }
    deadline.clear();
    if (deadline.timedOut) throw new ModelFailure('timeout');
    if (finish === 'content_filter') throw new ModelFailure('refusal');
    if (finish === null) throw new ModelFailure('dropped'); // the stream ended without saying it was complete
    if (text.trim() === '') throw new ModelFailure('malformed');
    return { text: text.trim(), source: 'model' };
  } catch (error) {
    const failure = toFailure(error, deadline?.timedOut ?? false);
    const line = notice(MODEL_NL.voiceFallback, failure.reason);
    yield { type: 'fallback', text: engine, notice: line, reason: failure.reason };
    return { text: engine, source: 'engine', notice: line, reason: failure.reason };
  } finally {
    deadline?.clear();
    deadline?.controller.abort();
  }
}

export { collectVoice } from './collect-voice';
