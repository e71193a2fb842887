import type { TurnReading } from '../../node/model/reading';
import type { ReadRequest, VoiceLine, VoiceRequest } from '../server/model-requests';

// The browser's side of model mode. It never talks to a model: it asks the server that served
// the page (web/server/model-api.ts), which holds the key. On a static host there is no such
// server and the trainer stays scripted.

export interface VoicedReply {
  text: string;
  notice?: string;
}

/** The model's label when the server offers one, otherwise null (static host, no key, or offline). */
export async function detectModel(): Promise<string | null> {
  try {
    const response = await fetch('api/health', { cache: 'no-store' });
    if (!response.ok) return null;
    const health = (await response.json()) as { mode?: string; model?: string };
    return health.mode === 'model' && typeof health.model === 'string' ? health.model : null;
  } catch {
    return null;
  }
}

/** Where in which case the sentence was said: the server looks up that point's options for the model. */
export interface ReadAt {
  caseId: string;
  pointId: string;
}

/**
 * The server's reading of a typed sentence, or null when the server could not be reached (the caller reads offline).
 * What the client said at that point the server takes from the case itself.
 */
export async function readWithModel(text: string, at?: ReadAt): Promise<TurnReading | null> {
  try {
    const request: ReadRequest = { text, ...(at ? { caseId: at.caseId, pointId: at.pointId } : {}) };
    const response = await fetch('api/model/read', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
    return response.ok ? ((await response.json()) as TurnReading) : null;
  } catch {
    return null;
  }
}

/**
 * Has the server voice the client's reply to the last turn. It sends the turns only: the server
 * plays the run again from the case and voices what the case has the client say. `onText` gets
 * the words so far as they stream in (a fallback replaces them). Resolves with the final words,
 * or null when the server could not be reached or refused (the caller shows the case's own reply).
 */
export async function voiceWithModel(request: VoiceRequest, onText: (text: string) => void): Promise<VoicedReply | null> {
  if (request.turns.length === 0) return { text: '' };
  try {
    const response = await fetch('api/model/voice', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
    // A refusal with a reason (too many requests, a case changed on the server): the case's own words stand, with that reason.
    if (!response.ok) return await refusal(response);
    if (!response.body) return null;
    let text = '';
    let notice: string | undefined;
    let buffer = '';
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffer.slice(0, end)) as VoiceLine;
        buffer = buffer.slice(end + 1);
        if (line.type === 'delta') text += line.text;
        else text = line.text;
        if (line.type !== 'delta' && line.notice) notice = line.notice;
        if (line.type === 'done') return { text, notice };
        onText(text);
      }
    }
    return null; // the stream ended without its last line
  } catch {
    return null;
  }
}

async function refusal(response: Response): Promise<VoicedReply | null> {
  try {
    const body = (await response.json()) as { error?: unknown };
    return typeof body.error === 'string' ? { text: '', notice: body.error } : null;
  } catch {
    return null;
  }
}
