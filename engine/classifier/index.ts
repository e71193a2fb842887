import { z } from 'zod';
import { moveSchema, topicSchema } from '../vocabulary';
import { createClassifier, type Classify } from './pipeline';
import { TRAINING_DATA } from './training-data';

// Offline, deterministic move classifier for free-text trainee turns.
// Trained lazily on first use from TRAINING_DATA (a few tens of milliseconds).

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

export function classify(text: string): ClassifierResult {
  const { move, confidence, topics } = classifier()(text);
  return { move, confidence, topics };
}

export { createClassifier, type Classify, type LabelledText, type Prediction } from './pipeline';
export { TRAINING_DATA } from './training-data';
