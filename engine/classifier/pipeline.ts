import { MOVES, type Move, type Topic } from '../vocabulary';
import { CUE_WORDS } from './cues';
import { CONTEXT_FEATURES, contextFeatures } from './context-features';
import { extractFeatures } from './features';
import { trainModel, type LinearModel, type TrainOptions } from './model';
import { normalize } from './normalize';
import { readToken, topicOpeners, type ReadToken } from './read-token';
import { wordsOf } from './sentence-words';
import { cuePrior } from './priors';
import { PROVISION_WORDS } from './provisions';
import { Speller } from './spelling';
import { stem } from './stem';
import { findTopics, TOPIC_WORDS, topicsIn } from './topics';
import { NO_ROW, RowSet, WordRows, type TokenEntry } from './word-rows';

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

// Thirty passes at half the step: with ~13,000 sentences a five-fold check on the blind sentences reads the
// same as fifteen at 0.2 (0.882), but the result depends far less on the shuffle: over eight seeds the third
// fresh set reads 291–292 of 316, against 287–294 with the larger steps.
export const DEFAULT_TRAINING: TrainOptions = { epochs: 30, learningRate: 0.1, l2: 0.01, seed: 20150101 };

/** Confidence for text that normalises to nothing ("", "eh", "ja oke"). */
const EMPTY_CONFIDENCE = 0.2;

export type Classify = (text: string) => Prediction;

/**
 * Builds a classifier trained on `examples`. Pure: same examples, same classifier.
 * `reference` predicts through feature names exactly as training sees them; the default
 * path gives the same rows through integer caches (word-rows.ts) and is several times faster.
 */
export function createClassifier(
  examples: readonly LabelledText[],
  options: TrainOptions = DEFAULT_TRAINING,
  reference = false,
): Classify {
  const speller = new Speller([
    ...PROVISION_WORDS, ...CUE_WORDS, ...TOPIC_WORDS, ...examples.flatMap((e) => normalize(e.text).tokens),
  ]);
  const analyse = (text: string) => {
    const { tokens: raw, questionMark } = normalize(text);
    const tokens = raw.map((t) => speller.correct(t));
    return { tokens, stems: tokens.map(stem), questionMark };
  };
  // Training reads some ten thousand sentences made of a few thousand distinct words: each word's
  // reading (its phrase openers) is worked out once, as the fast path below keeps it too.
  const readings = new Map<string, ReadToken>();
  const readOf = (token: string, tokenStem: string): ReadToken => {
    let read = readings.get(token);
    if (read === undefined) {
      read = readToken(token, tokenStem);
      readings.set(token, read);
    }
    return read;
  };
  const model: LinearModel = trainModel(
    examples.map((e) => {
      const { tokens, stems, questionMark } = analyse(e.text);
      return { features: extractFeatures(tokens, stems, questionMark, readOf), label: MOVES.indexOf(e.move) };
    }),
    MOVES.length,
    cuePrior,
    options,
  );
  const probs = new Float64Array(MOVES.length);
  const words = new WordRows(model, speller);
  const rowSet = new RowSet();
  // The model row of every context feature, by its number (context-features.ts), found once here.
  const contextRows = Int32Array.from(CONTEXT_FEATURES, (feature) => model.rowOf(feature) ?? NO_ROW);
  // Filled anew by each call and let go before it returns, so one of each serves every call.
  const entries: TokenEntry[] = [];
  const contextNumbers: number[] = [];

  const predictReference = (text: string): Prediction => {
    const { tokens, stems, questionMark } = analyse(text);
    if (tokens.length === 0) return emptyPrediction();
    model.probabilities(extractFeatures(tokens, stems, questionMark), probs);
    return predictionOf(probs, tokens.length, findTopics(tokens, stems));
  };

  const predictFast = (text: string): Prediction => {
    const { words: raw, questionMark } = wordsOf(text);
    if (raw.length === 0) return emptyPrediction();
    entries.length = 0;
    for (const r of raw) entries.push(words.entry(r));
    rowSet.clear();
    contextNumbers.length = 0;
    contextFeatures(entries, questionMark, contextNumbers);
    for (const n of contextNumbers) rowSet.add(contextRows[n]);
    const first = entries[0]!;
    rowSet.add(first.firstRow);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      rowSet.add(entry.wordRow);
      const next = entries[i + 1];
      if (next === undefined) continue;
      rowSet.add(words.bigramRow(entry, next));
      if (i === 0) rowSet.add(words.openerRow(entry, next));
    }
    model.probabilitiesOfRows(rowSet.rows, probs);
    return predictionOf(probs, entries.length, topicsIn(entries, topicOpeners));
  };

  return reference ? predictReference : predictFast;
}

/** The reading of text that normalises to nothing. */
function emptyPrediction(): Prediction {
  const probabilities = MOVES.map((m) => (m === 'overig' ? EMPTY_CONFIDENCE : (1 - EMPTY_CONFIDENCE) / 7));
  return { move: 'overig', confidence: EMPTY_CONFIDENCE, topics: [], probabilities };
}

function predictionOf(probs: Float64Array, tokenCount: number, topics: Topic[]): Prediction {
  let best = 0;
  for (let k = 1; k < MOVES.length; k++) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  return {
    move: MOVES[best] ?? 'overig',
    confidence: confidenceFor(probs[best] ?? 0, tokenCount),
    topics,
    probabilities: copyOf(probs),
  };
}

/** A plain array copy: Array.from on a typed array costs several times more. */
function copyOf(values: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) out.push(values[i]!);
  return out;
}

/** The winning probability, discounted for very short text where one word decides. */
function confidenceFor(probability: number, tokenCount: number): number {
  const shortness = tokenCount >= 4 ? 1 : 0.7 + 0.1 * tokenCount;
  return Math.round(probability * shortness * 1000) / 1000;
}
