// Multinomial logistic regression over sparse binary features, trained by stochastic
// gradient descent. Training is deterministic: examples are visited in an order drawn
// from a fixed-seed generator, so the same data always yields the same weights.
// Weights are regularised towards a prior (the hand-set cue weights) rather than zero, so
// the rules hold where the data is silent and the data corrects them where it speaks.

export interface TrainingExample {
  readonly features: Iterable<string>;
  readonly label: number;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 strength per example, pulling each weight back to its prior. */
  readonly l2: number;
  readonly seed: number;
}

export type Prior = (feature: string) => ReadonlyMap<number, number> | undefined;

const BIAS = '__bias';

export class LinearModel {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly weights: Float64Array,
    readonly classCount: number,
  ) {}

  /** Class probabilities for a feature set; unknown features are ignored. */
  probabilities(features: Iterable<string>, out: Float64Array): void {
    const c = this.classCount;
    const weights = this.weights;
    const biasRow = (this.index.get(BIAS) ?? 0) * c;
    for (let k = 0; k < c; k++) out[k] = weights[biasRow + k] ?? 0;
    for (const feature of features) {
      const row = this.index.get(feature);
      if (row === undefined) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) out[k] = (out[k] ?? 0) + (weights[base + k] ?? 0);
    }
    softmax(out, c);
  }

  /** The weight row of a feature, or undefined when training never saw it. */
  rowOf(feature: string): number | undefined {
    return this.index.get(feature);
  }

  /** Class probabilities from weight rows (from rowOf), each row counted once by the caller. */
  probabilitiesOfRows(rows: readonly number[], out: Float64Array): void {
    const c = this.classCount;
    const weights = this.weights;
    const biasRow = (this.index.get(BIAS) ?? 0) * c;
    if (c === 8) {
      // The eight sums in locals rather than in `out`: no store and reload between rows, so the loads of the
      // next rows (mostly cache misses) overlap. The same additions in the same order: the same numbers.
      let o0 = weights[biasRow]!, o1 = weights[biasRow + 1]!, o2 = weights[biasRow + 2]!, o3 = weights[biasRow + 3]!;
      let o4 = weights[biasRow + 4]!, o5 = weights[biasRow + 5]!, o6 = weights[biasRow + 6]!, o7 = weights[biasRow + 7]!;
      for (let r = 0; r < rows.length; r++) {
        const base = rows[r]! * 8;
        o0 += weights[base]!;
        o1 += weights[base + 1]!;
        o2 += weights[base + 2]!;
        o3 += weights[base + 3]!;
        o4 += weights[base + 4]!;
        o5 += weights[base + 5]!;
        o6 += weights[base + 6]!;
        o7 += weights[base + 7]!;
      }
      out[0] = o0;
      out[1] = o1;
      out[2] = o2;
      out[3] = o3;
      out[4] = o4;
      out[5] = o5;
      out[6] = o6;
      out[7] = o7;
      softmax(out, c);
      return;
    }
    for (let k = 0; k < c; k++) out[k] = weights[biasRow + k] ?? 0;
    for (const row of rows) {
      const base = row * c;
      for (let k = 0; k < c; k++) out[k] = (out[k] ?? 0) + (weights[base + k] ?? 0);
    }
    softmax(out, c);
  }

  get featureCount(): number {
    return this.index.size;
  }
}

export function trainModel(
  examples: readonly TrainingExample[],
  classCount: number,
  prior: Prior,
  options: TrainOptions,
): LinearModel {
  const index = new Map<string, number>([[BIAS, 0]]);
  // Every example's rows in one flat array (bias first), so the passes below walk typed arrays only.
  const starts = new Int32Array(examples.length + 1);
  const labels = new Int32Array(examples.length);
  const flat: number[] = [];
  examples.forEach((example, i) => {
    starts[i] = flat.length;
    labels[i] = example.label;
    flat.push(0);
    for (const feature of example.features) flat.push(rowOf(index, feature));
  });
  starts[examples.length] = flat.length;
  const rows = Int32Array.from(flat);
  const c = classCount;
  const priorWeights = new Float64Array(index.size * c);
  for (const [feature, row] of index) {
    for (const [k, w] of prior(feature) ?? []) priorWeights[row * c + k] = w;
  }
  const weights = Float64Array.from(priorWeights);
  const probs = new Float64Array(c);
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  let step = 0;
  const totalSteps = options.epochs * examples.length;
  const l2 = options.l2;
  // Averaging the weights over the second half of training smooths out the last few
  // updates, which otherwise decide too much about rare features.
  const average = new Float64Array(weights.length);
  let averaged = 0;
  const averageFrom = Math.floor(options.epochs / 2);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const from = starts[i]!;
      const to = starts[i + 1]!;
      const label = labels[i]!;
      const rate = options.learningRate * (1 - step / totalSteps) + 1e-3;
      step++;
      probs.fill(0);
      for (let j = from; j < to; j++) {
        const base = rows[j]! * c;
        for (let k = 0; k < c; k++) probs[k]! += weights[base + k]!;
      }
      softmax(probs, c);
      for (let j = from; j < to; j++) {
        const base = rows[j]! * c;
        for (let k = 0; k < c; k++) {
          const gradient = probs[k]! - (k === label ? 1 : 0);
          const w = weights[base + k]!;
          weights[base + k] = w - rate * (gradient + l2 * (w - priorWeights[base + k]!));
        }
      }
    }
    if (epoch >= averageFrom) {
      for (let j = 0; j < weights.length; j++) average[j]! += weights[j]!;
      averaged++;
    }
  }
  for (let j = 0; j < average.length; j++) average[j]! /= Math.max(1, averaged);
  return new LinearModel(index, averaged > 0 ? average : weights, c);
}

function rowOf(index: Map<string, number>, feature: string): number {
  let row = index.get(feature);
  if (row === undefined) {
    row = index.size;
    index.set(feature, row);
  }
  return row;
}

function softmax(values: Float64Array, n: number): void {
  let max = -Infinity;
  for (let k = 0; k < n; k++) max = Math.max(max, values[k] ?? 0);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp((values[k] ?? 0) - max);
    values[k] = e;
    sum += e;
  }
  for (let k = 0; k < n; k++) values[k] = (values[k] ?? 0) / sum;
}

/** Small seeded generator: training and option order must not depend on Math.random. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = tmp;
  }
}
