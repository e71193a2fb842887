import { MOVES, type Move, type Topic } from '../vocabulary';
import { CUE_WORDS } from './cues';
import { extractFeatures } from './features';
import { trainModel, type LinearModel, type TrainOptions } from './model';
import { normalize } from './normalize';
import { cuePrior } from './priors';
import { PROVISION_WORDS } from './provisions';
import { Speller } from './spelling';
import { stem } from './stem';
import { findTopics } from './topics';
import { TOPIC_WORDS } from './topics';

export interface LabelledText {
  readonly text: string;
  readonly move: Move;
}

export interface Prediction {
  readonly move: Move;
  readonly confidence: number;
  readonly topics: Topic[];
  /** Probability per move, in MOVES order. */
  readonly probabilities: readonly number[];
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 30, learningRate: 0.2, l2: 0.01, seed: 20150101 };

/** Confidence for text that normalises to nothing ("", "eh", "ja oke"). */
const EMPTY_CONFIDENCE = 0.2;

export type Classify = (text: string) => Prediction;

/** Builds a classifier trained on `examples`. Pure: same examples, same classifier. */
export function createClassifier(examples: readonly LabelledText[], options = DEFAULT_TRAINING): Classify {
  const normalized = examples.map((e) => normalize(e.text));
  const speller = new Speller([
    ...PROVISION_WORDS, ...CUE_WORDS, ...TOPIC_WORDS, ...normalized.flatMap((n) => n.tokens),
  ]);
  const analyse = (text: string) => {
    const { tokens: raw, questionMark } = normalize(text);
    const tokens = raw.map((t) => speller.correct(t));
    const stems = tokens.map(stem);
    return { tokens, stems, features: extractFeatures(tokens, stems, questionMark) };
  };
  const model: LinearModel = trainModel(
    examples.map((e) => ({ features: analyse(e.text).features, label: MOVES.indexOf(e.move) })),
    MOVES.length,
    cuePrior,
    options,
  );
  const probs = new Float64Array(MOVES.length);

  return (text) => {
    const { tokens, stems, features } = analyse(text);
    if (tokens.length === 0) {
      const probabilities = MOVES.map((m) => (m === 'overig' ? EMPTY_CONFIDENCE : (1 - EMPTY_CONFIDENCE) / 7));
      return { move: 'overig', confidence: EMPTY_CONFIDENCE, topics: [], probabilities };
    }
    model.probabilities(features, probs);
    let best = 0;
    for (let k = 1; k < MOVES.length; k++) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
    return {
      move: MOVES[best] ?? 'overig',
      confidence: confidenceFor(probs[best] ?? 0, tokens.length),
      topics: findTopics(tokens, stems),
      probabilities: Array.from(probs),
    };
  };
}

/** The winning probability, discounted for very short text where one word decides. */
function confidenceFor(probability: number, tokenCount: number): number {
  const shortness = tokenCount >= 4 ? 1 : 0.7 + 0.1 * tokenCount;
  return Math.round(probability * shortness * 1000) / 1000;
}
