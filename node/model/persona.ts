// Case personas are written for a human actor too, and several list the client's secrets
// ("Je vertelt nooit uit jezelf: dat …"). The model must never see facts that have not come out,
// so those passages are cut before the persona goes into a prompt.

const SECRET = /\b(nooit|niet)\s+(iets\s+)?uit\s+(je|zich|haar|hem)zelf\b/i;
const SENTENCE_END = /(?<=[.!?]['"”’)]?)\s+(?=['"‘“(]?[A-Z])/;

/** The persona without the passages that list what the client keeps to themselves. */
export function personaForModel(persona: string): string {
  return persona
    .trim()
    .split(/\n\s*\n/)
    .flatMap((paragraph) => {
      const sentences = paragraph.trim().split(SENTENCE_END);
      // A paragraph that opens with the list of secrets is all secrets (and their asides): drop it whole.
      if (SECRET.test(sentences[0] ?? '')) return [];
      const kept = sentences.filter((s) => !SECRET.test(s));
      return kept.length > 0 ? [kept.join(' ')] : [];
    })
    .join('\n\n');
}
