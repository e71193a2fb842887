import type { VoicePart, Voiced } from './voice';

// No runtime imports, so `play --script` without --model does not load the openai package.

/** Runs a voiced reply to its end, for faces that print whole replies (play --script). */
export async function collectVoice(parts: AsyncGenerator<VoicePart, Voiced, undefined>): Promise<Voiced> {
  for (;;) {
    const next = await parts.next();
    if (next.done) return next.value;
  }
}
