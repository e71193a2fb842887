import { CONTEXT_FEATURES, contextFeatures } from './context-features';
import { readToken, type ReadToken } from './read-token';

// Feature extraction. Besides stems and stem bigrams (which the model learns from the
// data) we add features that encode what decides a move in a keukentafelgesprek and
// generalises beyond the training sentences: the sentence form (open question, yes/no
// question, statement), cue-word groups, and provision mentions in context. Conjunctions
// are explicit because a linear model cannot build them: "scootmobiel" in a wh-question
// is usually about the client's request (verhelderen), in "heeft u al aan ... gedacht"
// it is a proposal (maatwerk), next to "geen ... omdat" it is a motivated no (afspraak).
// The context features are worked out in context-features.ts.

/** Feature names for one utterance; each name at most once. */
export function extractFeatures(
  tokens: readonly string[],
  stems: readonly string[],
  questionMark: boolean,
  read: (token: string, tokenStem: string) => ReadToken = readToken,
): Set<string> {
  const features = new Set<string>();
  addWordFeatures(tokens, stems, features);
  addContextFeatures(tokens.map((t, i) => read(t, stems[i] ?? '')), questionMark, features);
  return features;
}

/** The words themselves: opening word(s), stems and stem bigrams. See WordRows for the fast twin. */
export function addWordFeatures(tokens: readonly string[], stems: readonly string[], features: Set<string>): void {
  const first = tokens[0];
  if (first !== undefined) {
    features.add(`first:${first}`);
    if (tokens.length > 1) features.add(`first2:${first}_${tokens[1]}`);
  }
  for (let i = 0; i < stems.length; i++) {
    features.add(`w:${stems[i]}`);
    if (i + 1 < stems.length) features.add(`b:${stems[i]}_${stems[i + 1]}`);
  }
}

/** What the words do: sentence form, length, cue groups and provisions in context, by name. */
function addContextFeatures(read: readonly ReadToken[], questionMark: boolean, features: Set<string>): void {
  const numbers: number[] = [];
  contextFeatures(read, questionMark, numbers);
  for (const n of numbers) features.add(CONTEXT_FEATURES[n]!);
}
