import { z } from 'zod';
import { MOVES, moveSchema, topicSchema } from '../vocabulary';
import { createClassifier, type Classify } from './pipeline';
import { TRAINING_DATA as OWN_TRAINING } from './training-data';
import { BLIND_TRAINING } from './training-blind';
import { EXTRA_TRAINING } from './training-extra';
import { EXTRA_TRAINING_A } from './training-check-a';
import { EXTRA_TRAINING_B } from './training-check-b';
import { BLIND_TRAINING_3 } from './training-blind-3';
import { BLIND_TRAINING_4 } from './training-blind-4';

// Offline, deterministic move classifier for free-text trainee turns. It trains on
// TRAINING_DATA (fixed order, seeded shuffles) the first time it is asked, a few hundred
// milliseconds, so commands that never read free text do not pay for it. The third blind set in
// test/classifier (fresh-heldout-3.ts) is never part of TRAINING_DATA.

export const classifierResultSchema = z.object({
  move: moveSchema,
  confidence: z.number().min(0).max(1),
  topics: z.array(topicSchema),
  /** The likely moves, most likely first, each with its probability: faces offer these when the reader is unsure. */
  likely: z.array(z.object({ move: moveSchema, probability: z.number().min(0).max(1) })),
});
export type ClassifierResult = z.infer<typeof classifierResultSchema>;

/** Our own sentences, and sets written blind by people who saw only the moves and the client situations. */
export const TRAINING_DATA = [...OWN_TRAINING, ...EXTRA_TRAINING, ...BLIND_TRAINING, ...EXTRA_TRAINING_A, ...EXTRA_TRAINING_B, ...BLIND_TRAINING_3, ...BLIND_TRAINING_4];

let trained: Classify | undefined;

function classifier(): Classify {
  trained ??= createClassifier(TRAINING_DATA);
  return trained;
}

/** Whether the reader has been trained: its first sentence takes seconds, every later one a fraction of a millisecond. */
export function classifierReady(): boolean {
  return trained !== undefined;
}

/** The move a free-text turn makes, how sure the classifier is (0–1) and the topics it touches. */
export function classify(text: string): ClassifierResult {
  const { move, confidence, topics, probabilities } = classifier()(text);
  return { move, confidence, topics, likely: mostLikely(probabilities, LIKELY) };
}

/** How many likely moves a reading names. */
const LIKELY = 3;

/**
 * The `count` likeliest moves, likeliest first, ties in MOVES order (as a stable sort would give),
 * picked without sorting all of them: this runs for every typed turn.
 */
function mostLikely(probabilities: readonly number[], count: number): ClassifierResult['likely'] {
  const top: ClassifierResult['likely'] = [];
  for (let i = 0; i < MOVES.length; i++) {
    const probability = Math.round((probabilities[i] ?? 0) * 1000) / 1000;
    let at = top.length;
    while (at > 0 && top[at - 1]!.probability < probability) at--;
    if (at >= count) continue;
    // Inserted at `at` by hand: splice makes an array of what it removes, every time.
    const entry = { move: MOVES[i]!, probability };
    top.push(entry);
    for (let j = top.length - 1; j > at; j--) top[j] = top[j - 1]!;
    top[at] = entry;
    if (top.length > count) top.pop();
  }
  return top;
}

export { createClassifier, type Classify, type LabelledText, type Prediction } from './pipeline';
