import { z } from 'zod';
import { moveSchema, topicSchema } from '../vocabulary';
import { createClassifier, type Classify } from './pipeline';
import { TRAINING_DATA } from './training-data';

// Offline, deterministic move classifier for free-text trainee turns. It trains on
// TRAINING_DATA (fixed order, seeded shuffles) the first time it is asked, a few hundred
// milliseconds, so commands that never read free text do not pay for it. The held-out
// sentences in test/classifier are never part of TRAINING_DATA.

export const classifierResultSchema = z.object({
  move: moveSchema,
  confidence: z.number().min(0).max(1),
  topics: z.array(topicSchema),
});
export type ClassifierResult = z.infer<typeof classifierResultSchema>;

let trained: Classify | undefined;

function classifier(): Classify {
  trained ??= createClassifier(TRAINING_DATA);
  return trained;
}

/** The move a free-text turn makes, how sure the classifier is (0–1) and the topics it touches. */
export function classify(text: string): ClassifierResult {
  const { move, confidence, topics } = classifier()(text);
  return { move, confidence, topics };
}

export { createClassifier, type Classify, type LabelledText, type Prediction } from './pipeline';
export { TRAINING_DATA } from './training-data';
